package io.interpy.spring.annotation;

import io.interpy.CallTimeoutException;
import io.interpy.ConversionException;
import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import io.interpy.UncheckedCallTimeoutException;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs one call of a Python method and hands its result over in the form the method's return
 * type asks for ({@link ReturnKind}). A future or reactive return reports every failure through
 * what it returns; a blocking or streamed one throws it, unwrapped: the Python code's exception,
 * a rejection, a conversion failure, or the timeout (checked {@link CallTimeoutException} when
 * the method declares it, {@link UncheckedCallTimeoutException} otherwise).
 */
final class PythonMethodCalls {

    private PythonMethodCalls() {
    }

    static Object invoke(InterpreterMethod plan, InterpreterExecutor executor, ResultMapper mapper, Object[] arguments)
            throws Throwable {
        ReturnKind kind = plan.returnKind();
        switch (kind) {
            case FUTURE, STAGE -> {
                try {
                    return future(plan, executor, mapper, plan.toCall(arguments, mapper));
                } catch (Throwable ex) {
                    return CompletableFuture.failedFuture(ex);
                }
            }
            case SINGLE_REACTIVE -> {
                return ReactorCalls.single(plan.method().getReturnType(),
                        () -> future(plan, executor, mapper, plan.toCall(arguments, mapper)));
            }
            case MULTI_REACTIVE -> {
                return ReactorCalls.multi(plan.method().getReturnType(),
                        () -> stream(plan, executor, mapper, plan.toCall(arguments, mapper)));
            }
            case STREAM -> {
                return stream(plan, executor, mapper, plan.toCall(arguments, mapper));
            }
            case ITERATOR -> {
                return new ClosingIterator(stream(plan, executor, mapper, plan.toCall(arguments, mapper)));
            }
            default -> {
                Object value = await(future(plan, executor, mapper, plan.toCall(arguments, mapper)), plan);
                if (kind == ReturnKind.OPTIONAL) {
                    return Optional.ofNullable(value);
                }
                if (value == null && plan.primitiveResult()) {
                    throw new ConversionException("result", "Python " + plan.target() + " returned None, which "
                            + plan.method().getReturnType().getName() + " cannot hold");
                }
                return kind == ReturnKind.VOID ? null : value;
            }
        }
    }

    /** The call's future, mapped to records or POJOs when needed; cancelling it still stops Python. */
    static CompletableFuture<Object> future(InterpreterMethod plan, InterpreterExecutor executor, ResultMapper mapper,
            PythonCall call) {
        CompletableFuture<Object> source = executor.call(call, plan.executorResultType());
        if (plan.voidResult()) {
            return withCancellation(source, source.thenApply(result -> null));
        }
        if (!plan.resultNeedsMapping()) {
            return source;
        }
        return withCancellation(source, source.thenApply(result -> mapper.fromPlain(result, plan.resultType())));
    }

    static Stream<Object> stream(InterpreterMethod plan, InterpreterExecutor executor, ResultMapper mapper, PythonCall call) {
        Stream<Object> items = executor.stream(call, plan.executorResultType());
        if (!plan.resultNeedsMapping()) {
            return items;
        }
        Function<Object, Object> map = item -> item == null ? null : mapper.fromPlain(item, plan.resultType());
        return items.map(map);
    }

    /** Cancelling what the caller holds must still stop the Python code, as it does without mapping. */
    private static CompletableFuture<Object> withCancellation(CompletableFuture<Object> source,
            CompletableFuture<Object> derived) {
        derived.whenComplete((result, error) -> {
            if (derived.isCancelled()) {
                source.cancel(true);
            }
        });
        return derived;
    }

    /**
     * Waits for a blocking method's result. An interrupted caller cancels the call (its Python
     * code is stopped) and keeps its interrupt flag.
     */
    private static Object await(CompletableFuture<Object> future, InterpreterMethod plan) throws Throwable {
        try {
            return future.get();
        } catch (InterruptedException ex) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for Python " + plan.target());
        } catch (ExecutionException ex) {
            throw unwrapped(ex.getCause(), plan.method());
        }
    }

    /** What a blocking method throws for a call's failure. */
    static Throwable unwrapped(Throwable failure, Method method) {
        if (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof RuntimeException || failure instanceof Error) {
            return failure;
        }
        for (Class<?> declared : method.getExceptionTypes()) {
            if (declared.isInstance(failure)) {
                return failure;
            }
        }
        if (failure instanceof CallTimeoutException timeout) {
            return new UncheckedCallTimeoutException(timeout);
        }
        return new CompletionException(failure);
    }

    /** An {@code Iterator<E>} result: closes its stream at the end, or when the caller closes it early. */
    static final class ClosingIterator implements Iterator<Object>, AutoCloseable {

        private final Stream<Object> stream;
        private final Iterator<Object> items;

        ClosingIterator(Stream<Object> stream) {
            this.stream = stream;
            this.items = stream.iterator();
        }

        @Override
        public boolean hasNext() {
            boolean more;
            try {
                more = items.hasNext();
            } catch (RuntimeException ex) {
                stream.close();
                throw ex;
            }
            if (!more) {
                stream.close();
            }
            return more;
        }

        @Override
        public Object next() {
            return items.next();
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
