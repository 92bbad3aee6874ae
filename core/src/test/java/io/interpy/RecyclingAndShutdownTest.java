package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Worker recycling, idle reaping and graceful shutdown. */
class RecyclingAndShutdownTest {

    @Test
    void afterMaxTasksTheWorkerGetsAFreshContextWithFreshModuleState() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("recycle").minSize(1).maxSize(1)
                .maxTasksPerWorker(3).build()) {
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                counts.add(executor.call("ctl:bump", Long.class).get(60, TimeUnit.SECONDS));
            }
            // 3 * (1 +- 2.5%) rounds to 3: the counter restarts after the third call.
            assertThat(counts).containsExactly(1L, 2L, 3L, 1L, 2L);
            ExecutorStats stats = executor.stats();
            assertThat(stats.created()).isEqualTo(2);
            assertThat(stats.retired()).isEqualTo(1);
            assertThat(stats.liveContexts()).isEqualTo(1);
        }
    }

    @Test
    void aWorkerOlderThanMaxWorkerAgeGetsAFreshContextWhileIdle() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("aging").minSize(1).maxSize(1)
                .maxWorkerAge(Duration.ofSeconds(1)).build()) {
            assertThat(executor.call("ctl:bump", Long.class).get(60, TimeUnit.SECONDS)).isEqualTo(1L);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (executor.stats().retired() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // Replaced by the age limit alone, without a call to trigger it: module state starts over.
            assertThat(executor.stats().retired()).isGreaterThanOrEqualTo(1);
            assertThat(executor.call("ctl:bump", Long.class).get(60, TimeUnit.SECONDS)).isEqualTo(1L);
            assertThat(executor.stats().liveContexts()).isEqualTo(1);
        }
    }

    @Test
    void idleWorkersAboveMinSizeAreReapedWithoutFurtherCalls() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("reap").minSize(1).maxSize(2)
                .idleTimeout(Duration.ofMillis(500)).build()) {
            CompletableFuture<Object> a = executor.call(PythonCall.target("ctl:sleep").args(1.0), Object.class);
            CompletableFuture<Object> b = executor.call(PythonCall.target("ctl:sleep").args(1.0), Object.class);
            // The second call found no idle worker, so the pool grew at once (a starting worker counts).
            assertThat(executor.stats().size()).isEqualTo(2);
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (executor.stats().size() > 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            ExecutorStats stats = executor.stats();
            assertThat(stats.size()).isEqualTo(1);
            assertThat(stats.created()).isEqualTo(2);
            assertThat(stats.liveThreads()).isEqualTo(1);
            assertThat(stats.liveContexts()).isEqualTo(1);
        }
    }

    @Test
    void shutdownWithRunningAndQueuedCallsLeavesNoIncompleteFutureAndNoThread() throws Exception {
        InterpreterExecutor executor = InterpreterExecutor.builder().name("drain").minSize(2).maxSize(2).build();
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        futures.add(executor.call(PythonCall.target("ctl:sleep").args(0.2), Object.class));
        futures.add(executor.call(PythonCall.target("ctl:forever"), Object.class));
        for (int i = 0; i < 10; i++) {
            futures.add(executor.call(PythonCall.target("ctl:bump"), Object.class));
        }
        Thread.sleep(100);
        executor.shutdown(Duration.ofMillis(500));
        assertThat(futures).allMatch(CompletableFuture::isDone);
        assertThat(futures.get(0)).isCompleted(); // finished within the grace period
        assertThat(futures.get(1)).isCompletedExceptionally(); // interrupted after it
        ExecutorStats stats = executor.stats();
        assertThat(stats.liveThreads()).isZero();
        assertThat(stats.liveContexts()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("interpy-drain-"));
    }

    @Test
    void shutdownFromTwoThreadsAtOnceIsSafe() throws Exception {
        InterpreterExecutor executor = InterpreterExecutor.builder().name("twice").minSize(1).maxSize(1).build();
        CompletableFuture<Object> runaway = executor.call(PythonCall.target("ctl:forever"), Object.class);
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> closers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    executor.shutdown(Duration.ofMillis(200));
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            closers.add(t);
        }
        go.countDown();
        for (Thread t : closers) {
            t.join(30_000);
            assertThat(t.isAlive()).isFalse();
        }
        assertThat(errors).isEmpty();
        assertThat(executor.isTerminated()).isTrue();
        assertThat(runaway).isCompletedExceptionally();
        assertThat(executor.stats().liveThreads()).isZero();
    }
}
