package io.interpy.internal.pool;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The consumer's end of a streamed call: an iterator that asks the worker for the next batch
 * when the last one is used up, and gives the worker back when closed. Not thread-safe, like
 * any iterator; {@link #close()} may come from another thread (a reactive cancel).
 */
public final class StreamedCall implements Iterator<Object>, AutoCloseable {

    private final StreamChannel channel;
    private final CompletableFuture<Object> call;
    private final int batchSize;
    private List<Object> batch = List.of();
    private int index;
    private boolean finished;

    StreamedCall(StreamChannel channel, CompletableFuture<Object> call, int batchSize) {
        this.channel = channel;
        this.call = call;
        this.batchSize = batchSize;
    }

    @Override
    public boolean hasNext() {
        while (index >= batch.size()) {
            if (finished) {
                return false;
            }
            try {
                batch = channel.take(batchSize);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new CancellationException("interrupted while waiting for the next item of a Python stream");
            } catch (RuntimeException e) {
                finished = true;
                batch = List.of();
                throw e;
            }
            index = 0;
            if (batch.isEmpty()) {
                finished = true;
                return false;
            }
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the Python stream has no more items");
        }
        return batch.get(index++);
    }

    /**
     * Ends the stream: the worker closes the generator (its {@code finally} blocks run) and
     * takes its next call. Idempotent; after the end of the stream it does nothing.
     */
    @Override
    public void close() {
        finished = true;
        batch = List.of();
        channel.close();
    }

    /** Completes when the worker is done with the stream (normally, or with the stream's failure). */
    public CompletableFuture<Object> completion() {
        return call;
    }
}
