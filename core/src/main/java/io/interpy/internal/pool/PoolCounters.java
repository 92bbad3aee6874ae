package io.interpy.internal.pool;

import io.interpy.ExecutorStats;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Monotonic counters of one pool. Created and closed are counted separately, never as a live
 * gauge, so that "created minus closed equals live" can be checked from outside at any time.
 */
final class PoolCounters {

    final AtomicLong completed = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong timedOut = new AtomicLong();
    final AtomicLong cancelled = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong workersStarted = new AtomicLong();
    final AtomicLong workersRetired = new AtomicLong();
    final AtomicLong threadsCreated = new AtomicLong();
    final AtomicLong threadsClosed = new AtomicLong();
    final AtomicLong contextsCreated = new AtomicLong();
    final AtomicLong contextsClosed = new AtomicLong();

    void contextCreated() {
        contextsCreated.incrementAndGet();
    }

    void contextClosed() {
        contextsClosed.incrementAndGet();
    }

    /** The counters with the workers' current states, as the public snapshot. */
    ExecutorStats snapshot(ExecutorSettings settings, String state, Collection<Worker> workers, int queued,
            boolean jitEnabled) {
        int active = 0;
        int idle = 0;
        int startingNow = 0;
        int size = 0;
        for (Worker worker : workers) {
            size++;
            switch (worker.state()) {
                case IDLE -> idle++;
                case BUSY -> active++;
                case STARTING -> startingNow++;
                default -> { }
            }
        }
        return new ExecutorStats(settings.name(), state, size, active, idle, startingNow, queued,
                settings.minSize(), settings.maxSize(), completed.get(), failed.get(), timedOut.get(),
                cancelled.get(), rejected.get(), workersStarted.get(), workersRetired.get(), threadsCreated.get(),
                threadsClosed.get(), contextsCreated.get(), contextsClosed.get(), jitEnabled);
    }
}
