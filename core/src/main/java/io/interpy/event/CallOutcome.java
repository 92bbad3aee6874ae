package io.interpy.event;

import java.util.Locale;
import java.util.concurrent.CancellationException;

import io.interpy.CallTimeoutException;
import io.interpy.ConversionException;
import io.interpy.PythonException;

/** How a call ended, as {@link PoolListener#callFinished} and the {@code outcome} metric tag report it. */
public enum CallOutcome {
    SUCCESS,
    /** Python raised: the future failed with a {@link PythonException}. */
    PYTHON_ERROR,
    /** An argument or the result could not be converted ({@link ConversionException}). */
    CONVERSION_ERROR,
    /** The call's timeout expired ({@link CallTimeoutException}). */
    TIMEOUT,
    /** The caller or a shutdown cancelled it. */
    CANCELLED,
    /** Refused at submission: pool full or shut down (only {@link PoolListener#callRejected}). */
    REJECTED,
    /** Anything else: no worker could start in time, or an unexpected Java error in a worker. */
    ERROR;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** The metric tag value ({@code python_error}); stable across releases, as dashboards depend on it. */
    public String tag() {
        return tag;
    }

    /** The outcome of a call whose future failed with {@code failure}. */
    public static CallOutcome of(Throwable failure) {
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
