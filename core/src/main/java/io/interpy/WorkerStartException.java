package io.interpy;

/**
 * A worker's GraalPy context could not be created or could not import its preload modules.
 * Thrown by {@code build()} when not even the first worker starts, and used as the cause of a
 * call that waited for a worker that never came.
 */
public class WorkerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
