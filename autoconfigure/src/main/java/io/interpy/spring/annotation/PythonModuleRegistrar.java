package io.interpy.spring.annotation;

import java.beans.Introspector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers {@link PythonModule} interfaces as beans: an {@link ImportBeanDefinitionRegistrar},
 * the mechanism Spring Framework 7 uses for its own interface clients ({@code @ImportHttpServices}
 * registers HTTP service proxies the same way), because interfaces are not components a
 * component scan would pick up, and the bean definitions must exist before the bean factory is
 * frozen so that injection by type, {@code @MockitoBean} and the startup check all see them. Each
 * definition has the interface as its bean class and an instance supplier that builds the proxy,
 * so the bean's type is known without creating it.
 *
 * <p>Imported by {@link PythonModuleScan}; the auto-configuration calls {@link #register} for
 * the application's auto-configuration packages.
 */
public class PythonModuleRegistrar implements ImportBeanDefinitionRegistrar, ResourceLoaderAware, EnvironmentAware {

    private ResourceLoader resourceLoader;
    private Environment environment;

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** For registrars that choose the packages another way (the auto-configuration's). */
    protected final ResourceLoader resourceLoader() {
        return resourceLoader;
    }

    protected final Environment environment() {
        return environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        AnnotationAttributes scan = AnnotationAttributes.fromMap(metadata.getAnnotationAttributes(PythonModuleScan.class.getName()));
        Set<String> packages = new LinkedHashSet<>();
        List<Class<?>> clients = new ArrayList<>();
        if (scan != null) {
            packages.addAll(List.of(scan.getStringArray("basePackages")));
            for (Class<?> type : scan.getClassArray("basePackageClasses")) {
                packages.add(ClassUtils.getPackageName(type));
            }
            clients.addAll(List.of(scan.getClassArray("clients")));
        }
        if (packages.isEmpty() && clients.isEmpty()) {
            packages.add(ClassUtils.getPackageName(metadata.getClassName()));
        }
        register(registry, packages, resourceLoader, environment);
        ClassLoader loader = resourceLoader != null ? resourceLoader.getClassLoader() : null;
        for (Class<?> client : clients) {
            registerInterface(registry, client.getName(), loader);
        }
    }

    /**
     * Registers every {@link PythonModule} interface in {@code packages} (and their
     * sub-packages) that has no bean definition yet.
     */
    public static void register(BeanDefinitionRegistry registry, Collection<String> packages, ResourceLoader resourceLoader,
            Environment environment) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
            }
        };
        if (environment != null) {
            scanner.setEnvironment(environment);
        }
        if (resourceLoader != null) {
            scanner.setResourceLoader(resourceLoader);
        }
        scanner.addIncludeFilter(new AnnotationTypeFilter(PythonModule.class, true, true));
        ClassLoader loader = resourceLoader != null ? resourceLoader.getClassLoader() : null;
        for (String basePackage : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                registerInterface(registry, candidate.getBeanClassName(), loader);
            }
        }
    }

    private static void registerInterface(BeanDefinitionRegistry registry, String className, ClassLoader loader) {
        Class<?> type = ClassUtils.resolveClassName(className, loader);
        if (!type.isInterface()) {
            throw new IllegalStateException("@PythonModule " + className + " must be an interface");
        }
        PythonModule module = AnnotatedElementUtils.findMergedAnnotation(type, PythonModule.class);
        String name = module != null && !module.name().isEmpty() ? module.name()
                : Introspector.decapitalize(ClassUtils.getShortName(type));
        if (registry.containsBeanDefinition(name)) {
            return; // found by another scan, or defined by the application itself
        }
        if (!(registry instanceof BeanFactory beanFactory)) {
            throw new IllegalStateException("@PythonModule " + className + " needs a bean factory to be registered in, not "
                    + registry.getClass().getName());
        }
        RootBeanDefinition definition = new RootBeanDefinition(type);
        definition.setInstanceSupplier(() -> createProxy(type, beanFactory));
        definition.setAttribute(PythonModule.class.getName(), type);
        registry.registerBeanDefinition(name, definition);
    }

    private static Object createProxy(Class<?> type, BeanFactory beanFactory) {
        ProxyFactory proxies = new ProxyFactory();
        proxies.addInterface(type);
        proxies.addAdvice(new RunInInterpreterInterceptor(new InterpreterMethodRegistry(beanFactory), type));
        proxies.setFrozen(true); // other advising post-processors (the @RunInInterpreter one) leave it alone
        return proxies.getProxy(type.getClassLoader());
    }
}
