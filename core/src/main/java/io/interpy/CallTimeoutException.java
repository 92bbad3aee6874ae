package io.interpy;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * A call did not finish within its timeout (queue wait included). By the time a caller sees
 * this, the Python code has been interrupted or is being interrupted; it does not keep running
 * unseen the way a thread abandoned by {@code Future.get(timeout)} would.
 */
public class CallTimeoutException extends TimeoutException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final Duration timeout;
    private final boolean started;

    public CallTimeoutException(String target, Duration timeout, boolean started, String poolState, Throwable cause) {
        super("Python call " + target + " timed out after " + timeout.toMillis() + " ms "
                + (started ? "while running" : "before a worker took it") + " (" + poolState + ")");
        this.target = target;
        this.timeout = timeout;
        this.started = started;
        if (cause != null) {
            initCause(cause);
        }
    }

    public String target() {
        return target;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Whether the Python function had started: false means the call timed out in the queue. */
    public boolean started() {
        return started;
    }
}
