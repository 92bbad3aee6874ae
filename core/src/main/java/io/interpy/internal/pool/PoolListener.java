package io.interpy.internal.pool;

import io.interpy.CallTimeoutException;
import io.interpy.ConversionException;
import io.interpy.PythonException;
import java.util.concurrent.CancellationException;

/**
 * Events a pool reports for metrics. Called on the thread where the event happens (a worker,
 * the housekeeper, a caller), before the caller's future completes, so implementations must be
 * quick. One call produces exactly one {@link #callFinished} or one {@link #callRejected}.
 * An exception thrown by a listener is logged and otherwise ignored.
 *
 * <p>The outcome and reason strings are public contract: they become metric tag values.
 */
public interface PoolListener {

    String SUCCESS = "success";
    String PYTHON_ERROR = "python_error";
    String CONVERSION_ERROR = "conversion_error";
    String TIMEOUT = "timeout";
    String CANCELLED = "cancelled";
    String REJECTED = "rejected";
    /** Anything else: no worker could start in time, or an unexpected Java error in a worker. */
    String ERROR = "error";

    /**
     * A call ended after it was admitted.
     *
     * @param outcome   success, python_error, conversion_error, timeout, cancelled or error
     * @param runNanos  time spent running in a worker (0 when it never left the queue)
     * @param waitNanos time spent in the queue, up to when it started or ended without starting
     */
    default void callFinished(String target, String outcome, long runNanos, long waitNanos) {
    }

    /** A call was refused at submission (outcome {@link #REJECTED}): pool full or shut down. */
    default void callRejected(String target) {
    }

    /**
     * A worker created a fresh context, which took {@code nanos}. A listener added after
     * {@code build()} first hears the starts of the workers that started before any listener.
     */
    default void workerStarted(long nanos) {
    }

    /**
     * A worker closed its context.
     *
     * @param reason idle, max_tasks, max_age, broken, timeout (a deadline had to cancel the
     *               context because Python ignored the interrupt) or shutdown
     */
    default void workerRetired(String reason) {
    }

    static String outcomeOf(Throwable failure) {
        if (failure instanceof PythonException) {
            return PYTHON_ERROR;
        }
        if (failure instanceof ConversionException) {
            return CONVERSION_ERROR;
        }
        if (failure instanceof CallTimeoutException) {
            return TIMEOUT;
        }
        if (failure instanceof CancellationException) {
            return CANCELLED;
        }
        return ERROR;
    }
}
