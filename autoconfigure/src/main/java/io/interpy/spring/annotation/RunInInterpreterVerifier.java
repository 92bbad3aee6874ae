package io.interpy.spring.annotation;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodClassKey;
import org.springframework.core.MethodIntrospector;
import org.springframework.util.ClassUtils;

/**
 * Checks every {@link RunInInterpreter} method once all singletons exist and before the web
 * server starts accepting requests: Java-side problems (return type, target syntax, timeout,
 * executor, keyword names) and Python-side ones, by asking a worker whether the module imports,
 * the function exists, is callable and binds the parameters. Without it, a typo in a target
 * would surface as a failed future on the first request in production.
 *
 * <p>Checks run one after another so that a small pool's queue never rejects them; each costs
 * an import (cached by the worker) and an {@code inspect.signature} call.
 */
public class RunInInterpreterVerifier implements SmartInitializingSingleton {

    private static final Log logger = LogFactory.getLog(RunInInterpreterVerifier.class);

    private static final Duration CHECK_TIMEOUT = Duration.ofMinutes(2);

    private final ConfigurableListableBeanFactory beanFactory;
    private final InterpreterMethodRegistry registry;

    public RunInInterpreterVerifier(ConfigurableListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
        this.registry = new InterpreterMethodRegistry(beanFactory);
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        Set<MethodClassKey> seen = new HashSet<>();
        int checked = 0;
        for (String beanName : beanFactory.getBeanDefinitionNames()) {
            Class<?> beanClass = userClass(beanName);
            if (beanClass == null) {
                continue;
            }
            Map<Method, Boolean> methods = MethodIntrospector.selectMethods(beanClass,
                    (MethodIntrospector.MetadataLookup<Boolean>) method -> InterpreterMethod.isPythonMethod(method, beanClass)
                            ? Boolean.TRUE : null);
            String kind = beanClass.isInterface() ? "@PythonModule" : "@RunInInterpreter";
            for (Method method : methods.keySet()) {
                if (seen.add(new MethodClassKey(method, beanClass))) {
                    String problem = check(method, beanClass);
                    checked++;
                    if (problem != null) {
                        problems.add(kind + " method " + RunInInterpreterInterceptor.describe(method)
                                + " of bean '" + beanName + "' " + problem);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RunInInterpreterVerificationException(problems);
        }
        if (checked > 0) {
            logger.info("Checked " + checked + " Python method(s) (@RunInInterpreter, @PythonModule) against their Python functions");
        }
    }

    private Class<?> userClass(String beanName) {
        if (beanFactory.containsBeanDefinition(beanName)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
            if (definition.getRole() == BeanDefinition.ROLE_INFRASTRUCTURE) {
                return null;
            }
            if (definition.getAttribute(PythonModule.class.getName()) instanceof Class<?> moduleInterface) {
                // checked even when a test replaced the bean with a mock: the interface is still the contract
                return beanFactory.getType(beanName, false) instanceof Class<?> type && !moduleInterface.isAssignableFrom(type)
                        ? null : moduleInterface;
            }
        }
        Class<?> type;
        try {
            type = beanFactory.getType(beanName, false);
        } catch (RuntimeException ex) {
            return null;
        }
        if (type == null || Proxy.isProxyClass(type)) {
            return null;
        }
        return ClassUtils.getUserClass(type);
    }

    /** Null when the method works, else what is wrong, phrased to follow "method X of bean Y". */
    private String check(Method method, Class<?> beanClass) {
        InterpreterMethod plan;
        InterpreterExecutor executor;
        try {
            plan = registry.get(method, beanClass);
            if (plan == null) {
                return null;
            }
            if (plan.needsMapper() && !registry.hasJackson()) {
                return "uses records or POJOs (" + plan.resultType().getTypeName() + "), which need Jackson"
                        + " (tools.jackson.core:jackson-databind) on the class path";
            }
            executor = registry.executor(plan);
        } catch (IllegalStateException ex) {
            return ex.getMessage();
        }
        String where = "calls Python " + plan.target() + " (pool '" + executor.name() + "')";
        awaitFirstWorkers(executor);
        try {
            submitCheck(executor, plan).get(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof PythonException python) {
                return where + ", which cannot be resolved: " + python.pythonType() + ": " + python.pythonMessage();
            }
            return where + ", which cannot be called with " + plan.positionalCount() + " positional argument(s)"
                    + (plan.keywordNames().isEmpty() ? "" : " and keywords " + plan.keywordNames()) + ": "
                    + cause.getMessage();
        } catch (TimeoutException | CancellationException ex) {
            return where + ", which could not be checked within " + CHECK_TIMEOUT.toSeconds() + " s";
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return where + ": interrupted while checking it";
        } catch (RuntimeException ex) {
            return where + ", which could not be checked: " + ex.getMessage();
        }
    }

    /**
     * A pool that starts in the background may not have a worker yet; when its first worker
     * cannot start, that failure (bad preload module, sandbox, engine) is the cause to report, not
     * a check that timed out behind it.
     */
    private static void awaitFirstWorkers(InterpreterExecutor executor) {
        try {
            executor.prestarted().get(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(ex.getCause());
        } catch (TimeoutException ex) {
            // the check itself will time out and say so
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A pool with no queue (queue-capacity 0) may still count the previous check's worker as
     * busy for a moment after its future completed, so a rejection is retried briefly rather
     * than reported as a broken method.
     */
    private static CompletableFuture<Void> submitCheck(InterpreterExecutor executor, InterpreterMethod plan)
            throws InterruptedException {
        long deadline = System.nanoTime() + CHECK_TIMEOUT.toNanos();
        while (true) {
            try {
                return executor.verify(plan.target(), plan.positionalCount(), plan.keywordNames());
            } catch (RejectedExecutionException ex) {
                if (executor.isShutdown() || System.nanoTime() > deadline) {
                    throw ex;
                }
                Thread.sleep(10);
            }
        }
    }
}
