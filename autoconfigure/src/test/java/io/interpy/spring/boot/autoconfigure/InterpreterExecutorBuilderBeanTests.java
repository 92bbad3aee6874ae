package io.interpy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.interpy.InterpreterExecutor;
import io.interpy.InterpreterExecutorBuilder;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The property-configured builder bean, as Boot offers {@code ThreadPoolTaskExecutorBuilder}: an
 * application builds a second pool from the same settings, and the core's one set of checks is
 * reported by property name.
 */
class InterpreterExecutorBuilderBeanTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class))
            .withPropertyValues("interpy.pool.max-size=1", "interpy.python.path=classpath:python,classpath:python-extra",
                    "interpy.python.preload-modules=extra");

    @Test
    void aSecondPoolBuiltFromTheBuilderBeanHasThePropertiesAndCustomizers() {
        runner.withBean(InterpreterExecutorCustomizer.class, () -> builder -> builder.minSize(0)).run(context -> {
            InterpreterExecutor main = context.getBean(InterpreterExecutor.class);
            try (InterpreterExecutor second = context.getBean(InterpreterExecutorBuilder.class).name("second").build()) {
                assertThat(second.name()).isEqualTo("second");
                assertThat(second.pythonPath()).containsExactly("classpath:python", "classpath:python-extra");
                assertThat(second.stats().maxSize()).isEqualTo(1);
                assertThat(second.stats().minSize()).isZero();
                assertThat(second.call("extra:where", String.class).get(60, TimeUnit.SECONDS)).isEqualTo("python-extra");
            }
            assertThat(main.name()).isEqualTo("interpy");
            assertThat(main.stats().minSize()).isZero();
            assertThat(main.isShutdown()).isFalse();
        });
    }

    @Test
    void eachInjectionGetsItsOwnBuilder() {
        runner.run(context -> {
            InterpreterExecutorBuilder first = context.getBean(InterpreterExecutorBuilder.class);
            InterpreterExecutorBuilder second = context.getBean(InterpreterExecutorBuilder.class);
            assertThat(first).isNotSameAs(second);
            first.name("renamed").maxSize(2);
            try (InterpreterExecutor fromSecond = second.minSize(0).build()) {
                assertThat(fromSecond.name()).isEqualTo("interpy");
                assertThat(fromSecond.stats().maxSize()).isEqualTo(1);
            }
        });
    }

    @Test
    void anApplicationsOwnBuilderBeanBuildsTheAutoConfiguredPool() {
        runner.withUserConfiguration(OwnBuilder.class).run(context -> {
            assertThat(context.getBean(InterpreterExecutor.class).name()).isEqualTo("own-builder");
        });
    }

    @Test
    void theCoresChecksAreReportedByPropertyNameWithTheOtherPropertiesRenamed() {
        runner.withPropertyValues("interpy.pool.min-size=0", "interpy.pool.max-tasks-per-worker=5",
                "interpy.sandbox.native-access=true").run(context -> {
                    // a check only the core makes (Spring's properties never repeated it)
                    Throwable failure = context.getStartupFailure();
                    while (failure != null && !(failure instanceof InvalidConfigurationPropertyValueException)) {
                        failure = failure.getCause();
                    }
                    assertThat(failure).isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
                            e -> assertThat(e.getName()).isEqualTo("interpy.sandbox"))
                            .hasMessageContaining("(interpy.pool.max-size 1, interpy.pool.max-tasks-per-worker 5,"
                                    + " interpy.pool.max-worker-age null)");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBuilder {

        @Bean
        InterpreterExecutorBuilder myBuilder() {
            return InterpreterExecutor.builder().name("own-builder").minSize(0).maxSize(1);
        }
    }
}
