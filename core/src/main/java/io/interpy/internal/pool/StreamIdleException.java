package io.interpy.internal.pool;

import java.util.concurrent.CancellationException;

/**
 * A stream's consumer stopped asking for items (it neither read on nor closed the stream) for
 * longer than the stream idle timeout: the generator is closed and its worker freed, so an
 * abandoned stream cannot hold a worker forever. A cancellation, because nobody is left to
 * receive the items.
 */
final class StreamIdleException extends CancellationException {

    private static final long serialVersionUID = 1L;

    StreamIdleException(String target, long idleNanos) {
        super("stream of Python call " + target + " was not read for " + idleNanos / 1_000_000
                + " ms; its generator was closed and its worker freed");
    }
}
