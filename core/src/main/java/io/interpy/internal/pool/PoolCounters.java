package io.interpy.internal.pool;

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
}
