package io.interpy.event;

/**
 * Events a pool reports, for metrics and tracing ({@code InterpreterExecutor.addListener}). Called
 * on the thread where the event happens (a worker, the housekeeper, a caller), before the caller's
 * future completes, so implementations must be quick. One admitted call produces exactly one
 * {@link #callFinished}; a refused one exactly one {@link #callRejected}. An exception thrown by a
 * listener is logged and otherwise ignored.
 */
public interface PoolListener {

    /**
     * A call ended after it was admitted.
     *
     * @param outcome   how it ended (never {@link CallOutcome#REJECTED})
     * @param runNanos  time spent running in a worker (0 when it never left the queue)
     * @param waitNanos time spent in the queue, up to when it started or ended without starting
     */
    default void callFinished(String target, CallOutcome outcome, long runNanos, long waitNanos) {
    }

    /** A call was refused at submission: pool full or shut down. */
    default void callRejected(String target) {
    }

    /**
     * A worker created a fresh context, which took {@code nanos}. A listener added after
     * {@code build()} first hears the starts of the workers that started before any listener.
     */
    default void workerStarted(long nanos) {
    }

    /** A worker closed its context. */
    default void workerRetired(RetireReason reason) {
    }
}
