package io.interpy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.CallTimeoutException;
import io.interpy.ExecutorStats;
import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Scenarios 2 and 3: runaway code and saturation. */
class RunawayAndSaturationTest {

    @Test
    void aHundredRunawayLoopsEachStopWithin700msAndThePoolStaysAtItsSize() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("runaway").minSize(2).maxSize(2)
                .preloadModules("soak").build(); PoolProbe probe = new PoolProbe(executor)) {
            // One runaway per worker first, so helper threads that exist by design (the interrupters)
            // are part of the baseline and only growth per call is measured.
            CompletableFuture<Object> w1 = executor.call(PythonCall.target("soak:forever").timeout(Duration.ofMillis(200)), Object.class);
            CompletableFuture<Object> w2 = executor.call(PythonCall.target("soak:forever").timeout(Duration.ofMillis(200)), Object.class);
            assertThatThrownBy(() -> w1.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(CallTimeoutException.class);
            assertThatThrownBy(() -> w2.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(CallTimeoutException.class);
            long threadsBefore = Thread.activeCount();
            long poolThreadsBefore = poolThreads("runaway");
            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            List<Thread> callers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                callers.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 50; i++) {
                        long begin = System.nanoTime();
                        CompletableFuture<Object> f = executor.call(
                                PythonCall.target("soak:forever").timeout(Duration.ofMillis(200)), Object.class);
                        assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(CallTimeoutException.class);
                        millis.add((System.nanoTime() - begin) / 1_000_000);
                    }
                }));
            }
            for (Thread caller : callers) {
                caller.join();
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            ExecutorStats stats = executor.stats();
            System.out.printf("RELIABILITY runaway: 100 calls, submit-to-failure ms median=%d p99=%d max=%d, pool threads %d -> %d, "
                    + "all JVM threads %d -> %d, contexts live=%d created=%d%n", sorted.get(50), sorted.get(98), sorted.get(99),
                    poolThreadsBefore, poolThreads("runaway"), threadsBefore, Thread.activeCount(), stats.liveContexts(),
                    stats.created());
            assertThat(sorted).hasSize(100);
            assertThat(sorted.get(99)).isLessThan(700);
            assertThat(executor.call("soak:inc", Long.class, 1).get(30, TimeUnit.SECONDS)).isEqualTo(2L);
            // The pool's own threads (workers, housekeeper, interrupters). The JVM total is only printed:
            // the engine starts Truffle compiler threads on demand, outside the pool's control.
            assertThat(poolThreads("runaway")).isLessThanOrEqualTo(poolThreadsBefore + 2);
            assertThat(stats.liveThreads()).isEqualTo(2);
            assertThat(stats.liveContexts()).isLessThanOrEqualTo(2);
            assertThat(probe.violation()).isNull();
        }
    }

    private static long poolThreads(String poolName) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("interpy-" + poolName + "-")).count();
    }

    @Test
    void exactlyTheOverflowIsRejectedAtOnceAndEveryAcceptedCallCompletes() throws Exception {
        int max = 2;
        int queue = 3;
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("saturate").minSize(max).maxSize(max)
                .queueCapacity(queue).preloadModules("soak").build()) {
            List<CompletableFuture<Long>> accepted = new ArrayList<>();
            List<RejectedExecutionException> rejected = new ArrayList<>();
            List<Long> rejectMicros = new ArrayList<>();
            for (int i = 0; i < 2 * (max + queue); i++) {
                long begin = System.nanoTime();
                try {
                    accepted.add(executor.call("soak:slow", Long.class, 3_000_000));
                } catch (RejectedExecutionException e) {
                    rejectMicros.add((System.nanoTime() - begin) / 1_000);
                    rejected.add(e);
                }
            }
            System.out.printf("RELIABILITY saturation: %d submitted, %d accepted, %d rejected, slowest rejection %d us%n",
                    2 * (max + queue), accepted.size(), rejected.size(), Collections.max(rejectMicros));
            assertThat(accepted).hasSize(max + queue);
            assertThat(rejected).hasSize(max + queue);
            assertThat(rejected).allSatisfy(e -> assertThat(e.getMessage()).contains("pool 'saturate'")
                    .contains("total=2").contains("active=").contains("idle=").contains("waiting="));
            for (CompletableFuture<Long> f : accepted) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(4_499_998_500_000L);
            }
            assertThat(executor.stats().rejected()).isEqualTo(max + queue);
        }
    }

    @Test
    void aRejectedCallLeavesNoTraceInThePool() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("noqueue").minSize(1).maxSize(1)
                .queueCapacity(0).preloadModules("soak").build()) {
            CompletableFuture<Long> running = executor.call("soak:slow", Long.class, 2_000_000);
            assertThatThrownBy(() -> executor.call("soak:inc", Long.class, 1)).isInstanceOf(RejectedExecutionException.class);
            running.get(60, TimeUnit.SECONDS);
            // The slot came back: the next call is accepted and runs.
            assertThat(executor.call("soak:inc", Long.class, 1).get(60, TimeUnit.SECONDS)).isEqualTo(2L);
            assertThat(executor.stats().queued()).isZero();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
