package io.interpy.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Makes a Java interface a bean whose abstract methods call the functions of one Python module:
 * the declarative form of {@link RunInInterpreter}, the way an HTTP interface client stands for
 * a remote service. Each abstract method calls the function of its own name, or the one its
 * {@code @RunInInterpreter} names ({@code "function"} in this module, or {@code "module:function"}
 * anywhere); {@code default} methods run as Java and may call the others.
 *
 * <pre>{@code
 * @PythonModule("analytics.stats")
 * public interface Stats {
 *     Summary summary(List<Double> values);                  // blocking
 *     CompletableFuture<Double> mean(List<Double> values);     // asynchronous
 *     @RunInInterpreter("rolling_mean") Stream<Double> rolling(List<Double> values, @PyKwarg int window);
 * }
 * }</pre>
 *
 * <p>Interfaces are found in the application's auto-configuration packages (those of its
 * {@code @SpringBootApplication} class) and in the packages named by {@link PythonModuleScan}.
 * Every method is checked against its Python function at startup, as {@code @RunInInterpreter}
 * methods are. The return types and what each does on timeout, cancellation and failure are
 * listed in the project README.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PythonModule {

    /** The Python module, {@code "package.module"}. */
    @AliasFor("module")
    String value() default "";

    /** Alias for {@link #value()}. */
    @AliasFor("value")
    String module() default "";

    /** Default timeout of the interface's methods, as {@link RunInInterpreter#timeout()}; a method's own wins. */
    String timeout() default "";

    /** Bean name of the executor the interface's methods run in, as {@link RunInInterpreter#executor()}. */
    String executor() default "";

    /** The bean's name; empty: the interface's simple name with a lower-case first letter. */
    String name() default "";
}
