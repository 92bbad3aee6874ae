package io.interpy.event;

import java.util.Locale;

/** Why a worker closed its context, as {@link PoolListener#workerRetired} and the {@code reason} metric tag report it. */
public enum RetireReason {
    /** Above {@code minSize} and idle for {@code idleTimeout}. */
    IDLE,
    /** It ran {@code maxTasksPerWorker} calls. */
    MAX_TASKS,
    /** It reached {@code maxWorkerAge}. */
    MAX_AGE,
    /** Its context failed (a crash, a cancelled context, an unexpected Java error). */
    BROKEN,
    /** A deadline had to cancel the context because Python ignored the interrupt. */
    TIMEOUT,
    /** A Python source under a directory module root changed and {@code reloadModules} is on. */
    RELOADED,
    /** The pool shut down. */
    SHUTDOWN;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** The metric tag value ({@code max_tasks}); stable across releases. */
    public String tag() {
        return tag;
    }
}
