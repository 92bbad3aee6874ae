package io.interpy.internal.pool;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The future a caller gets. Cancelling it is the caller's way to stop Python, so
 * {@code cancel(true)} interrupts a running call and {@code cancel(false)} lets it run and drops
 * the result; a queued call is removed either way. Completing it from outside (for example with
 * {@code orTimeout}) counts as {@code cancel(false)}. Derived futures ({@code thenApply}) are
 * plain {@code CompletableFuture}s: cancelling them does not reach back here.
 *
 * <p>A worker thread completes this future, and a plain {@code CompletableFuture} runs the stages
 * chained onto it before completion in the completing thread. So every stage method chains its
 * stage asynchronously on the pool's completion executor while the call is pending, and as usual
 * (in the caller's thread) once it is done: caller code never runs on a Python worker thread.
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

    /** Where stages chained before completion run, and {@code *Async} stages without an executor. */
    @Override
    public Executor defaultExecutor() {
        return pool.settings().completionExecutor();
    }

    /** Whether a stage chained now would run in the completing worker's thread. */
    private boolean pending() {
        return !isDone();
    }

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return pending() ? thenApplyAsync(fn) : super.thenApply(fn);
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return pending() ? thenAcceptAsync(action) : super.thenAccept(action);
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        return pending() ? thenRunAsync(action) : super.thenRun(action);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return pending() ? thenCombineAsync(other, fn) : super.thenCombine(other, fn);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return pending() ? thenAcceptBothAsync(other, action) : super.thenAcceptBoth(other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return pending() ? runAfterBothAsync(other, action) : super.runAfterBoth(other, action);
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return pending() ? applyToEitherAsync(other, fn) : super.applyToEither(other, fn);
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return pending() ? acceptEitherAsync(other, action) : super.acceptEither(other, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return pending() ? runAfterEitherAsync(other, action) : super.runAfterEither(other, action);
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return pending() ? thenComposeAsync(fn) : super.thenCompose(fn);
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return pending() ? whenCompleteAsync(action) : super.whenComplete(action);
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return pending() ? handleAsync(fn) : super.handle(fn);
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return pending() ? exceptionallyAsync(fn) : super.exceptionally(fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return pending() ? exceptionallyComposeAsync(fn) : super.exceptionallyCompose(fn);
    }

    /** A copy or minimal stage relays this future's result; its own dependents must not run on the worker either. */
    @Override
    public CompletableFuture<T> copy() {
        return pending() ? thenApplyAsync(Function.identity()) : super.copy();
    }

    @Override
    public CompletionStage<T> minimalCompletionStage() {
        return pending() ? thenApplyAsync(Function.<T>identity()).minimalCompletionStage() : super.minimalCompletionStage();
    }

    @Override
    public String toString() {
        return "CallFuture[" + call.target() + ", " + super.toString() + "]";
    }
}
