package io.interpy.spring.modules;

import io.interpy.spring.annotation.PythonModule;

/** {@link CallForms} as a Python module interface; {@code default} methods run as Java. */
@PythonModule("pymod")
public interface PyCalls extends CallForms {

    default long addTwice(long a) {
        return add(a, a);
    }
}
