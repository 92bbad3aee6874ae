package io.interpy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.interpy.CallTimeoutException;
import io.interpy.ExecutorStats;
import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import io.interpy.PythonException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1: many callers, a mix of outcomes, nothing lost. The call count defaults to the
 * issue's 20,000 and can be raised for a longer soak with {@code -Dinterpy.soak.calls=...}.
 */
class SoakTest {

    private static final int CALLERS = 64;
    private static final int CALLS = Integer.getInteger("interpy.soak.calls", 20_000);

    @Test
    void sixtyFourCallersMixedOutcomesEveryFutureCompletesWithTheRightType() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("soak").minSize(2).maxSize(4)
                // A timed-out or cancelled call holds its slot until Python has stopped, while its caller
                // already submits the next one: room for two calls per caller.
                .queueCapacity(2 * CALLERS).idleTimeout(Duration.ofSeconds(1)).preloadModules("soak").build();
                PoolProbe probe = new PoolProbe(executor)) {
            AtomicInteger next = new AtomicInteger();
            Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
            List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
            LongAdder pending = new LongAdder();
            long begin = System.nanoTime();
            List<Thread> callers = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                callers.add(Thread.ofVirtual().start(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < CALLS) {
                        String outcome = runOne(executor, i, pending);
                        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                        if (outcome.startsWith("WRONG")) {
                            wrong.add(i + ": " + outcome);
                        }
                    }
                }));
            }
            for (Thread caller : callers) {
                caller.join(TimeUnit.MINUTES.toMillis(8));
            }
            long seconds = (System.nanoTime() - begin) / 1_000_000_000;
            ExecutorStats afterLoad = executor.stats();
            long reapStart = System.nanoTime();
            while (executor.stats().size() > 2 && System.nanoTime() - reapStart < TimeUnit.SECONDS.toNanos(15)) {
                Thread.sleep(50);
            }
            long reapMillis = (System.nanoTime() - reapStart) / 1_000_000;
            ExecutorStats end = executor.stats();
            System.out.printf("RELIABILITY soak: %d calls by %d callers in %d s, outcomes %s, pending %d, peak size %d, "
                    + "after load %s, back to min in %d ms, created=%d retired=%d%n", CALLS, CALLERS, seconds, outcomes,
                    pending.sum(), probe.peakSize(), afterLoad, reapMillis, end.created(), end.retired());

            assertThat(wrong).isEmpty();
            assertThat(pending.sum()).isZero();
            assertThat(outcomes.values().stream().mapToLong(LongAdder::sum).sum()).isEqualTo(CALLS);
            assertThat(outcomes.get("ok").sum()).isEqualTo(CALLS - CALLS / 100 * 16);
            assertThat(outcomes.get("python_error").sum()).isEqualTo(CALLS / 100 * 10);
            assertThat(outcomes.get("timeout").sum()).isEqualTo(CALLS / 100 * 5);
            assertThat(outcomes.get("cancelled").sum()).isEqualTo(CALLS / 100);
            assertThat(probe.violation()).isNull();
            assertThat(probe.peakSize()).isLessThanOrEqualTo(4);
            assertThat(end.size()).isEqualTo(2);
            assertThat(end.liveThreads()).isEqualTo(2).isEqualTo(PoolProbe.aliveWorkerThreads("soak"));
            assertThat(end.liveContexts()).isEqualTo(2);
            assertThat(end.queued()).isZero();
        }
    }

    /** Runs call {@code i}: 10% raise, 5% run past their timeout, 1% are cancelled, the rest succeed. */
    private static String runOne(InterpreterExecutor executor, int i, LongAdder pending) {
        int kind = i % 100;
        CompletableFuture<Long> future;
        try {
            future = submit(executor, i, kind);
        } catch (RuntimeException e) {
            return "WRONG " + e + " at submission, kind " + kind;
        }
        try {
            Long value = future.get(2, TimeUnit.MINUTES);
            return kind >= 16 && value == i + 1 ? "ok" : "WRONG value " + value + " for kind " + kind;
        } catch (CancellationException e) {
            return kind == 15 ? "cancelled" : "WRONG cancelled for kind " + kind;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (kind < 10 && cause instanceof PythonException p && p.pythonType().equals("ValueError")) {
                return "python_error";
            }
            if (kind >= 10 && kind < 15 && cause instanceof CallTimeoutException) {
                return "timeout";
            }
            return "WRONG " + cause + " for kind " + kind;
        } catch (java.util.concurrent.TimeoutException e) {
            pending.increment();
            return "WRONG never completed, kind " + kind;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "WRONG interrupted";
        }
    }

    private static CompletableFuture<Long> submit(InterpreterExecutor executor, int i, int kind) {
        CompletableFuture<Long> future;
        if (kind < 10) {
            future = executor.call("soak:fail", Long.class, i);
        } else if (kind < 15) {
            future = executor.call(PythonCall.target("soak:forever").timeout(Duration.ofMillis(50)), Long.class);
        } else if (kind == 15) {
            future = executor.call(PythonCall.target("soak:forever"), Long.class);
            sleepQuietly(5);
            future.cancel(true);
        } else {
            future = executor.call("soak:inc", Long.class, i);
        }
        return future;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
