package io.interpy.spring.annotation;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;

/**
 * Replaces a {@link RunInInterpreter} method's body with a Python call. It never throws: the
 * caller of a future-returning method handles failures in one place (the future), so even a
 * rejection or an argument that cannot be converted comes back as a failed future.
 */
final class RunInInterpreterInterceptor implements MethodInterceptor {

    private final InterpreterMethodRegistry registry;

    RunInInterpreterInterceptor(InterpreterMethodRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        Class<?> targetClass = invocation.getThis() != null ? AopUtils.getTargetClass(invocation.getThis())
                : method.getDeclaringClass();
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        if (!CompletionStage.class.isAssignableFrom(method.getReturnType())) {
            // Only reachable when the startup check did not run; there is no future to fail.
            throw new IllegalStateException("@RunInInterpreter method " + describe(specific)
                    + " must return CompletableFuture or CompletionStage");
        }
        try {
            InterpreterMethod plan = registry.get(specific, targetClass);
            if (plan == null) {
                return invocation.proceed();
            }
            return call(plan, invocation.getArguments());
        } catch (Throwable ex) {
            return CompletableFuture.failedFuture(ex);
        }
    }

    private CompletableFuture<Object> call(InterpreterMethod plan, Object[] arguments) {
        InterpreterExecutor executor = registry.executor(plan);
        ResultMapper mapper = plan.needsMapper() ? registry.mapper() : ResultMapper.NONE;
        PythonCall call = plan.toCall(arguments, mapper);
        CompletableFuture<Object> source = executor.call(call, plan.executorResultType());
        if (plan.voidResult()) {
            return withCancellation(source, source.thenApply(result -> null));
        }
        if (!plan.resultNeedsMapping()) {
            return source;
        }
        return withCancellation(source, source.thenApply(result -> mapper.fromPlain(result, plan.resultType())));
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

    static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + java.util.Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(java.util.stream.Collectors.joining(", "))
                + ")";
    }
}
