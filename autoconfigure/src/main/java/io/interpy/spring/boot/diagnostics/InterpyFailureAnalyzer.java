package io.interpy.spring.boot.diagnostics;

import io.interpy.spring.boot.autoconfigure.InterpyProperties;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * What Interpy's failure analyzers share: the effective {@code interpy.python.*} settings, which
 * the reports quote because the usual cause of a start failure is one of them. They are bound
 * afresh from the environment because the failed context's beans may not exist, and reading them
 * never fails: a report must not hide the original error behind a second one.
 */
abstract class InterpyFailureAnalyzer<T extends Throwable> extends AbstractFailureAnalyzer<T> {

    private final Environment environment;

    InterpyFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    /** The settings as the failed application saw them, defaults included. */
    final Settings settings() {
        InterpyProperties.Python python;
        try {
            python = Binder.get(environment).bindOrCreate("interpy", InterpyProperties.class).getPython();
        } catch (RuntimeException unbindable) {
            return new Settings("unreadable", "unreadable");
        }
        return new Settings(describe(python.getPath()), describe(python.getPreloadModules()));
    }

    private static String describe(List<String> values) {
        return values == null || values.isEmpty() ? "none" : String.join(", ", values);
    }

    /** {@code interpy.python.path} and {@code interpy.python.preload-modules}, as report text. */
    record Settings(String path, String preloadModules) {
    }
}
