package io.interpy.internal.pool;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collection;

/**
 * One worker's interpreter as the pool sees it: GraalPy's context in production
 * ({@link WorkerContext}), a stub in the pool's state-machine tests, which must run in
 * milliseconds and script what GraalPy does (block, ignore interrupts, fail to start).
 * Only the owning worker thread calls it, except {@link #interrupt} and {@link #cancel}.
 */
interface Interpreter {

    /** Calls a function with arguments encoded in the caller's thread; the result is decoded as {@code resultType}. */
    Object call(String target, String payload, Type resultType);

    /**
     * Calls a function and hands what its generator (or iterable, or async iterator) yields to
     * {@code channel}, batch by batch as the consumer asks, until it is exhausted, the consumer
     * closes it, the call ends, or no request comes for {@code idleNanos}; then the generator is
     * closed. Returns normally when the stream ended by itself or was closed.
     */
    Object stream(String target, String payload, Type elementType, StreamChannel channel, long idleNanos);

    /**
     * From another thread, while {@code target}'s code is running: asks it to stop by itself.
     * True when it will (it waits in the event loop, where the stop becomes a CancelledError, or
     * a stream waits for its consumer), so no interrupt is needed yet.
     */
    boolean stopSoftly();

    /** Null when {@code target} accepts the arguments, else what is wrong. */
    String checkSignature(String target, int positionalArgs, Collection<String> keywordNames);

    /**
     * Runs {@code body} in this interpreter. A {@code PythonException} or {@code ConversionException}
     * means the call failed and the interpreter is fine; {@link Stopped} that the code was
     * interrupted (or the interpreter cancelled, then {@link #isBroken()}); any other exception
     * that the interpreter must not be reused.
     */
    Object run(CallBody body, String target);

    /** From another thread: stops the running code; false when it did not stop within {@code wait}. */
    boolean interrupt(Duration wait);

    /** From another thread: kills the interpreter so its thread leaves the code; it is broken after. */
    void cancel();

    void markBroken();

    boolean isBroken();

    void close();

    /** The running code was stopped by {@link #interrupt} or {@link #cancel}. No stack trace: it is a verdict, not a bug. */
    final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(String message) {
            super(message, null, false, false);
        }
    }
}
