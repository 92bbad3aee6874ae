package io.interpy.spring.boot.autoconfigure;

import io.interpy.spring.annotation.PythonModuleRegistrar;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Finds {@code @PythonModule} interfaces in the application's auto-configuration packages (those
 * of its {@code @SpringBootApplication} class), as Spring Boot finds repositories and
 * {@code @ConfigurationProperties} there; {@code @PythonModuleScan} adds other packages.
 */
class AutoConfiguredPythonModuleRegistrar
        implements ImportBeanDefinitionRegistrar, BeanFactoryAware, ResourceLoaderAware, EnvironmentAware {

    private BeanFactory beanFactory;
    private ResourceLoader resourceLoader;
    private Environment environment;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        if (AutoConfigurationPackages.has(beanFactory)) {
            PythonModuleRegistrar.register(registry, AutoConfigurationPackages.get(beanFactory), resourceLoader, environment);
        }
    }
}
