package io.interpy.internal.pool;

import io.interpy.event.CallOutcome;
import io.interpy.event.PoolListener;
import io.interpy.event.RetireReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * Where the pool reports what happened: to {@link PoolListener}s (metrics) and to the log lines
 * an operator reads. Kept in one place so each event is reported exactly once, whichever of the
 * racing threads (worker, deadline timer, cancelling caller, shutdown) decided the call's outcome,
 * and so a listener that throws can never leave a caller's future unsettled.
 */
final class PoolEvents {

    /** Under overload every call is rejected; one WARN per interval says so without flooding the log. */
    private static final long REJECTION_WARN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Enough for any prestart; a pool that keeps restarting with no listener does not grow this. */
    private static final int MAX_UNHEARD_STARTS = 64;

    /** The pool's logger, so one logger level controls all of a pool's lines. */
    private final Logger log;

    private final String poolName;
    private final long slowCallNanos;
    private final List<PoolListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong nextRejectionWarning = new AtomicLong(System.nanoTime());
    private final AtomicLong suppressedRejections = new AtomicLong();
    private final AtomicBoolean listenerFailureLogged = new AtomicBoolean();
    /** Start times of workers started while no listener was registered, for the first listeners. */
    private final List<Long> unheardStarts = new ArrayList<>();

    PoolEvents(String poolName, Duration slowCallThreshold, Logger log) {
        this.log = log;
        this.poolName = poolName;
        this.slowCallNanos = slowCallThreshold == null ? Long.MAX_VALUE : slowCallThreshold.toNanos();
    }

    /**
     * Adds a listener and tells it how long each worker started before any listener existed took.
     * Metrics are bound after {@code build()} returns, so without this the prestarted workers
     * (the slowest starts, in a fresh JVM) would never be in the start-time meter.
     */
    void addListener(PoolListener listener) {
        synchronized (unheardStarts) {
            listeners.add(listener);
            for (long nanos : unheardStarts) {
                fireTo(listener, l -> l.workerStarted(nanos));
            }
        }
    }

    /**
     * A call ran in a worker and its outcome was decided there. Only these can be slow: a call
     * that timed out already logged a WARN, and one line per call is the contract.
     */
    void callRan(PendingCall call, CallOutcome outcome, long finishedNanos) {
        long runNanos = finishedNanos - call.startedNanos();
        long waitNanos = call.startedNanos() - call.submittedNanos();
        fire(l -> l.callFinished(call.target(), outcome, runNanos, waitNanos));
        if (runNanos > slowCallNanos) {
            log.warn("Slow Python call {} took {} ms in pool '{}' (threshold {} ms, outcome {}, waited {} ms)",
                    call.target(), TimeUnit.NANOSECONDS.toMillis(runNanos), poolName,
                    TimeUnit.NANOSECONDS.toMillis(slowCallNanos), outcome.tag(), TimeUnit.NANOSECONDS.toMillis(waitNanos));
        }
    }

    /**
     * A call ended outside its worker: timed out, cancelled, failed for want of a worker, or
     * stopped by shutdown. {@code started} says whether it had left the queue, which decides how
     * its time splits into waiting and running.
     */
    void callEnded(PendingCall call, CallOutcome outcome, boolean started) {
        long now = System.nanoTime();
        long runNanos = started ? now - call.startedNanos() : 0;
        long waitNanos = started ? call.startedNanos() - call.submittedNanos() : now - call.submittedNanos();
        fire(l -> l.callFinished(call.target(), outcome, runNanos, waitNanos));
    }

    /** Logs at WARN at most once per interval, with how many were only logged at DEBUG since. */
    void callRejected(String target, String message) {
        fire(l -> l.callRejected(target));
        long now = System.nanoTime();
        long next = nextRejectionWarning.get();
        if (now - next >= 0 && nextRejectionWarning.compareAndSet(next, now + REJECTION_WARN_INTERVAL_NANOS)) {
            long suppressed = suppressedRejections.getAndSet(0);
            if (suppressed == 0) {
                log.warn("{}", message);
            } else {
                log.warn("{} ({} more calls rejected since the last warning, logged at DEBUG)", message, suppressed);
            }
        } else {
            suppressedRejections.incrementAndGet();
            log.debug("{}", message);
        }
    }

    void workerStarted(long nanos) {
        // under the lock, so that a listener being added gets this start exactly once
        synchronized (unheardStarts) {
            if (listeners.isEmpty() && unheardStarts.size() < MAX_UNHEARD_STARTS) {
                unheardStarts.add(nanos);
            }
            fire(l -> l.workerStarted(nanos));
        }
    }

    void workerRetired(RetireReason reason) {
        fire(l -> l.workerRetired(reason));
    }

    private void fire(Consumer<PoolListener> event) {
        for (PoolListener listener : listeners) {
            fireTo(listener, event);
        }
    }

    private void fireTo(PoolListener listener, Consumer<PoolListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            if (listenerFailureLogged.compareAndSet(false, true)) {
                log.warn("Listener {} of pool '{}' failed; further failures are logged at DEBUG", listener, poolName, e);
            } else {
                log.debug("Listener {} of pool '{}' failed", listener, poolName, e);
            }
        }
    }
}
