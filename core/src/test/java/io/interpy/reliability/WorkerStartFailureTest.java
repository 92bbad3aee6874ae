package io.interpy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.CallTimeoutException;
import io.interpy.ContextFactory;
import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import io.interpy.WorkerStartException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Scenario 4: a context factory that fails for a while, or for good. */
class WorkerStartFailureTest {

    /** Fails every start until {@link #recover()} is called. */
    static final class FlakyFactory implements ContextFactory {
        private volatile boolean failing;
        volatile long recoveredAtNanos;

        @Override
        public org.graalvm.polyglot.Context create(org.graalvm.polyglot.Context.Builder builder) {
            if (failing) {
                throw new IllegalStateException("injected start failure");
            }
            return builder.build();
        }

        void fail() {
            failing = true;
        }

        void recover() {
            recoveredAtNanos = System.nanoTime();
            failing = false;
        }
    }

    @Test
    void callsQueuedDuringTwoSecondsOfStartFailuresAreServedSoonAfterRecovery() throws Exception {
        FlakyFactory factory = new FlakyFactory();
        factory.fail();
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("flaky").minSize(0).maxSize(2)
                .idleTimeout(Duration.ofMinutes(5)).contextFactory(factory).preloadModules("soak").build()) {
            List<CompletableFuture<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(executor.call("soak:inc", Long.class, i));
            }
            long failingSince = System.nanoTime();
            Thread.sleep(2000);
            assertThat(executor.lastStartFailure()).isNotNull().hasMessageContaining("injected start failure");
            assertThat(calls).noneMatch(CompletableFuture::isDone);
            factory.recover();
            for (int i = 0; i < 6; i++) {
                assertThat(calls.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(i + 1L);
            }
            long lastServedMillis = (System.nanoTime() - factory.recoveredAtNanos) / 1_000_000;
            System.out.printf("RELIABILITY start-failures: queued calls all served %d ms after recovery (failing for %d ms)%n",
                    lastServedMillis, (factory.recoveredAtNanos - failingSince) / 1_000_000);
            // Generous for a loaded CI machine: the retry backoff is capped at 250 ms, a context start takes the rest.
            assertThat(lastServedMillis).isLessThan(10_000);
            assertThat(executor.lastStartFailure()).isNull();
            // No capacity lost: two slow calls run on two workers at once.
            CompletableFuture<Long> a = executor.call("soak:slow", Long.class, 1_000_000);
            CompletableFuture<Long> b = executor.call("soak:slow", Long.class, 1_000_000);
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
            assertThat(executor.stats().size()).isEqualTo(2);
        }
    }

    @Test
    void whenStartsNeverSucceedCallsFailWithTheCreationErrorAsCause() throws Exception {
        FlakyFactory factory = new FlakyFactory();
        factory.fail();
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("doomed").minSize(0).maxSize(1)
                .workerStartTimeout(Duration.ofSeconds(1)).contextFactory(factory).build()) {
            CompletableFuture<Long> untimed = executor.call("soak:inc", Long.class, 1);
            CompletableFuture<Long> timed = executor.call(PythonCall.target("soak:inc").args(1).timeout(Duration.ofMillis(500)), Long.class);
            assertThatThrownBy(() -> timed.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(CallTimeoutException.class)
                    .cause().isInstanceOf(WorkerStartException.class).hasRootCauseMessage("injected start failure");
            assertThatThrownBy(() -> untimed.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(WorkerStartException.class).hasMessageContaining("doomed")
                    .hasRootCauseMessage("injected start failure");
            assertThat(executor.lastStartFailure()).isNotNull();
            assertThat(executor.stats().liveContexts()).isZero();
        }
    }
}
