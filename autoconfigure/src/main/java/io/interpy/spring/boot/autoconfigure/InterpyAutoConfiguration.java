package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutor;
import io.interpy.InterpreterExecutorBuilder;
import io.interpy.spring.annotation.RunInInterpreterBeanPostProcessor;
import io.interpy.spring.annotation.RunInInterpreterVerifier;
import org.graalvm.polyglot.Engine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.context.annotation.Scope;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of an {@link InterpreterExecutor} from {@code interpy.*} properties, its
 * shutdown with the application, {@link io.interpy.spring.annotation.RunInInterpreter} and
 * {@link io.interpy.spring.annotation.PythonModule} interfaces. {@code interpy.enabled=false}
 * turns all of it off.
 * Applies only with GraalPy's polyglot API and Interpy's core on the class path; every bean
 * backs off when the application defines its own.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "interpy.enabled", matchIfMissing = true)
@ConditionalOnClass({ Engine.class, InterpreterExecutor.class })
@EnableConfigurationProperties(InterpyProperties.class)
public final class InterpyAutoConfiguration {

    /**
     * The builder as the properties and customizers leave it, for the auto-configured pool and
     * for any other pool an application builds from the same settings. Prototype-scoped because
     * the builder is mutable: each injection point gets its own, so one that renames or resizes
     * its pool changes nobody else's.
     */
    @Configuration(proxyBeanMethods = false)
    static class BuilderConfiguration {

        @Bean
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        @ConditionalOnMissingBean
        InterpreterExecutorBuilder interpreterExecutorBuilder(InterpyProperties properties,
                ObjectProvider<InterpreterExecutorCustomizer> customizers, ResourceLoader resourceLoader) {
            InterpreterExecutorBuilder builder = SettingProperties.builder(properties, resourceLoader.getClassLoader());
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            return builder;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(InterpreterExecutor.class)
    static class ExecutorConfiguration {

        @Bean(destroyMethod = "close")
        InterpreterExecutor interpreterExecutor(InterpreterExecutorBuilder interpreterExecutorBuilder) {
            return SettingProperties.build(interpreterExecutorBuilder);
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

    /** {@code @PythonModule} interfaces of the application's packages become beans. */
    @Configuration(proxyBeanMethods = false)
    @Import(AutoConfiguredPythonModuleRegistrar.class)
    static class PythonModuleConfiguration {
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
