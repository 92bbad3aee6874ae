package io.interpy.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Passes a parameter of a {@link RunInInterpreter} method to Python by keyword instead of by
 * position, for functions whose parameters are keyword-only ({@code def f(data, *, limit=10)})
 * or whose order differs from the Java method's. Keyword parameters can appear anywhere in the
 * Java signature; the others still go positionally, in order. A {@code null} value is passed as
 * {@code None}, not left out.
 *
 * <pre>{@code
 * @RunInInterpreter("text.words:top")
 * CompletableFuture<List<String>> top(String text, @PyKwarg("limit") int n);
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PyKwarg {

    /**
     * The Python parameter name. Empty: the Java parameter's name, which needs classes compiled
     * with {@code -parameters} (Spring Boot's Maven and Gradle plugins turn it on).
     */
    String value() default "";
}
