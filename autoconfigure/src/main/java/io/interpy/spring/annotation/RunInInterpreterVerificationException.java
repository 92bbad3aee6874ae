package io.interpy.spring.annotation;

import java.util.List;

/**
 * Startup found {@link RunInInterpreter} methods that cannot work. All problems are reported at
 * once, each naming the bean and the method, so one restart fixes them all.
 */
public class RunInInterpreterVerificationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RunInInterpreterVerificationException(List<String> problems) {
        super(problems.size() + " @RunInInterpreter method(s) cannot work:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem: bean, method and what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
