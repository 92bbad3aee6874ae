package io.interpy.internal.pool;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one logger of a pool, {@code io.interpy.pool.<name>}: its start, workers, slow calls, timeouts,
 * rejections and shutdown come from it whichever class writes them, so one logger level controls all of
 * one pool's lines and two pools can be configured apart. Python's own output has its own logger,
 * {@code io.interpy.python.<name>}.
 */
final class PoolLog {

    static final String PREFIX = "io.interpy.pool.";

    private PoolLog() {
    }

    static Logger of(String poolName) {
        return LoggerFactory.getLogger(PREFIX + poolName);
    }
}
