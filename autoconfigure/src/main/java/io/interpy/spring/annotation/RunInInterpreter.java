package io.interpy.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Runs the annotated method as a Python function in an {@link io.interpy.InterpreterExecutor}:
 * the Java body never runs, the proxy calls Python with the method's arguments and returns a
 * future of the converted result. Like {@code @Async}, it works through a Spring proxy, so it
 * applies to calls coming from other beans, not to calls a bean makes on itself.
 *
 * <pre>{@code
 * @Service
 * public class Reports {
 *     @RunInInterpreter("analytics.stats:summary")
 *     public CompletableFuture<Summary> summarize(List<Double> values) { return null; }
 * }
 * }</pre>
 *
 * <h2>Return type</h2>
 * {@code CompletableFuture<T>} or {@code CompletionStage<T>}. The Python result converts to
 * {@code T} with its full generic type: scalars and collections ({@code List<Long>},
 * {@code Map<String, List<Long>>}) by the executor, records and POJOs (also inside collections,
 * e.g. {@code List<Summary>}) through Boot's Jackson {@code JsonMapper}, from the dict Python
 * returns. {@code CompletableFuture<Void>} discards the result.
 *
 * <h2>Arguments</h2>
 * Parameters are passed positionally in declaration order, except those annotated with
 * {@link PyKwarg}, which are passed by keyword. Records and POJOs become dicts (through Jackson).
 *
 * <h2>Errors</h2>
 * The method never throws: every failure completes the future exceptionally, with a
 * {@link io.interpy.PythonException} for a Python exception, a
 * {@link io.interpy.CallTimeoutException} at the timeout, a
 * {@link java.util.concurrent.RejectedExecutionException} when the pool is full or shut down and
 * a {@link io.interpy.ConversionException} when a value cannot cross between the languages.
 * Mistakes that can be found without calling (a missing module or function, a signature that
 * does not accept the parameters, a return type that is not a future) stop the application at
 * startup with a message naming the bean and the method.
 *
 * <h2>On a class</h2>
 * The annotation on a class applies to every public method declared in it, with {@link #value()}
 * naming the module and each method's name the function; a method's own annotation takes
 * precedence, and its empty attributes fall back to the class's.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RunInInterpreter {

    /**
     * The Python function, {@code "package.module:function"} (a dotted attribute path such as
     * {@code "shapes:Circle.area"} is allowed after the colon), or only {@code "package.module"}:
     * then the function has the Java method's name.
     */
    @AliasFor("target")
    String value() default "";

    /** Alias for {@link #value()}. */
    @AliasFor("value")
    String target() default "";

    /**
     * Time from submission to result, queue wait included, e.g. {@code "2s"}, {@code "500ms"}
     * or ISO-8601 {@code "PT2S"}; {@code ${...}} placeholders are resolved. Empty: the executor's
     * default ({@code interpy.call.timeout}).
     */
    String timeout() default "";

    /**
     * Bean name of the {@link io.interpy.InterpreterExecutor} to run in, for applications with
     * several pools; {@code ${...}} placeholders are resolved. Empty: the only (or primary) one.
     */
    String executor() default "";
}
