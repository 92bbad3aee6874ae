package io.interpy.internal.pool;

import io.interpy.CallTimeoutException;
import io.interpy.ConversionException;
import io.interpy.PythonException;
import java.util.concurrent.CancellationException;

/**
 * Events a pool reports for metrics. Called on the thread where the event happens (a worker,
 * the housekeeper, a caller), so implementations must be quick and must not throw.
 */
public interface PoolListener {

    /**
     * A call ended.
     *
     * @param outcome   success, python_error, conversion_error, timeout, cancelled or error
     * @param runNanos  time spent running in Python (0 when it never ran)
     * @param waitNanos time spent waiting in the queue (0 when unknown)
     */
    default void callFinished(String target, String outcome, long runNanos, long waitNanos) {
    }

    default void callRejected(String target) {
    }

    default void workerStarted(long nanos) {
    }

    /** @param reason idle, max_tasks, max_age, broken or shutdown */
    default void workerRetired(String reason) {
    }

    static String outcomeOf(Throwable failure) {
        if (failure instanceof PythonException) {
            return "python_error";
        }
        if (failure instanceof ConversionException) {
            return "conversion_error";
        }
        if (failure instanceof CallTimeoutException) {
            return "timeout";
        }
        if (failure instanceof CancellationException) {
            return "cancelled";
        }
        return "error";
    }
}
