package io.interpy.spring.boot.autoconfigure;

import io.interpy.spring.annotation.PythonModuleRegistrar;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Finds {@code @PythonModule} interfaces in the application's auto-configuration packages (those
 * of its {@code @SpringBootApplication} class), as Spring Boot finds repositories and
 * {@code @ConfigurationProperties} there; {@code @PythonModuleScan} adds other packages.
 */
class AutoConfiguredPythonModuleRegistrar extends PythonModuleRegistrar implements BeanFactoryAware {

    private BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        if (AutoConfigurationPackages.has(beanFactory)) {
            register(registry, AutoConfigurationPackages.get(beanFactory), resourceLoader(), environment());
        }
    }
}
