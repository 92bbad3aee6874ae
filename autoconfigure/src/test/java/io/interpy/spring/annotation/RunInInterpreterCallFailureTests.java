package io.interpy.spring.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.ConversionException;
import io.interpy.spring.boot.autoconfigure.InterpyAutoConfiguration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Failures that happen before Python runs must still arrive through the future, never as a throw. */
class RunInInterpreterCallFailureTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class))
            .withPropertyValues("interpy.pool.min-size=1", "interpy.pool.max-size=1", "interpy.pool.queue-capacity=0")
            .withBean("calls", Calls.class);

    @Test
    void rejectionWhenThePoolIsFullCompletesTheFutureExceptionally() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            CompletableFuture<Double> busy = calls.slow(0.5);
            CompletableFuture<Long> rejected = calls.add(1, 2);
            assertThat(rejected).isCompletedExceptionally();
            assertThatThrownBy(rejected::get).cause().isInstanceOf(RejectedExecutionException.class);
            assertThat(busy.get(30, TimeUnit.SECONDS)).isEqualTo(0.5);
        });
    }

    @Test
    void argumentThatCannotCrossToPythonCompletesTheFutureExceptionally() {
        runner.run(context -> {
            CompletableFuture<Long> call = context.getBean(Calls.class).addExploding(new Exploding(), 1);
            assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ConversionException.class);
        });
    }

    @Test
    void shutDownExecutorCompletesTheFutureExceptionally() {
        runner.run(context -> {
            context.getBean(io.interpy.InterpreterExecutor.class).close();
            CompletableFuture<Long> call = context.getBean(Calls.class).add(1, 2);
            assertThatThrownBy(call::get).cause().isInstanceOf(RejectedExecutionException.class);
        });
    }

    public static class Calls {

        @RunInInterpreter("calc:slow")
        public CompletableFuture<Double> slow(double seconds) {
            return null;
        }

        @RunInInterpreter("calc:add")
        public CompletableFuture<Long> add(long a, long b) {
            return null;
        }

        @RunInInterpreter("calc:add")
        public CompletableFuture<Long> addExploding(Exploding a, long b) {
            return null;
        }
    }

    /** A POJO argument Jackson cannot turn into a dict. */
    public static class Exploding {

        public String getValue() {
            throw new IllegalStateException("boom");
        }
    }
}
