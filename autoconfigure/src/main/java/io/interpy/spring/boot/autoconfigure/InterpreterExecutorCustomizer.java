package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutorBuilder;

/**
 * Adjusts the auto-configured executor's builder after {@code interpy.*} properties are applied,
 * for settings that have no property (engine and context options, a {@code ContextFactory}) or
 * that are computed. Beans of this type are applied in {@link org.springframework.core.annotation.Order}
 * order, so a later customizer wins over an earlier one.
 */
@FunctionalInterface
public interface InterpreterExecutorCustomizer {

    void customize(InterpreterExecutorBuilder builder);
}
