package io.interpy.spring.annotation;

import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.beans.factory.BeanFactory;

/**
 * Proxies beans that have {@link RunInInterpreter} methods, the way {@code @Async} beans are
 * proxied: it works without AspectJ or an auto-proxy creator, and adds its advisor to an
 * existing proxy (e.g. one made for {@code @Transactional} or {@code @Cacheable}) as the
 * innermost advice, so caching a returned future still works. Class-based proxies are used so
 * annotated methods need not belong to an interface.
 */
public class RunInInterpreterBeanPostProcessor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    private static final long serialVersionUID = 1L;

    public RunInInterpreterBeanPostProcessor() {
        setProxyTargetClass(true);
        setBeforeExistingAdvisors(false);
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        this.advisor = new RunInInterpreterAdvisor(new RunInInterpreterInterceptor(new InterpreterMethodRegistry(beanFactory)));
    }
}
