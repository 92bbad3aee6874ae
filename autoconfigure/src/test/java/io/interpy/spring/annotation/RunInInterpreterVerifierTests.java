package io.interpy.spring.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.interpy.InterpreterExecutor;
import io.interpy.spring.boot.autoconfigure.InterpyAutoConfiguration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;

/**
 * Each fail-fast case: the context must not start, and the message must name the bean, the
 * method and the problem, since that message is all a developer sees of a failed deployment.
 */
class RunInInterpreterVerifierTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class))
            .withPropertyValues("interpy.pool.min-size=1", "interpy.pool.max-size=1");

    @Test
    void validMethodsLetTheContextStart() {
        runner.withBean("valid", Valid.class).run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aFutureTypeOtherThanCompletableFutureOrCompletionStageFailsStartup() {
        runner.withBean("plainReturn", PlainReturn.class).run(failsWith("bean 'plainReturn'", "add(long, long)",
                "returns java.util.concurrent.Future<java.lang.Long>", "CompletableFuture<T> or CompletionStage<T>"));
    }

    @Test
    void missingModuleFailsStartup() {
        runner.withBean("missingModule", MissingModule.class).run(failsWith("bean 'missingModule'", "run()",
                "nosuchmodule:run", "ModuleNotFoundError"));
    }

    @Test
    void missingFunctionFailsStartup() {
        runner.withBean("missingFunction", MissingFunction.class).run(failsWith("bean 'missingFunction'",
                "nope()", "calc:nope", "nope"));
    }

    @Test
    void attributeThatIsNotCallableFailsStartup() {
        runner.withBean("notCallable", NotCallable.class).run(failsWith("bean 'notCallable'", "value()",
                "calc:not_callable", "callable"));
    }

    @Test
    void signatureThatCannotBindTheParametersFailsStartup() {
        runner.withBean("tooManyArguments", TooManyArguments.class).run(failsWith("bean 'tooManyArguments'",
                "add(long, long, long)", "calc:add", "3 positional argument(s)"));
    }

    @Test
    void keywordThePythonFunctionDoesNotAcceptFailsStartup() {
        runner.withBean("unknownKeyword", UnknownKeyword.class).run(failsWith("bean 'unknownKeyword'",
                "scale(List, int)", "calc:scale", "[scaling]"));
    }

    @Test
    void unparsableTimeoutFailsStartup() {
        runner.withBean("badTimeout", BadTimeout.class).run(failsWith("bean 'badTimeout'", "add(long, long)",
                "timeout 'soon'"));
    }

    @Test
    void unknownExecutorNameFailsStartup() {
        runner.withBean("unknownExecutor", UnknownExecutor.class).run(failsWith("bean 'unknownExecutor'",
                "add(long, long)", "executor 'reporting'"));
    }

    @Test
    void namedExecutorIsTheOneCheckedAtStartupAndCalled() {
        // Only the named pool has extra.py: checked or called on the primary pool, this would fail.
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class))
                .withBean("mainPool", InterpreterExecutor.class, () -> pool("main", "classpath:python"),
                        definition -> definition.setPrimary(true))
                .withBean("reporting", InterpreterExecutor.class, () -> pool("reporting", "classpath:python-extra"))
                .withBean("namedExecutor", NamedExecutor.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    InterpreterExecutor main = context.getBean("mainPool", InterpreterExecutor.class);
                    InterpreterExecutor reporting = context.getBean("reporting", InterpreterExecutor.class);
                    long mainBefore = main.stats().completed();
                    long reportingBefore = reporting.stats().completed();

                    assertThat(context.getBean(NamedExecutor.class).where().get(30, TimeUnit.SECONDS))
                            .isEqualTo("python-extra");
                    assertThat(reporting.stats().completed()).isEqualTo(reportingBefore + 1);
                    assertThat(main.stats().completed()).isEqualTo(mainBefore);
                });
    }

    private static InterpreterExecutor pool(String name, String path) {
        return InterpreterExecutor.builder().name(name).minSize(1).maxSize(1).pythonPath(path).build();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        runner.withBean("plainReturn", PlainReturn.class).withBean("missingModule", MissingModule.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RunInInterpreterVerificationException.class);
            assertThat(((RunInInterpreterVerificationException) context.getStartupFailure()).problems()).hasSize(2);
        });
    }

    private static ContextConsumer<AssertableApplicationContext> failsWith(String... fragments) {
        return context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(RunInInterpreterVerificationException.class);
            assertThat(context.getStartupFailure().getMessage()).contains(fragments);
        };
    }

    public static class Valid {

        @RunInInterpreter("calc:add")
        public CompletableFuture<Long> add(long a, long b) {
            return null;
        }

        @RunInInterpreter("calc:scale")
        public CompletableFuture<List<Long>> scale(List<Long> values, @PyKwarg("factor") int factor) {
            return null;
        }
    }

    public static class PlainReturn {

        @RunInInterpreter("calc:add")
        public java.util.concurrent.Future<Long> add(long a, long b) {
            return null;
        }
    }

    public static class MissingModule {

        @RunInInterpreter("nosuchmodule")
        public CompletableFuture<Object> run() {
            return null;
        }
    }

    public static class MissingFunction {

        @RunInInterpreter("calc:nope")
        public CompletableFuture<Object> nope() {
            return null;
        }
    }

    public static class NotCallable {

        @RunInInterpreter("calc:not_callable")
        public CompletableFuture<Object> value() {
            return null;
        }
    }

    public static class TooManyArguments {

        @RunInInterpreter("calc:add")
        public CompletableFuture<Long> add(long a, long b, long c) {
            return null;
        }
    }

    public static class UnknownKeyword {

        @RunInInterpreter("calc:scale")
        public CompletableFuture<List<Long>> scale(List<Long> values, @PyKwarg("scaling") int factor) {
            return null;
        }
    }

    public static class BadTimeout {

        @RunInInterpreter(value = "calc:add", timeout = "soon")
        public CompletableFuture<Long> add(long a, long b) {
            return null;
        }
    }

    public static class UnknownExecutor {

        @RunInInterpreter(value = "calc:add", executor = "reporting")
        public CompletableFuture<Long> add(long a, long b) {
            return null;
        }
    }

    public static class NamedExecutor {

        @RunInInterpreter(value = "extra:where", executor = "reporting")
        public CompletableFuture<String> where() {
            return null;
        }
    }
}
