package io.interpy;

import io.interpy.event.PoolListener;
import io.interpy.internal.convert.CallEncoder;
import io.interpy.internal.pool.ExecutorSettings;
import io.interpy.internal.pool.InterpreterPool;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import io.interpy.internal.pool.StreamedCall;

/**
 * Runs Python functions in a pool of isolated GraalPy contexts, each owned by one worker thread,
 * so calls run in parallel on every core (one context is serialized by its own GIL). It plays
 * the role of anyio's {@code to_interpreter.run_sync} for Java, with what that lacks: timeouts
 * and {@code cancel(true)} that really stop the Python code, and workers that are replaced
 * after failures.
 *
 * <p>Arguments are deep-copied into Python and results deep-copied out, so no Python object or
 * live view ever leaves its worker and completed futures hold plain Java values only. Calls
 * never throw for Python problems: those complete the future exceptionally. A call is only
 * refused synchronously ({@link RejectedExecutionException}) when the pool is full or shut down,
 * and fails synchronously for an argument that cannot be converted ({@link ConversionException}).
 *
 * <pre>{@code
 * try (InterpreterExecutor executor = InterpreterExecutor.builder().name("analytics").maxSize(4).build()) {
 *     CompletableFuture<Integer> sum = executor.call("mymod:add", Integer.class, 1, 2);
 * }
 * }</pre>
 */
public final class InterpreterExecutor implements AutoCloseable {

    private final ExecutorSettings settings;
    private final InterpreterPool pool;

    InterpreterExecutor(ExecutorSettings settings) {
        this.settings = settings;
        this.pool = new InterpreterPool(settings);
    }

    public static InterpreterExecutorBuilder builder() {
        return new InterpreterExecutorBuilder();
    }

    /** Calls {@code "module:function"} with positional arguments and converts the result to {@code type}. */
    public <T> CompletableFuture<T> call(String target, Class<T> type, Object... args) {
        return call(PythonCall.target(target).args(args), TypeRef.of(type));
    }

    /** Calls with keyword arguments or a timeout, converting the result to {@code type}. */
    public <T> CompletableFuture<T> call(PythonCall call, Class<T> type) {
        return call(call, TypeRef.of(type));
    }

    /** Calls and converts the result to a generic type such as {@code new TypeRef<List<String>>() {}}. */
    public <T> CompletableFuture<T> call(PythonCall call, TypeRef<T> type) {
        return submit(call, type.type());
    }

    /** Calls and converts the result to a reflected type (for frameworks that have a {@link Type}). */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> call(PythonCall call, Type type) {
        return (CompletableFuture<T>) submit(call, type);
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> submit(PythonCall call, Type type) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(type, "type");
        // Encoded only once admitted: a rejected call costs no encoding.
        return (CompletableFuture<T>) pool.submitCall(call.target(),
                () -> CallEncoder.encode(call.arguments(), call.keywordArguments()), type, call.timeout());
    }

    /**
     * Calls a Python function that returns a generator (or any iterable, or an async iterator,
     * or a coroutine giving one) and streams its items, each converted to {@code elementType}
     * as it is produced: the sequence is never held whole, so a generator of millions of items
     * streams in constant memory.
     *
     * <p><b>The lease rule.</b> The worker that runs the call is held by the stream, and runs
     * nothing else, until the stream is exhausted, closed ({@link Stream#close()}, e.g. by
     * try-with-resources), fails, reaches the call's timeout (which covers the whole stream), or
     * is not read for {@link InterpreterExecutorBuilder#streamIdleTimeout}. Then the generator
     * is closed, so its {@code finally} blocks run, and the worker takes its next call. Close
     * streams you do not read to the end.
     *
     * <p>Items are pulled in batches of up to {@value #STREAM_BATCH} (fewer when the generator is
     * slow: a pull hands over what it has after 5 ms), so Python runs at most one batch ahead of
     * the consumer. A Python exception reaches the consumer at the item where it was raised, as
     * {@link PythonException}; a timeout as {@link UncheckedCallTimeoutException}. The call is
     * queued at once; the first item is waited for when the stream is first read.
     *
     * <pre>{@code
     * try (Stream<String> lines = executor.stream(PythonCall.target("report:lines").args(day), TypeRef.of(String.class))) {
     *     lines.forEach(out::println);
     * }
     * }</pre>
     *
     * @throws RejectedExecutionException when the pool is full or shut down
     * @throws ConversionException        when an argument cannot be converted
     */
    public <E> Stream<E> stream(PythonCall call, TypeRef<E> elementType) {
        return stream(call, elementType.type());
    }

    /** {@link #stream(PythonCall, TypeRef)} for a reflected element type. */
    @SuppressWarnings("unchecked")
    public <E> Stream<E> stream(PythonCall call, Type elementType) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(elementType, "elementType");
        StreamedCall items = pool.submitStream(call.target(),
                () -> CallEncoder.encode(call.arguments(), call.keywordArguments()), elementType, call.timeout(),
                STREAM_BATCH);
        Spliterator<Object> spliterator = Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED);
        return (Stream<E>) StreamSupport.stream(spliterator, false).onClose(items::close);
    }

    /** The most items one hand-off of a stream carries. */
    public static final int STREAM_BATCH = 256;

    /**
     * Checks in a worker that {@code target} imports, is callable, and that its signature accepts
     * that many positional arguments and these keyword names. Completes exceptionally with an
     * {@link IllegalArgumentException} saying what is wrong, or a {@link PythonException} when
     * the module cannot be imported. Frameworks use it to fail at startup, not at the first call.
     */
    public CompletableFuture<Void> verify(String target, int positionalArgs, Collection<String> keywordNames) {
        PythonCall.validateTarget(target);
        List<String> names = List.copyOf(keywordNames);
        CompletableFuture<Object> check = pool.submitVerify(target, positionalArgs, names);
        return check.thenApply(problem -> {
            if (problem != null) {
                throw new IllegalArgumentException("Python function " + target + " does not accept "
                        + positionalArgs + " positional argument(s)" + (names.isEmpty() ? "" : " and keywords " + names)
                        + ": " + problem);
            }
            return null;
        });
    }

    /**
     * Completes when the first {@code minSize} workers have started (at once after a blocking
     * {@link InterpreterExecutorBuilder#build()}), or exceptionally with a {@link WorkerStartException}
     * when one of them failed to; the pool keeps retrying such a worker. With
     * {@link InterpreterExecutorBuilder#prestartInBackground(boolean)} this is how an application
     * waits for its pool, e.g. before it reports itself ready.
     */
    public CompletableFuture<Void> prestarted() {
        return pool.prestarted();
    }

    /** A consistent snapshot of sizes and counters. */
    public ExecutorStats stats() {
        return pool.stats();
    }

    /** What each worker is doing now. */
    public List<WorkerInfo> workers() {
        return pool.workers();
    }

    public String name() {
        return settings.name();
    }

    /** Whether Python is compiled by the Truffle JIT (false: interpreter only, several times slower). */
    public boolean isJitEnabled() {
        return pool.isJitEnabled();
    }

    /** The last error that kept a worker from starting, or {@code null} once a worker started since. */
    public WorkerStartException lastStartFailure() {
        return pool.lastStartFailure();
    }

    /** The module roots Python imports from, as configured. */
    public List<String> pythonPath() {
        return settings.pythonPath();
    }

    /** Registers a listener for metrics; see {@link PoolListener}. */
    public void addListener(PoolListener listener) {
        pool.addListener(listener);
    }

    /**
     * Stops accepting calls, cancels queued ones, lets running calls finish for up to
     * {@code awaitTermination}, then interrupts them, closes every context and the engine and
     * joins the worker threads. Safe to call repeatedly and from several threads; later callers
     * wait for the first to finish.
     */
    public void shutdown(Duration awaitTermination) {
        pool.shutdown(Objects.requireNonNull(awaitTermination, "awaitTermination"));
    }

    /** {@link #shutdown(Duration)} with the builder's {@code awaitTermination}. */
    @Override
    public void close() {
        shutdown(settings.awaitTermination());
    }

    public boolean isShutdown() {
        return pool.isShutdown();
    }

    public boolean isTerminated() {
        return pool.isTerminated();
    }

    @Override
    public String toString() {
        return "InterpreterExecutor[" + pool.stats() + "]";
    }

}
