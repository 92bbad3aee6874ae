package io.interpy.internal.pool;

import io.interpy.WorkerStartException;
import java.util.concurrent.TimeUnit;

/**
 * The current streak of failed context starts, if any. Kept apart from the pool because three
 * readers need the same answer at different times: health (the last failure), timed-out queued
 * calls (their cause) and the housekeeper (how long the pool has been unable to start anything,
 * to fail calls after {@code workerStartTimeout}). Retries are frequent, so the streak also
 * decides which failures deserve a WARN line.
 */
final class StartFailures {

    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private volatile WorkerStartException last;
    private volatile long failingSinceNanos;
    private volatile long lastWarningNanos;

    /** A start succeeded: the streak is over. */
    void reset() {
        last = null;
    }

    /**
     * Records a failure; true when it should be logged at WARN (the first of a streak, then one
     * every 10 s), false for DEBUG.
     */
    boolean record(WorkerStartException failure, long nowNanos) {
        boolean firstOfStreak = last == null;
        if (firstOfStreak) {
            failingSinceNanos = nowNanos;
        }
        last = failure;
        if (firstOfStreak || nowNanos - lastWarningNanos > WARN_EVERY_NANOS) {
            lastWarningNanos = nowNanos;
            return true;
        }
        return false;
    }

    /** The failure of the current streak, or null when the last start worked. */
    WorkerStartException last() {
        return last;
    }

    /** Whether starts have been failing without a success for at least {@code limitNanos}. */
    boolean failingLongerThan(long limitNanos, long nowNanos) {
        return last != null && nowNanos - failingSinceNanos >= limitNanos;
    }
}
