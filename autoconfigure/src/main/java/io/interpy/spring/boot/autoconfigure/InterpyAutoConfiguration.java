package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutor;
import io.interpy.InterpreterExecutorBuilder;
import io.interpy.spring.annotation.RunInInterpreterBeanPostProcessor;
import io.interpy.spring.annotation.RunInInterpreterVerifier;
import org.graalvm.polyglot.Engine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of an {@link InterpreterExecutor} from {@code interpy.*} properties, its
 * shutdown with the application, and {@link io.interpy.spring.annotation.RunInInterpreter}.
 * Applies only with GraalPy's polyglot API and Interpy's core on the class path; every bean
 * backs off when the application defines its own.
 */
@AutoConfiguration
@ConditionalOnClass({ Engine.class, InterpreterExecutor.class })
@EnableConfigurationProperties(InterpyProperties.class)
public final class InterpyAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(InterpreterExecutor.class)
    static class ExecutorConfiguration {

        @Bean(destroyMethod = "close")
        InterpreterExecutor interpreterExecutor(InterpyProperties properties,
                ObjectProvider<InterpreterExecutorCustomizer> customizers, ResourceLoader resourceLoader) {
            ClassLoader classLoader = resourceLoader.getClassLoader();
            InterpyProperties.Pool pool = properties.getPool();
            int maxSize = pool.getMaxSize() != null ? pool.getMaxSize()
                    : Math.max(pool.getMinSize(), Runtime.getRuntime().availableProcessors());
            new InterpyPropertiesValidator(classLoader).validate(properties, maxSize);
            InterpreterExecutorBuilder builder = InterpreterExecutor.builder()
                    .name(properties.getName())
                    .minSize(pool.getMinSize())
                    .maxSize(maxSize)
                    .queueCapacity(pool.getQueueCapacity())
                    .idleTimeout(pool.getIdleTimeout())
                    .maxTasksPerWorker(pool.getMaxTasksPerWorker())
                    .maxWorkerAge(pool.getMaxWorkerAge())
                    .workerStartTimeout(pool.getWorkerStartTimeout())
                    .prestartInBackground(pool.isPrestartInBackground())
                    .pythonPath(properties.getPython().getPath())
                    .preloadModules(properties.getPython().getPreloadModules())
                    .logPythonOutput(properties.getPython().isLogOutput())
                    .tempDirectoryMaxSize(properties.getPython().getTempDirectoryMaxSize().toBytes())
                    .callTimeout(properties.getCall().getTimeout())
                    .slowCallThreshold(properties.getCall().getSlowThreshold())
                    .awaitTermination(properties.getShutdown().getAwaitTerminationPeriod())
                    .sandbox(properties.getSandbox().toSandbox())
                    .classLoader(classLoader);
            if (properties.getPython().getTimeZone() != null) {
                builder.timeZone(properties.getPython().getTimeZone());
            }
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            return builder.build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class LifecycleConfiguration {

        @Bean
        @ConditionalOnMissingBean
        InterpreterExecutorLifecycle interpreterExecutorLifecycle(ConfigurableListableBeanFactory beanFactory) {
            return new InterpreterExecutorLifecycle(beanFactory);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RunInInterpreterConfiguration {

        /** Static: a post-processor must exist before ordinary beans, this configuration included. */
        @Bean
        @ConditionalOnMissingBean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static RunInInterpreterBeanPostProcessor runInInterpreterBeanPostProcessor() {
            return new RunInInterpreterBeanPostProcessor();
        }

        @Bean
        @ConditionalOnMissingBean
        static RunInInterpreterVerifier runInInterpreterVerifier(ConfigurableListableBeanFactory beanFactory) {
            return new RunInInterpreterVerifier(beanFactory);
        }
    }
}
