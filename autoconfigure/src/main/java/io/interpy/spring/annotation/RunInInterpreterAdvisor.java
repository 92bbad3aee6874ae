package io.interpy.spring.annotation;

import java.lang.reflect.Method;
import org.aopalliance.aop.Advice;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;

/**
 * Matches methods annotated with {@link RunInInterpreter}, directly or through their class. A
 * hand-written pointcut rather than {@code AnnotationMatchingPointcut} because the class-level
 * form must not capture {@code toString()} and other methods inherited from {@code Object}.
 */
public final class RunInInterpreterAdvisor extends AbstractPointcutAdvisor {

    private static final long serialVersionUID = 1L;

    private final transient Advice advice;

    private final transient Pointcut pointcut = new StaticMethodMatcherPointcut() {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return InterpreterMethod.isAnnotated(AopUtils.getMostSpecificMethod(method, targetClass));
        }
    };

    RunInInterpreterAdvisor(Advice advice) {
        this.advice = advice;
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return advice;
    }
}
