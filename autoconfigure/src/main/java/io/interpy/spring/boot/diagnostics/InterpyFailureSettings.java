package io.interpy.spring.boot.diagnostics;

import io.interpy.spring.boot.autoconfigure.InterpyProperties;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The effective {@code interpy.python.*} settings, defaults included, for a failure report. It
 * binds them afresh because the failed context's beans may not exist, and it never fails itself:
 * a report must not hide the original error behind a second one.
 */
record InterpyFailureSettings(String path, String preloadModules) {

    static InterpyFailureSettings of(Environment environment) {
        InterpyProperties.Python python;
        try {
            python = Binder.get(environment).bindOrCreate("interpy", InterpyProperties.class).getPython();
        } catch (RuntimeException unbindable) {
            return new InterpyFailureSettings("unreadable", "unreadable");
        }
        return new InterpyFailureSettings(describe(python.getPath()), describe(python.getPreloadModules()));
    }

    private static String describe(List<String> values) {
        return values == null || values.isEmpty() ? "none" : String.join(", ", values);
    }
}
