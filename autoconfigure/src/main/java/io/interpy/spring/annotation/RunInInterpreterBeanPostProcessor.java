package io.interpy.spring.annotation;

import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
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

    /**
     * A {@link PythonModule} interface's proxy already calls Python for every abstract method;
     * advising it again (its methods may carry {@code @RunInInterpreter}) would run the call
     * without the interface's module.
     */
    @Override
    protected boolean isEligible(Object bean, String beanName) {
        if (bean instanceof Advised advised) {
            for (Advisor existing : advised.getAdvisors()) {
                if (existing.getAdvice() instanceof RunInInterpreterInterceptor) {
                    return false;
                }
            }
        }
        return super.isEligible(bean, beanName);
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        this.advisor = new RunInInterpreterAdvisor(new RunInInterpreterInterceptor(new InterpreterMethodRegistry(beanFactory)));
    }
}
