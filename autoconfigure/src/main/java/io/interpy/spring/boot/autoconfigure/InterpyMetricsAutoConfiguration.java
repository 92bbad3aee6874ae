package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutor;
import io.interpy.spring.boot.actuate.metrics.InterpreterExecutorMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@code interpy.*} meters for every {@link InterpreterExecutor} bean, when Micrometer is on the
 * class path. One binder covers all executors (as Boot's data source pool metrics do) so that an
 * application defining several executors gets meters for each, told apart by the {@code name}
 * tag. Boot binds {@link MeterBinder} beans after all singletons exist, so executors defined
 * anywhere in the application are seen.
 */
@AutoConfiguration(after = InterpyAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration")
@ConditionalOnBooleanProperty(name = "interpy.enabled", matchIfMissing = true)
@ConditionalOnClass({ InterpreterExecutor.class, MeterBinder.class })
@ConditionalOnBean(InterpreterExecutor.class)
public final class InterpyMetricsAutoConfiguration {

    /** Backs off when the application binds its executors itself. */
    @Bean
    @ConditionalOnMissingBean({ InterpreterExecutorMetrics.class, InterpreterExecutorsMeterBinder.class })
    InterpreterExecutorsMeterBinder interpreterExecutorsMeterBinder(ObjectProvider<InterpreterExecutor> executors) {
        return new InterpreterExecutorsMeterBinder(executors);
    }

    /** Binds {@link InterpreterExecutorMetrics} for each executor bean. */
    public static final class InterpreterExecutorsMeterBinder implements MeterBinder {

        private final ObjectProvider<InterpreterExecutor> executors;

        InterpreterExecutorsMeterBinder(ObjectProvider<InterpreterExecutor> executors) {
            this.executors = executors;
        }

        @Override
        public void bindTo(MeterRegistry registry) {
            executors.orderedStream().forEach(executor -> new InterpreterExecutorMetrics(executor).bindTo(registry));
        }
    }
}
