package io.interpy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.interpy.ExecutorStats;
import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Scenario 5: shutdown while busy, and many build/close cycles in one JVM. */
class ShutdownUnderLoadTest {

    @Test
    void closingWithFourRunningAndFiftyWaitingCompletesEveryFutureAndEndsEveryThread() throws Exception {
        InterpreterExecutor executor = InterpreterExecutor.builder().name("busyclose").minSize(4).maxSize(4)
                .awaitTermination(Duration.ofMillis(300)).preloadModules("soak").build();
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(executor.call(PythonCall.target("soak:forever"), Object.class));
        }
        for (int i = 0; i < 50; i++) {
            futures.add(executor.call(PythonCall.target("soak:inc").args(i), Object.class));
        }
        Thread.sleep(200);
        long begin = System.nanoTime();
        executor.close();
        long closeMillis = (System.nanoTime() - begin) / 1_000_000;
        long incomplete = futures.stream().filter(f -> !f.isDone()).count();
        ExecutorStats stats = executor.stats();
        System.out.printf("RELIABILITY shutdown-under-load: close took %d ms, incomplete futures %d, live threads %d, "
                + "live contexts %d%n", closeMillis, incomplete, stats.liveThreads(), stats.liveContexts());
        assertThat(incomplete).isZero();
        assertThat(futures.subList(0, 4)).allMatch(CompletableFuture::isCompletedExceptionally);
        assertThat(stats.liveThreads()).isZero();
        assertThat(stats.liveContexts()).isZero();
        assertThat(PoolProbe.aliveWorkerThreads("busyclose")).isZero();
        assertThat(executor.isTerminated()).isTrue();
    }

    /** The 50 cycles (about 3.5 s each on an idle 2-core machine); {@code -Dinterpy.cycles} changes it. */
    private static final int CYCLES = Integer.getInteger("interpy.cycles", 50);

    @Test
    void repeatedBuildCloseCyclesLeakNeitherThreadsNorHeap() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        int baselineThreads = Thread.activeCount();
        long[] heapAfter = new long[CYCLES];
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            try (InterpreterExecutor executor = InterpreterExecutor.builder().name("cycle").minSize(1).maxSize(1)
                    .build()) {
                assertThat(executor.call("soak:inc", Long.class, cycle).get(60, TimeUnit.SECONDS)).isEqualTo(cycle + 1L);
            }
            System.gc();
            heapAfter[cycle] = memory.getHeapMemoryUsage().getUsed();
        }
        Thread.sleep(200);
        int threadsAfter = Thread.activeCount();
        // Compare the second fifth (caches warm) with the last fifth.
        int fifth = CYCLES / 5;
        long early = average(heapAfter, fifth, 2 * fifth);
        long late = average(heapAfter, CYCLES - fifth, CYCLES);
        long growthMib = (late - early) / (1024 * 1024);
        System.out.printf("RELIABILITY build-close cycles: %d cycles, threads %d -> %d, heap after GC avg %d MiB early, "
                + "%d MiB late (growth %d MiB)%n", CYCLES, baselineThreads, threadsAfter, early >> 20, late >> 20, growthMib);
        assertThat(threadsAfter).isBetween(baselineThreads - 2, baselineThreads + 2);
        assertThat(growthMib).isLessThan(16);
        assertThat(PoolProbe.aliveWorkerThreads("cycle")).isZero();
    }

    private static long average(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
