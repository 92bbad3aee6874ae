package io.interpy.spring.boot.diagnostics;

import io.interpy.WorkerStartException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains a pool whose first workers could not start. The usual causes are configuration, not
 * Interpy: a preload module that fails to import, a wrong module path, or a sandbox that denies
 * what a module does at import time; the report names the settings to check with their values.
 */
class WorkerStartFailureAnalyzer extends InterpyFailureAnalyzer<WorkerStartException> {

    WorkerStartFailureAnalyzer(Environment environment) {
        super(environment);
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WorkerStartException cause) {
        StringBuilder description = new StringBuilder(cause.getMessage());
        for (Throwable t = cause.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !description.toString().contains(t.getMessage())) {
                description.append("\n    caused by ").append(t.getMessage());
            }
        }
        Settings settings = settings();
        String action = "Check that every module in interpy.python.preload-modules (currently "
                + settings.preloadModules() + ") imports from interpy.python.path (currently " + settings.path()
                + ") and does nothing at import time that interpy.sandbox.* denies (files, sockets, threads, "
                + "processes). With interpy.pool.min-size=0 the application starts without a worker and the "
                + "same error fails the first call instead.";
        return new FailureAnalysis(description.toString(), action, cause);
    }
}
