package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutor;
import io.interpy.spring.boot.actuate.endpoint.InterpyEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The read-only {@code interpy} Actuator endpoint, when Actuator is on the class path and the
 * endpoint is enabled and exposed ({@code management.endpoints.web.exposure.include=interpy}).
 * Like every endpoint except health, it is not exposed over the web by default: it shows which
 * functions run, which an operator may not want public.
 */
@AutoConfiguration(after = InterpyAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "interpy.enabled", matchIfMissing = true)
@ConditionalOnClass({ InterpreterExecutor.class, Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(InterpreterExecutor.class)
@ConditionalOnAvailableEndpoint(InterpyEndpoint.class)
public final class InterpyEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    InterpyEndpoint interpyEndpoint(ObjectProvider<InterpreterExecutor> executors) {
        return new InterpyEndpoint(executors);
    }
}
