package io.interpy.internal.pool;

import io.interpy.WorkerStartException;
import io.interpy.event.RetireReason;

/**
 * The one narrow interface between a worker and its pool (as HikariCP's bag talks to its pool
 * through one listener): what a worker asks for (an interpreter, the next call, whether it may
 * retire) and what it reports (started, start failed, retired, exited, finished a call). The
 * pool implements it; the worker knows nothing else of the pool, so its lifecycle can be driven
 * by a stub interpreter in tests.
 */
interface WorkerHost {

    /** @throws WorkerStartException when no interpreter can be created now */
    Interpreter newInterpreter();

    /**
     * The next call, waiting up to {@code timeoutNanos}; null on timeout or once closing.
     * {@code announced}: this worker said {@link #returning} since its last poll.
     */
    PendingCall nextCall(long timeoutNanos, boolean announced) throws InterruptedException;

    /** Says the worker that is finishing a call will poll at once, so a new call waits for it. */
    void returning();

    /** Takes back {@link #returning} for a worker that will not poll after all (its thread ends). */
    void notReturning();

    /** Asked by an idle worker: true when the pool has more than it keeps, and this one may leave. */
    boolean retireIdle();

    /** Waits before another start attempt; false once the pool is closing. */
    boolean awaitRetry(long millis) throws InterruptedException;

    boolean isClosing();

    /** The pool and its state, for log lines and exception messages. */
    String describe();

    /** A call the worker took but did not run because its deadline had passed meanwhile. */
    Throwable expired(PendingCall call);

    /** Its Python code was stopped, or it was cancelled before it ran: the failure its future gets if nobody decided otherwise. */
    RuntimeException stopped(PendingCall call);

    void started(Worker worker, long nanos);

    void startFailed(Worker worker, WorkerStartException e);

    /** The worker closed an interpreter; {@code replacing}: it starts another one at once. */
    void retired(Worker worker, RetireReason reason, boolean replacing);

    /** The worker's thread ends; {@code whileStarting}: it had not got an interpreter this round. */
    void exited(Worker worker, RetireReason reason, boolean whileStarting);

    /** A call the worker ran has ended with {@code value} or {@code failure}. */
    void finished(PendingCall call, Object value, Throwable failure);

    /** The version of the Python sources new interpreters see ({@link InterpreterSource#sourceGeneration}). */
    long sourceGeneration();
}
