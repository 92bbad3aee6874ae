package io.interpy.internal.convert;

import io.interpy.ConversionException;
import io.interpy.PythonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One context's view of {@code interpy_runtime.py}: resolve targets, call them with an encoded
 * payload, and turn the response bytes into a result, a {@link PythonException} or a
 * {@link ConversionException}. Python never raises across the boundary; it answers with a
 * tagged response, so a failure costs no polyglot exception translation and arrives as data that
 * stays valid after the context is closed.
 *
 * <p>Not thread-safe: use it only on the context's own thread, like the context.
 */
public final class PythonRuntime {

    static final String RESOURCE = "/io/interpy/internal/interpy_runtime.py";

    /** One Source for all contexts: the shared Engine caches its parsed code by Source. */
    private static final Source SOURCE = loadSource();

    private final Value invoke;
    private final Value resolveForJava;
    private final Value checkSignature;
    private final Value streamStart;
    private final Value streamNext;
    private final Value streamClose;

    private PythonRuntime(Value namespace) {
        this.invoke = namespace.getMember("invoke");
        this.resolveForJava = namespace.getMember("resolve_for_java");
        this.checkSignature = namespace.getMember("check_signature_for_java");
        this.streamStart = namespace.getMember("stream_start");
        this.streamNext = namespace.getMember("stream_next");
        this.streamClose = namespace.getMember("stream_close");
    }

    private static Source loadSource() {
        try (InputStream in = PythonRuntime.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("interpy: resource " + RESOURCE + " missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder("python", text, "interpy_runtime.py").cached(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Evaluates the runtime in the context (once per context) and binds its entry points. */
    public static PythonRuntime load(Context ctx) {
        return load(ctx, () -> false, awaiting -> { });
    }

    /**
     * Evaluates the runtime and binds what a coroutine needs from Java: {@code stopRequested}
     * is polled by the event loop while a coroutine waits (true: the task is cancelled), and
     * {@code awaiting} is told when Python enters and leaves the loop. Both are called on the
     * context's own thread.
     */
    public static PythonRuntime load(Context ctx, BooleanSupplier stopRequested, Consumer<Boolean> awaiting) {
        ctx.eval(SOURCE);
        Value namespace = ctx.getBindings("python").getMember("__interpy_runtime");
        namespace.getMember("bind").execute((ProxyExecutable) args -> stopRequested.getAsBoolean(),
                (ProxyExecutable) args -> {
                    awaiting.accept(args[0].asBoolean());
                    return null;
                });
        return new PythonRuntime(namespace);
    }

    /**
     * The callable named by {@code "module:function.attr"}; callers cache it per worker.
     *
     * @throws PythonException when the module cannot be imported (the message names the target,
     *                         the module and sys.path), an attribute is missing or the object
     *                         is not callable
     */
    public Value resolve(String target) {
        Value pair = resolveForJava.execute(target);
        Value error = pair.getArrayElement(1);
        if (error.isNull()) {
            return pair.getArrayElement(0);
        }
        throw (PythonException) response(readBytes(error), target, true);
    }

    /**
     * Calls {@code fn(*args, **kwargs)} and returns the result as plain Java objects.
     *
     * @throws ConversionException when an argument is unsupported (before Python runs) or the
     *                             result cannot be converted
     * @throws PythonException     when the function raised
     */
    public Object invoke(Value fn, String target, List<?> args, Map<String, ?> kwargs) {
        return invokeEncoded(fn, target, CallEncoder.encode(args, kwargs), Object.class);
    }

    /**
     * {@link #invoke} with arguments already encoded by {@link CallEncoder#encode}, e.g. in the
     * caller's thread, and the result decoded straight into {@code resultType}.
     *
     * @throws ConversionException when the result does not fit {@code resultType}, naming where
     */
    public Object invokeEncoded(Value fn, String target, String payload, Type resultType) {
        byte[] data = readBytes(invoke.execute(fn, payload));
        if (data.length > 0 && data[0] == 'R') {
            return ResultDecoder.decode(data, 1, resultType, "result");
        }
        return response(data, target, false);
    }

    /**
     * Calls {@code fn} for a stream: the generator, iterable or async iterator it returns (after
     * awaiting it, for a coroutine function) stays in the context as the returned handle.
     *
     * @throws PythonException when the call raised
     */
    public Value streamStart(Value fn, String target, String payload) {
        Value pair = streamStart.execute(fn, payload);
        Value error = pair.getArrayElement(1);
        if (error.isNull()) {
            return pair.getArrayElement(0);
        }
        throw (PythonException) response(readBytes(error), target, true);
    }

    /** One batch pulled from a stream's handle. */
    public record Batch(List<Object> items, boolean exhausted, ConversionException misfit) {
    }

    /**
     * Pulls at most {@code limit} items, fewer once pulling took {@code budgetNanos}, each
     * decoded as {@code elementType}; {@code sent} items went before (for the path of a misfit).
     *
     * @throws PythonException     when the generator raised (after the items it produced before)
     * @throws ConversionException when an item cannot be converted in Python; a misfit found in
     *                             Java comes back in the batch, after the items before it
     */
    public Batch streamNext(Value handle, String target, int limit, long budgetNanos, Type elementType, long sent) {
        byte[] data = readBytes(streamNext.execute(handle, limit, budgetNanos));
        if (data.length > 1 && data[0] == 'R') {
            ResultDecoder.Items items = ResultDecoder.decodeItems(data, 2, elementType, sent, "item");
            return new Batch(items.items(), items.misfit() == null && data[1] == 'X', items.misfit());
        }
        response(data, target, false);
        throw new IllegalStateException("interpy: unexpected stream response from " + target);
    }

    /** Closes a stream early (its finally blocks run); what closing raised, or null. */
    public PythonException streamClose(Value handle, String target) {
        Value error = streamClose.execute(handle);
        return error.isNull() ? null : (PythonException) response(readBytes(error), target, true);
    }

    /**
     * Why {@code fn} cannot be called with {@code nargs} positional arguments and these keyword
     * names ({@code "missing a required argument: 'b'"}), or null when it can or when Python
     * cannot tell (builtins without a signature).
     */
    public String checkSignature(Value fn, int nargs, Collection<String> kwnames) {
        Value message = checkSignature.execute(fn, nargs, String.join("\0", kwnames));
        return message.isNull() ? null : message.asString();
    }

    /**
     * Copies a Python bytes object out in one bulk read: per-byte polyglot reads would cost far
     * more than the decoding itself. A str answer (latin-1) is accepted as well.
     */
    static byte[] readBytes(Value v) {
        if (v.hasBufferElements()) {
            long size = v.getBufferSize();
            byte[] out = new byte[Math.toIntExact(size)];
            v.readBuffer(0, out, 0, out.length);
            return out;
        }
        return v.asString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Object response(byte[] data, String target, boolean errorOnly) {
        byte kind = data[0];
        ResultDecoder decoder = new ResultDecoder(data, 1);
        Object body = decoder.value();
        switch (kind) {
            case 'R':
                if (!errorOnly) {
                    return body;
                }
                break;
            case 'E': {
                List<?> e = (List<?>) body;
                PythonException ex = new PythonException(target, (String) e.get(0), (String) e.get(1),
                        (String) e.get(2), frames((List<?>) e.get(3)));
                if (errorOnly) {
                    return ex;
                }
                throw ex;
            }
            case 'C': {
                List<?> c = (List<?>) body;
                throw new ConversionException((String) c.get(0), c.get(1) + " (returned by " + target + ")");
            }
            default:
                break;
        }
        throw new IllegalStateException("interpy: unexpected response kind " + (char) kind + " from " + target);
    }

    private static List<StackTraceElement> frames(List<?> raw) {
        List<StackTraceElement> frames = new ArrayList<>(raw.size());
        for (Object o : raw) {
            List<?> f = (List<?>) o;
            frames.add(new StackTraceElement((String) f.get(0), (String) f.get(1), (String) f.get(2),
                    ((Long) f.get(3)).intValue()));
        }
        return frames;
    }
}
