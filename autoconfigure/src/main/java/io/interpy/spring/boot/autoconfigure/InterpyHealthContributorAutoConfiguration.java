package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutor;
import io.interpy.spring.boot.actuate.health.InterpreterExecutorHealthIndicator;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * The {@code interpy} health contributor, when Boot's health support is on the class path. With
 * one executor it is a single indicator; with several, a composite keyed by bean name, so one
 * failing pool shows which it is. Disabled with {@code management.health.interpy.enabled=false}.
 */
@AutoConfiguration(after = InterpyAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "interpy.enabled", matchIfMissing = true)
@ConditionalOnClass({ InterpreterExecutor.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(InterpreterExecutor.class)
@ConditionalOnEnabledHealthIndicator("interpy")
public final class InterpyHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<InterpreterExecutorHealthIndicator, InterpreterExecutor> {

    InterpyHealthContributorAutoConfiguration() {
        super(InterpreterExecutorHealthIndicator::new);
    }

    /** Named so the contributor is {@code interpy}: Boot drops the {@code HealthContributor} suffix. */
    @Bean
    @ConditionalOnMissingBean(name = { "interpyHealthIndicator", "interpyHealthContributor" })
    HealthContributor interpyHealthContributor(ConfigurableListableBeanFactory beanFactory) {
        return createContributor(beanFactory, InterpreterExecutor.class);
    }
}
