package io.interpy.spring.annotation;

import io.interpy.InterpreterExecutor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;

/**
 * Replaces a Python method's body with a Python call: a {@link RunInInterpreter} method of a
 * class-based proxy, or an abstract method of a {@link PythonModule} interface's proxy (which
 * has no target; its {@code default} methods run as written). How the result is handed over,
 * and whether failures are thrown or reported through the returned future or publisher,
 * follows the return type ({@link PythonMethodCalls}).
 */
final class RunInInterpreterInterceptor implements MethodInterceptor {

    private final InterpreterMethodRegistry registry;
    private final Class<?> moduleInterface;

    RunInInterpreterInterceptor(InterpreterMethodRegistry registry) {
        this(registry, null);
    }

    /** For the proxy of a {@link PythonModule} interface. */
    RunInInterpreterInterceptor(InterpreterMethodRegistry registry, Class<?> moduleInterface) {
        this.registry = registry;
        this.moduleInterface = moduleInterface;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        if (moduleInterface != null) {
            if (method.isDefault() && invocation instanceof ProxyMethodInvocation proxied) {
                return InvocationHandler.invokeDefault(proxied.getProxy(), method, invocation.getArguments());
            }
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(invocation);
            }
        }
        Class<?> targetClass = moduleInterface != null ? moduleInterface
                : invocation.getThis() != null ? AopUtils.getTargetClass(invocation.getThis()) : method.getDeclaringClass();
        Method specific = moduleInterface != null ? method : AopUtils.getMostSpecificMethod(method, targetClass);
        InterpreterMethod plan;
        InterpreterExecutor executor;
        try {
            plan = registry.get(specific, targetClass);
            if (plan == null) {
                return invocation.proceed();
            }
            executor = registry.executor(plan);
        } catch (IllegalStateException ex) {
            // only reachable when the startup check did not run
            IllegalStateException problem = new IllegalStateException("Python method " + describe(specific) + " "
                    + ex.getMessage(), ex);
            if (CompletableFuture.class.isAssignableFrom(method.getReturnType())
                    || method.getReturnType() == java.util.concurrent.CompletionStage.class) {
                return CompletableFuture.failedFuture(problem);
            }
            throw problem;
        }
        ResultMapper mapper = plan.needsMapper() ? registry.mapper() : ResultMapper.NONE;
        return PythonMethodCalls.invoke(plan, executor, mapper, invocation.getArguments());
    }

    private Object objectMethod(MethodInvocation invocation) {
        return switch (invocation.getMethod().getName()) {
            case "toString" -> "PythonModule proxy of " + moduleInterface.getName();
            case "hashCode" -> System.identityHashCode(((ProxyMethodInvocation) invocation).getProxy());
            case "equals" -> ((ProxyMethodInvocation) invocation).getProxy() == invocation.getArguments()[0];
            default -> throw new UnsupportedOperationException(invocation.getMethod().toString());
        };
    }

    static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + java.util.Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(java.util.stream.Collectors.joining(", "))
                + ")";
    }
}
