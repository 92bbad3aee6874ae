package io.interpy.internal.pool;

import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The hand-off between the thread consuming a streamed call and the worker that holds the
 * generator. The consumer asks for up to n items and waits; the worker waits for a request,
 * pulls at most that many items from Python and hands them over. Exactly one batch is in
 * flight, so a stream holds at most one batch in memory however long the generator runs, and
 * Python never runs more than one batch ahead of what Java asked for.
 *
 * <p>The stream ends once: exhausted, failed, closed by the consumer, or because its call ended
 * some other way (deadline, cancel, shutdown: {@link #end}). Every wait wakes up at that end.
 */
final class StreamChannel {

    /** Returned to the worker instead of a request: the consumer closed the stream or the call ended. */
    static final int CLOSED = -1;
    /** Returned to the worker instead of a request: no request came within the idle timeout. */
    static final int IDLE = -2;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int requested;
    private List<Object> batch;
    private boolean last;
    private boolean closed;
    private boolean ended;
    private Throwable failure;
    /** While the worker is inside Python pulling items: only then does stopping need an interrupt. */
    private volatile boolean pulling;

    // ------------------------------------------------------------------ consumer side

    /**
     * The next batch of at most {@code max} items, empty at the end of the stream.
     *
     * @throws RuntimeException the failure the stream ended with (wrapped when checked)
     */
    List<Object> take(int max) throws InterruptedException {
        lock.lock();
        try {
            if (!ended && !last && batch == null) {
                requested = max;
                changed.signalAll();
            }
            while (batch == null && !ended) {
                changed.await();
            }
            if (batch != null) {
                List<Object> items = batch;
                batch = null;
                return items;
            }
            if (failure != null) {
                throw Failures.unchecked(failure);
            }
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    /** The consumer is done with the stream: the worker closes the generator and is released. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------ worker side

    /** Waits for the consumer's next request: its size, or {@link #CLOSED} or {@link #IDLE}. */
    int awaitRequest(long idleNanos) throws InterruptedException {
        lock.lock();
        try {
            long remaining = idleNanos;
            while (requested == 0 && !closed && !ended) {
                if (remaining <= 0) {
                    return IDLE;
                }
                remaining = changed.awaitNanos(remaining);
            }
            if (closed || ended) {
                return CLOSED;
            }
            int n = requested;
            requested = 0;
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Hands over items; {@code exhausted} when the generator has no more. */
    void deliver(List<Object> items, boolean exhausted) {
        lock.lock();
        try {
            if (ended) {
                return;
            }
            batch = items;
            last = exhausted;
            if (exhausted) {
                ended = true;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The call ended (success, failure, deadline, cancel, shutdown): a waiting consumer gets the
     * items already delivered and then {@code cause}; a waiting worker stops. Idempotent.
     */
    void end(Throwable cause) {
        lock.lock();
        try {
            if (!ended) {
                ended = true;
                failure = cause;
            }
            changed.signalAll();
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

    void pulling(boolean inPython) {
        pulling = inPython;
    }

    /** Whether stopping the call must interrupt Python now (the worker is pulling), rather than only wake the worker. */
    boolean isPulling() {
        return pulling;
    }
}
