package io.interpy.internal.pool;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The future a caller gets. Cancelling it is the caller's way to stop Python, so
 * {@code cancel(true)} interrupts a running call and {@code cancel(false)} lets it run and drops
 * the result; a queued call is removed either way. Completing it from outside (for example with
 * {@code orTimeout}) counts as {@code cancel(false)}. Derived futures ({@code thenApply}) are
 * plain {@code CompletableFuture}s: cancelling them does not reach back here.
 */
final class CallFuture<T> extends CompletableFuture<T> {

    private final PendingCall call;
    private final InterpreterPool pool;

    CallFuture(PendingCall call, InterpreterPool pool) {
        this.call = call;
        this.pool = pool;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            pool.abandon(call, mayInterruptIfRunning);
        }
        return cancelled;
    }

    @Override
    public boolean complete(T value) {
        boolean completed = super.complete(value);
        if (completed) {
            pool.abandon(call, false);
        }
        return completed;
    }

    @Override
    public boolean completeExceptionally(Throwable ex) {
        boolean completed = super.completeExceptionally(ex);
        if (completed) {
            pool.abandon(call, false);
        }
        return completed;
    }

    /**
     * Spins as long as a worker does after a call ({@code interpy.queue.spinMicros}) before
     * parking: a short call's result then arrives while the caller is still running, which saves
     * the unpark of the caller (several µs, tens on a busy machine) on a round trip of about 10 µs.
     */
    @Override
    public T join() {
        spinUntilDone();
        return super.join();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        spinUntilDone();
        return super.get();
    }

    private void spinUntilDone() {
        long nanos = CallQueue.SPIN_NANOS;
        if (nanos <= 0 || isDone()) {
            return;
        }
        long start = System.nanoTime();
        while (!isDone() && System.nanoTime() - start < nanos) {
            Thread.onSpinWait();
        }
    }

    /** Completion by the pool itself, which has already settled the call's state. */
    @SuppressWarnings("unchecked")
    void settle(Object value) {
        super.complete((T) value);
    }

    void settleExceptionally(Throwable ex) {
        super.completeExceptionally(ex);
    }

    @Override
    public String toString() {
        return "CallFuture[" + call.target() + ", " + super.toString() + "]";
    }
}
