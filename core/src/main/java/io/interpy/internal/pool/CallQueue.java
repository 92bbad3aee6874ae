package io.interpy.internal.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Calls waiting for a worker. A plain lock and condition rather than a {@code BlockingQueue}
 * because the pool needs things a blocking queue cannot give atomically: the number of workers
 * parked in {@link #poll} (to decide whether to grow), removal of one call on cancel or
 * deadline, and a close that wakes every parked worker at once without poison pills.
 */
final class CallQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<PendingCall> calls = new ArrayDeque<>();
    private int waiters;
    private boolean closed;

    /**
     * Adds a call unless the queue is closed. Capacity is enforced by the pool's admission count
     * (queued plus running), not here, so that calls are not refused while workers are starting.
     */
    boolean offer(PendingCall call) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            calls.addLast(call);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the next call, parking up to {@code timeoutNanos}. Returns {@code null} on timeout
     * or when the queue is closed.
     */
    PendingCall poll(long timeoutNanos) throws InterruptedException {
        lock.lock();
        try {
            long remaining = timeoutNanos;
            while (calls.isEmpty()) {
                if (closed || remaining <= 0) {
                    return null;
                }
                waiters++;
                try {
                    remaining = notEmpty.awaitNanos(remaining);
                } finally {
                    waiters--;
                }
            }
            return calls.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    boolean remove(PendingCall call) {
        lock.lock();
        try {
            return calls.remove(call);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the queue for good and returns what was still waiting. */
    List<PendingCall> closeAndDrain() {
        lock.lock();
        try {
            closed = true;
            List<PendingCall> drained = new ArrayList<>(calls);
            calls.clear();
            notEmpty.signalAll();
            return drained;
        } finally {
            lock.unlock();
        }
    }

    /** Calls waiting longer than {@code nanos}; used when no worker can start at all. */
    List<PendingCall> waitingLongerThan(long nanos, long now) {
        lock.lock();
        try {
            List<PendingCall> old = new ArrayList<>();
            for (PendingCall call : calls) {
                if (now - call.submittedNanos() > nanos) {
                    old.add(call);
                }
            }
            return old;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes parked workers so they re-check whether they should retire or recycle. */
    void wakeAll() {
        lock.lock();
        try {
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return calls.size();
        } finally {
            lock.unlock();
        }
    }

    /** Calls beyond what parked workers will take at once: the demand for more workers. */
    int unserved() {
        lock.lock();
        try {
            return calls.size() - waiters;
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
