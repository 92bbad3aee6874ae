package io.interpy.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * Registers the {@link PythonModule} interfaces of further packages as beans, for interfaces
 * outside the application's auto-configuration packages (a shared library's, for example).
 * Without attributes, the package of the annotated class is scanned.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(PythonModuleRegistrar.class)
public @interface PythonModuleScan {

    /** Packages to scan. */
    @AliasFor("basePackages")
    String[] value() default {};

    /** Alias for {@link #value()}. */
    @AliasFor("value")
    String[] basePackages() default {};

    /** Type-safe alternative: the packages of these classes are scanned. */
    Class<?>[] basePackageClasses() default {};

    /** Interfaces to register whatever their package. */
    Class<?>[] clients() default {};
}
