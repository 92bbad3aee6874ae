package io.interpy.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.interpy.InterpreterExecutor;
import io.interpy.WorkerStartException;
import io.interpy.spring.boot.autoconfigure.InterpreterExecutorCustomizer;
import io.interpy.spring.boot.autoconfigure.InterpyAutoConfiguration;
import io.interpy.spring.boot.autoconfigure.InterpyHealthContributorAutoConfiguration;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Health transitions of the {@code interpy} indicator; one scenario (and one executor) per test. */
class InterpyHealthTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class,
                    InterpyHealthContributorAutoConfiguration.class))
            .withPropertyValues("interpy.pool.max-size=1");

    @Test
    void upWithDetailsWhileRunningThenDownAfterShutdown() {
        runner.withPropertyValues("interpy.pool.min-size=1").run(context -> {
            HealthIndicator indicator = context.getBean("interpyHealthContributor", HealthIndicator.class);
            Health up = indicator.health(true);
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("state", "RUNNING").containsEntry("size", 1)
                    .containsEntry("idle", 1).containsEntry("queued", 0).containsEntry("maxSize", 1)
                    .containsKey("jitEnabled").doesNotContainKey("lastStartFailure");

            context.getBean(InterpreterExecutor.class).shutdown(Duration.ZERO);

            Health down = indicator.health(true);
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("state", "TERMINATED").containsEntry("size", 0);
        });
    }

    @Test
    void downWithTheCreationErrorWhileNoWorkerCanStart() {
        runner.withPropertyValues("interpy.pool.min-size=0", "interpy.pool.worker-start-timeout=1s")
                .withBean(InterpreterExecutorCustomizer.class, () -> builder -> builder.contextFactory(b -> {
                    throw new IllegalStateException("boom");
                }))
                .run(context -> {
                    HealthIndicator indicator = context.getBean("interpyHealthContributor", HealthIndicator.class);
                    assertThat(indicator.health(true).getStatus()).as("no worker yet, but none failed: can serve")
                            .isEqualTo(Status.UP);

                    CompletableFuture<Long> call = context.getBean(InterpreterExecutor.class).call("calc:add", Long.class, 1, 2);

                    await().atMost(Duration.ofSeconds(10)).until(() -> indicator.health(true).getStatus().equals(Status.DOWN));
                    Health down = indicator.health(true);
                    assertThat(down.getDetails()).containsEntry("state", "RUNNING").containsEntry("active", 0)
                            .containsEntry("idle", 0);
                    assertThat((String) down.getDetails().get("lastStartFailure")).contains("boom");
                    assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(WorkerStartException.class);
                    assertThat(indicator.health(true).getStatus()).as("still no worker").isEqualTo(Status.DOWN);
                });
    }
}
