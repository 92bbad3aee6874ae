package io.interpy.internal.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Calls waiting for a worker. A plain lock and condition rather than a {@code BlockingQueue}
 * because the pool needs things a blocking queue cannot give atomically: the number of workers
 * parked in {@link #poll} (to decide whether to grow), removal of one call on cancel or
 * deadline, and a close that wakes every parked worker at once without poison pills.
 */
final class CallQueue {

    /**
     * How long a worker that just finished a call spins before it parks, so that a caller that
     * submits its next call at once hands it over without a park/unpark pair (tens of µs on a
     * busy machine). {@code -Dinterpy.queue.spinMicros=0} turns it off.
     */
    static final long SPIN_NANOS = Long.getLong("interpy.queue.spinMicros", 20) * 1_000;

    /** What {@link #offer} returns when the queue no longer takes calls. */
    static final int CLOSED = Integer.MIN_VALUE;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<PendingCall> calls = new ArrayDeque<>();
    /** calls.size(), readable without the lock by spinning workers. */
    private volatile int count;
    /** Workers spinning in {@link #poll}; like parked ones, they will take a call at once. */
    private final AtomicInteger spinners = new AtomicInteger();
    private int waiters;
    private volatile boolean closed;

    /**
     * Adds a call unless the queue is closed. Capacity is enforced by the pool's admission count
     * (queued plus running), not here, so that calls are not refused while workers are starting.
     * Returns {@link #CLOSED}, or the demand for more workers (calls beyond what parked and spinning
     * workers will take at once) read under the same lock, so a submit takes the lock once.
     */
    int offer(PendingCall call) {
        lock.lock();
        try {
            if (closed) {
                return CLOSED;
            }
            calls.addLast(call);
            int queued = calls.size();
            count = queued;
            int spinning = spinners.get();
            if (queued > spinning) {
                // A spinning worker takes the call without a wake-up; unparking another one as
                // well would cost the caller an unpark and move the call to a colder worker.
                notEmpty.signal();
            }
            return queued - waiters - spinning;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A worker finishing a call will poll at once: until it does, offers count it as spinning.
     * Its caller usually submits the next call before the worker is back in {@link #poll}; without
     * this, that offer would unpark an idle worker which then finds nothing to take.
     */
    void returning() {
        spinners.incrementAndGet();
    }

    /** Takes back {@link #returning}; wakes a parked worker for any call that counted on this one. */
    void notReturning() {
        lock.lock();
        try {
            spinners.decrementAndGet();
            if (calls.size() > spinners.get()) {
                notEmpty.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the next call, parking up to {@code timeoutNanos}. Returns {@code null} on timeout
     * or when the queue is closed. {@code announced}: the caller said {@link #returning} before.
     */
    PendingCall poll(long timeoutNanos, boolean announced) throws InterruptedException {
        spinBriefly(Math.min(SPIN_NANOS, timeoutNanos), announced);
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
            PendingCall next = calls.pollFirst();
            count = calls.size();
            return next;
        } finally {
            lock.unlock();
        }
    }

    private void spinBriefly(long nanos, boolean announced) {
        if (!announced) {
            if (nanos <= 0 || count > 0) {
                return;
            }
            spinners.incrementAndGet();
        }
        try {
            long start = System.nanoTime();
            while (count == 0 && !closed && System.nanoTime() - start < nanos) {
                Thread.onSpinWait();
            }
        } finally {
            spinners.decrementAndGet();
        }
    }

    boolean remove(PendingCall call) {
        lock.lock();
        try {
            boolean removed = calls.remove(call);
            count = calls.size();
            return removed;
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
            count = 0;
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

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
