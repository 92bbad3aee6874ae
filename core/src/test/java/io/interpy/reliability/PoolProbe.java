package io.interpy.reliability;

import io.interpy.ExecutorStats;
import io.interpy.InterpreterExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Samples a pool's stats on its own thread while a scenario runs, recording the peak size and
 * the first broken invariant, so a scenario can assert that they held throughout and not only
 * at the end.
 */
final class PoolProbe implements AutoCloseable {

    private final InterpreterExecutor executor;
    private final Thread thread;
    private final AtomicInteger peakSize = new AtomicInteger();
    private final AtomicReference<String> violation = new AtomicReference<>();
    private volatile boolean running = true;

    PoolProbe(InterpreterExecutor executor) {
        this.executor = executor;
        this.thread = Thread.ofPlatform().name("pool-probe").daemon(true).start(this::sample);
    }

    private void sample() {
        while (running) {
            ExecutorStats stats = executor.stats();
            peakSize.accumulateAndGet(stats.size(), Math::max);
            if (stats.size() > stats.maxSize() || stats.liveThreads() > stats.maxSize()
                    || stats.liveContexts() > stats.maxSize() || stats.liveContexts() < 0 || stats.liveThreads() < 0) {
                violation.compareAndSet(null, stats + " threads live=" + stats.liveThreads() + " contexts live=" + stats.liveContexts());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    int peakSize() {
        return peakSize.get();
    }

    /** The first sample that broke an invariant, or null. */
    String violation() {
        return violation.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(1000);
    }

    /** Worker threads of this pool alive in the JVM right now. */
    static long aliveWorkerThreads(String poolName) {
        String prefix = "interpy-" + poolName + "-";
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix) && t.getName().substring(prefix.length()).chars().allMatch(Character::isDigit))
                .count();
    }
}
