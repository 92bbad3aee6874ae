package io.interpy;

/**
 * An immutable snapshot of an executor, cheap enough to take on every metrics scrape. Its
 * {@link #toString()} is what timeout and rejection messages carry, so a log line shows the
 * pool's state at the moment something went wrong (as HikariCP's do).
 *
 * @param name             the executor's name
 * @param state            RUNNING, SHUTTING_DOWN or TERMINATED
 * @param size             workers that exist now, starting ones included
 * @param active           workers running a call
 * @param idle             workers ready and waiting for a call
 * @param starting         workers creating their context
 * @param queued           calls waiting for a worker
 * @param minSize          configured minimum
 * @param maxSize          configured maximum
 * @param completed        calls that returned a value
 * @param failed           calls that ended with any error (Python exception, timeout, conversion)
 * @param timedOut         calls that hit their timeout (also counted in {@code failed})
 * @param cancelled        calls whose future the caller cancelled or completed itself
 * @param rejected         calls refused because the pool was full or shut down
 * @param created          workers ever started (each fresh context counts once)
 * @param retired          workers (contexts) ever closed
 * @param threadsCreated   worker threads ever started
 * @param threadsClosed    worker threads that have ended
 * @param contextsCreated  GraalPy contexts ever created
 * @param contextsClosed   GraalPy contexts ever closed
 * @param jitEnabled       whether the Truffle JIT runtime is active (false: interpreter only, several times slower)
 */
public record ExecutorStats(
        String name,
        String state,
        int size,
        int active,
        int idle,
        int starting,
        int queued,
        int minSize,
        int maxSize,
        long completed,
        long failed,
        long timedOut,
        long cancelled,
        long rejected,
        long created,
        long retired,
        long threadsCreated,
        long threadsClosed,
        long contextsCreated,
        long contextsClosed,
        boolean jitEnabled) {

    /** Worker threads alive now: created minus closed. */
    public long liveThreads() {
        return threadsCreated - threadsClosed;
    }

    /** Contexts open now: created minus closed. */
    public long liveContexts() {
        return contextsCreated - contextsClosed;
    }

    @Override
    public String toString() {
        return "pool '" + name + "' " + state + " (total=" + size + ", active=" + active + ", idle=" + idle
                + ", starting=" + starting + ", waiting=" + queued + ", min=" + minSize + ", max=" + maxSize + ")";
    }
}
