package io.interpy.internal.pool;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One submitted call on its way through the pool. Its state moves by compare-and-set from
 * QUEUED to RUNNING to DONE, or straight from QUEUED to DONE, so that the worker, the deadline
 * timer, a cancelling caller and shutdown can race for it and exactly one of them decides the
 * outcome; the losers only drop what they hold.
 */
final class PendingCall {

    static final int QUEUED = 0;
    static final int RUNNING = 1;
    static final int DONE = 2;

    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private final AtomicBoolean released = new AtomicBoolean();
    private final String target;
    private final CallBody body;
    private final CallFuture<Object> future;
    private final long submittedNanos;
    private final Duration timeout;
    private final long deadlineNanos;
    private volatile Worker worker;
    private volatile long startedNanos;
    private volatile ScheduledFuture<?> deadlineTask;
    private volatile boolean timedOut;
    private volatile StreamChannel stream;

    PendingCall(String target, CallBody body, Duration timeout, InterpreterPool pool) {
        this.target = target;
        this.body = body;
        this.timeout = timeout;
        this.submittedNanos = System.nanoTime();
        this.deadlineNanos = timeout == null ? Long.MAX_VALUE : submittedNanos + timeout.toNanos();
        this.future = new CallFuture<>(this, pool);
    }

    /** Claims a queued call for a worker; fails if it was cancelled or timed out meanwhile. */
    boolean tryStart(Worker worker) {
        // set before the CAS so whoever sees RUNNING also sees the worker
        this.worker = worker;
        this.startedNanos = System.nanoTime();
        return state.compareAndSet(QUEUED, RUNNING);
    }

    /** Ends a call that has not started; true if this caller decided its outcome. */
    boolean tryFinishQueued() {
        return state.compareAndSet(QUEUED, DONE);
    }

    /** Ends a running call; true if this caller decided its outcome. */
    boolean tryFinishRunning() {
        return state.compareAndSet(RUNNING, DONE);
    }

    /** Ends the call in whatever state it is; returns the state it was in, or DONE if already done. */
    int finish() {
        while (true) {
            int current = state.get();
            if (current == DONE || state.compareAndSet(current, DONE)) {
                return current;
            }
        }
    }

    /** True exactly once: the call gives back its admission slot. */
    boolean release() {
        ScheduledFuture<?> task = deadlineTask;
        if (task != null) {
            task.cancel(false);
        }
        return released.compareAndSet(false, true);
    }

    boolean isDone() {
        return state.get() == DONE;
    }

    boolean isPastDeadline(long now) {
        return now - deadlineNanos >= 0;
    }

    /** Set before the deadline interrupts the worker, so the worker can tell why its context had to go. */
    void markTimedOut() {
        timedOut = true;
    }

    boolean timedOut() {
        return timedOut;
    }

    void deadlineTask(ScheduledFuture<?> task) {
        this.deadlineTask = task;
    }

    /** Set before the call is queued when its items are streamed to a consumer. */
    void stream(StreamChannel channel) {
        this.stream = channel;
    }

    StreamChannel stream() {
        return stream;
    }

    String target() {
        return target;
    }

    CallBody body() {
        return body;
    }

    CallFuture<Object> future() {
        return future;
    }

    long submittedNanos() {
        return submittedNanos;
    }

    long startedNanos() {
        return startedNanos;
    }

    Duration timeout() {
        return timeout;
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    Worker worker() {
        return worker;
    }
}
