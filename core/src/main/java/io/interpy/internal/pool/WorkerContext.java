package io.interpy.internal.pool;

import io.interpy.PythonException;
import io.interpy.WorkerStartException;
import io.interpy.internal.convert.PythonRuntime;
import io.interpy.internal.sandbox.ContextFileSystem;
import io.interpy.internal.sandbox.ModuleRoots;
import io.interpy.internal.sandbox.SandboxedContexts;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One worker's GraalPy context and what the worker keeps beside it: the Python runtime helpers
 * and resolved functions. Only the owning worker thread enters it; {@link #interrupt} and
 * {@link #cancel} are the two operations other threads may call, because GraalPy offers them
 * precisely to stop code running on another thread.
 */
final class WorkerContext implements Interpreter {

    /** How long one pull of a stream may gather items before it hands over what it has. */
    private static final long STREAM_BATCH_BUDGET_NANOS = 5_000_000;

    private final Context context;
    private final ContextFileSystem files;
    private final PythonRuntime runtime;
    private final Map<String, Value> functions = new HashMap<>();
    private final StopSignal stop;
    private volatile boolean broken;

    private WorkerContext(Context context, ContextFileSystem files, PythonRuntime runtime, StopSignal stop) {
        this.context = context;
        this.files = files;
        this.runtime = runtime;
        this.stop = stop;
    }

    /**
     * What another thread sets to stop the running code softly and what the code reports back:
     * read by Python's event loop and by a stream waiting for its consumer.
     */
    private static final class StopSignal {
        volatile boolean requested;
        volatile boolean awaiting;
        volatile StreamChannel stream;
    }

    /**
     * Builds a context on the shared engine and imports the preload modules in it. A failure
     * closes whatever was created, so a failed start leaks no context.
     */
    static WorkerContext start(Engine engine, ExecutorSettings settings, ModuleRoots roots, PythonOutput output) {
        ContextFileSystem files = ContextFileSystem.create(roots, settings.sandbox(), settings.tempDirectoryMaxSize());
        Context context;
        try {
            Context.Builder builder = SandboxedContexts.newBuilder(engine, settings.sandbox(), roots, files, settings.timeZone());
            settings.contextOptions().forEach(builder::option);
            output.configure(builder);
            context = settings.contextFactory().create(builder);
        } catch (Exception e) {
            files.close();
            throw new WorkerStartException("pool '" + settings.name() + "' could not create a GraalPy context: " + e.getMessage(), e);
        }
        try {
            StopSignal stop = new StopSignal();
            PythonRuntime runtime = PythonRuntime.load(context, () -> stop.requested, awaiting -> stop.awaiting = awaiting);
            try {
                SandboxedContexts.prepare(context, roots, settings.sandbox());
            } catch (PolyglotException e) {
                throw new WorkerStartException("pool '" + settings.name() + "' could not prepare a new context (.pth files of "
                        + roots.siteDirectories() + ", " + roots.describe() + "): " + e.getMessage(), e);
            }
            for (String module : settings.preloadModules()) {
                try {
                    context.eval("python", "import " + module);
                } catch (PolyglotException e) {
                    throw new WorkerStartException("pool '" + settings.name() + "' could not import preload module '"
                            + module + "' (" + roots.describe() + "): " + e.getMessage(), e);
                }
            }
            return new WorkerContext(context, files, runtime, stop);
        } catch (RuntimeException | Error e) {
            closeQuietly(context, true);
            files.close();
            if (e instanceof WorkerStartException) {
                throw e;
            }
            throw new WorkerStartException("pool '" + settings.name() + "' could not start a worker: " + e.getMessage(), e);
        }
    }

    @Override
    public Object call(String target, String payload, java.lang.reflect.Type resultType) {
        return runtime.invokeEncoded(function(target), target, payload, resultType);
    }

    @Override
    public Object stream(String target, String payload, Type elementType, StreamChannel channel, long idleNanos) {
        Value handle = runtime.streamStart(function(target), target, payload);
        stop.stream = channel;
        boolean open = true;
        try {
            long sent = 0;
            while (true) {
                int limit = channel.awaitRequest(idleNanos);
                if (limit == StreamChannel.CLOSED) {
                    break;
                }
                if (limit == StreamChannel.IDLE) {
                    throw new StreamIdleException(target, idleNanos);
                }
                PythonRuntime.Batch batch;
                channel.pulling(true);
                try {
                    batch = runtime.streamNext(handle, target, limit, STREAM_BATCH_BUDGET_NANOS, elementType, sent);
                } finally {
                    channel.pulling(false);
                }
                sent += batch.items().size();
                if (batch.misfit() != null) {
                    if (!batch.items().isEmpty()) {
                        channel.deliver(batch.items(), false);
                    }
                    throw batch.misfit(); // the generator is left to be closed
                }
                channel.deliver(batch.items(), batch.exhausted());
                if (batch.exhausted()) {
                    open = false;
                    break;
                }
            }
        } catch (PythonException | PolyglotException e) {
            open = false; // the generator raised, or was interrupted: it is finished either way
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped("worker thread interrupted");
        } finally {
            stop.stream = null;
            if (open) {
                stop.requested = false; // closing is how the stream stops: its own await must not be cancelled
                PythonException closing = runtime.streamClose(handle, target);
                if (closing != null) {
                    throw closing;
                }
            }
        }
        return null;
    }

    @Override
    public boolean stopSoftly() {
        stop.requested = true;
        StreamChannel stream = stop.stream;
        return stop.awaiting || stream != null && !stream.isPulling();
    }

    @Override
    public String checkSignature(String target, int positionalArgs, Collection<String> keywordNames) {
        return runtime.checkSignature(function(target), positionalArgs, keywordNames);
    }

    private Value function(String target) {
        Value fn = functions.get(target);
        if (fn == null) {
            fn = runtime.resolve(target);
            functions.put(target, fn);
        }
        return fn;
    }

    /**
     * Stops the running Python code, from another thread. Returns false when GraalPy could not
     * stop it in time; the caller then cancels the context.
     */
    @Override
    public boolean interrupt(Duration wait) {
        try {
            context.interrupt(wait);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (RuntimeException e) {
            // already closed or closing: nothing left to interrupt
            return true;
        }
    }

    /** Kills the context from another thread; the owner sees a cancelled PolyglotException and replaces it. */
    @Override
    public void cancel() {
        broken = true;
        closeQuietly(context, true);
        files.close();
    }

    /** Marks the context as not to be reused (after an exit, a resource limit, an internal error). */
    @Override
    public void markBroken() {
        broken = true;
    }

    @Override
    public boolean isBroken() {
        return broken;
    }

    @Override
    public void close() {
        closeQuietly(context, broken);
        files.close();
    }

    private static void closeQuietly(Context context, boolean cancel) {
        try {
            context.close(cancel);
        } catch (PolyglotException | IllegalStateException e) {
            if (!cancel) {
                try {
                    context.close(true);
                } catch (RuntimeException ignored) {
                    // the context is gone either way
                }
            }
        }
    }

    /**
     * Maps what GraalPy throws onto the pool's three verdicts: the call failed, the code was
     * stopped, or the context is broken (exit, resource limit, internal error: marked here).
     */
    @Override
    public Object run(CallBody body, String target) {
        stop.requested = false;
        try {
            return body.run(this);
        } catch (PolyglotException e) {
            if (e.isCancelled()) {
                broken = true;
                throw new Stopped("context cancelled");
            }
            if (e.isInterrupted()) {
                throw new Stopped("interrupted");
            }
            throw failure(target, e);
        }
    }

    /**
     * Maps a PolyglotException that escaped the Python runtime's own exception handling (it
     * catches every Python exception itself) and decides whether the context can be reused.
     */
    private RuntimeException failure(String target, PolyglotException e) {
        if (e.isExit()) {
            broken = true;
            return new PythonException(target, "SystemExit", "Python code exited the interpreter with status "
                    + e.getExitStatus() + "; the worker's context was replaced", "", null);
        }
        if (e.isCancelled() || e.isResourceExhausted() || e.isInternalError()) {
            broken = true;
        }
        String type = e.isHostException() ? "HostException(" + e.asHostException().getClass().getName() + ")"
                : e.isResourceExhausted() ? "ResourceExhausted"
                : e.isInternalError() ? "InternalError"
                : e.getGuestObject() != null && e.getGuestObject().getMetaObject() != null
                        ? e.getGuestObject().getMetaObject().getMetaQualifiedName() : "PolyglotException";
        return new PythonException(target, type, e.getMessage(), "", null);
    }
}
