package io.interpy.spring.boot.diagnostics;

import io.interpy.spring.annotation.RunInInterpreterVerificationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a failed {@code @RunInInterpreter} check into Spring Boot's "APPLICATION FAILED TO START"
 * report. The exception already names every bean, method and problem; what a developer also needs
 * at that moment is where the modules were looked for, which the exception cannot know.
 */
class RunInInterpreterVerificationFailureAnalyzer extends InterpyFailureAnalyzer<RunInInterpreterVerificationException> {

    RunInInterpreterVerificationFailureAnalyzer(Environment environment) {
        super(environment);
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RunInInterpreterVerificationException cause) {
        StringBuilder description = new StringBuilder();
        description.append(cause.problems().size()).append(" @RunInInterpreter method(s) cannot work:\n");
        cause.problems().forEach(problem -> description.append("\n    ").append(problem));
        String action = "Correct each method above. Its target is \"module:function\": the module must import from "
                + "interpy.python.path (currently " + settings().path() + "), the "
                + "function must accept the method's arguments (@PyKwarg ones by keyword), and the method must "
                + "return CompletableFuture<T> or CompletionStage<T>.";
        return new FailureAnalysis(description.toString(), action, cause);
    }
}
