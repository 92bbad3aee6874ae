package io.interpy.spring.annotation;

import io.interpy.InterpreterExecutor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.core.MethodClassKey;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringValueResolver;

/**
 * Resolved {@link InterpreterMethod}s, executors and the result mapper, shared by the
 * interceptor (at call time) and the verifier (at startup) so both see exactly the same plan.
 * Beans are looked up lazily: the post-processor that owns this registry is created before
 * ordinary beans exist, and must not pull the executor into early initialization.
 */
final class InterpreterMethodRegistry {

    private static final String JSON_MAPPER = "tools.jackson.databind.json.JsonMapper";

    private final BeanFactory beanFactory;
    private final StringValueResolver resolver;
    private final Map<MethodClassKey, Object> methods = new ConcurrentHashMap<>();
    private final Map<String, InterpreterExecutor> executors = new ConcurrentHashMap<>();
    private volatile ResultMapper mapper;

    InterpreterMethodRegistry(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
        this.resolver = beanFactory instanceof ConfigurableBeanFactory configurable
                ? new EmbeddedValueResolver(configurable) : null;
    }

    /**
     * The plan for {@code method} called on an instance of {@code targetClass}, or {@code null}
     * when it carries no annotation.
     *
     * @throws IllegalStateException describing why the annotation cannot work on this method
     */
    InterpreterMethod get(Method method, Class<?> targetClass) {
        Object plan = methods.computeIfAbsent(new MethodClassKey(method, targetClass), key -> {
            try {
                InterpreterMethod resolved = InterpreterMethod.resolve(method, targetClass, resolver);
                return resolved != null ? resolved : Boolean.FALSE;
            } catch (IllegalStateException ex) {
                return ex;
            }
        });
        if (plan instanceof IllegalStateException problem) {
            throw problem;
        }
        return plan instanceof InterpreterMethod resolved ? resolved : null;
    }

    /**
     * The executor the method runs in.
     *
     * @throws IllegalStateException when there is none, or several and no name or primary
     */
    InterpreterExecutor executor(InterpreterMethod method) {
        String name = method.executorName();
        InterpreterExecutor cached = executors.get(name);
        if (cached != null) {
            return cached;
        }
        InterpreterExecutor executor;
        try {
            executor = name.isEmpty() ? beanFactory.getBean(InterpreterExecutor.class)
                    : beanFactory.getBean(name, InterpreterExecutor.class);
        } catch (NoUniqueBeanDefinitionException ex) {
            throw new IllegalStateException("finds " + ex.getNumberOfBeansFound() + " InterpreterExecutor beans "
                    + ex.getBeanNamesFound() + ": name one with @RunInInterpreter(executor = \"...\") or mark one @Primary", ex);
        } catch (NoSuchBeanDefinitionException ex) {
            throw new IllegalStateException(name.isEmpty() ? "finds no InterpreterExecutor bean"
                    : "names executor '" + name + "', but there is no InterpreterExecutor bean of that name", ex);
        } catch (BeansException ex) {
            throw new IllegalStateException("cannot get its executor: " + ex.getMessage(), ex);
        }
        executors.put(name, executor);
        return executor;
    }

    ResultMapper mapper() {
        ResultMapper current = mapper;
        if (current == null) {
            ClassLoader loader = beanFactory instanceof ConfigurableBeanFactory configurable
                    ? configurable.getBeanClassLoader() : getClass().getClassLoader();
            current = ClassUtils.isPresent(JSON_MAPPER, loader) ? JacksonResultMapper.create(beanFactory) : ResultMapper.NONE;
            mapper = current;
        }
        return current;
    }

    boolean hasJackson() {
        return mapper() != ResultMapper.NONE;
    }
}
