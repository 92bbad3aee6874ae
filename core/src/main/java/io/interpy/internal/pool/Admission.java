package io.interpy.internal.pool;

import io.interpy.ExecutorStats;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Which calls a pool takes: those queued or running may not exceed {@code maxSize + queueCapacity}.
 * Counted here rather than by the queue so that calls are not refused while workers start; a
 * refused call is counted, reported and named with the pool's state.
 */
final class Admission {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorSettings settings;
    private final PoolCounters counters;
    private final PoolEvents events;
    private final Supplier<ExecutorStats> stats;

    Admission(ExecutorSettings settings, PoolCounters counters, PoolEvents events, Supplier<ExecutorStats> stats) {
        this.settings = settings;
        this.counters = counters;
        this.events = events;
        this.stats = stats;
    }

    /** Takes a place for a call, or throws naming why not. */
    void admit(String target, boolean running) {
        if (!running) {
            throw rejected(target, "it is shut down");
        }
        int limit = settings.maxSize() + settings.queueCapacity();
        while (true) {
            int current = inFlight.get();
            if (current >= limit) {
                throw rejected(target, "all " + settings.maxSize() + " workers are busy and the queue of "
                        + settings.queueCapacity() + " is full");
            }
            if (inFlight.compareAndSet(current, current + 1)) {
                return;
            }
        }
    }

    /** Gives back a place taken by {@link #admit} for a call that never became a {@link PendingCall}. */
    void giveBack() {
        inFlight.decrementAndGet();
    }

    /** Gives back a call's place, once however often it is called. */
    void release(PendingCall call) {
        if (call.release()) {
            inFlight.decrementAndGet();
        }
    }

    RejectedExecutionException rejected(String target, String why) {
        counters.rejected.incrementAndGet();
        RejectedExecutionException e = new RejectedExecutionException(
                "Python call " + target + " rejected by " + stats.get() + ": " + why);
        events.callRejected(target, e.getMessage());
        return e;
    }
}
