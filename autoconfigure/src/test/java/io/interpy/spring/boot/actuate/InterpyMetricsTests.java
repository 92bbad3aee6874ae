package io.interpy.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.interpy.CallTimeoutException;
import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import io.interpy.PythonException;
import io.interpy.spring.boot.autoconfigure.InterpyAutoConfiguration;
import io.interpy.spring.boot.autoconfigure.InterpyMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meter values after known sequences of calls, through the auto-configuration and Boot's binding
 * of MeterBinder beans. One worker and one context are shared by all tests; each test calls its
 * own targets (the {@code target} tag), so exact counts do not depend on test order.
 */
@SpringBootTest(classes = InterpyMetricsTests.Config.class, properties = {
        "interpy.pool.min-size=1", "interpy.pool.max-size=1", "interpy.pool.queue-capacity=1" })
class InterpyMetricsTests {

    @Autowired
    private InterpreterExecutor executor;

    @Autowired
    private MeterRegistry registry;

    @AfterEach
    void poolIsIdleAgain() {
        await().atMost(Duration.ofSeconds(30)).until(() -> executor.stats().active() == 0
                && executor.stats().queued() == 0 && executor.stats().idle() == 1);
    }

    @Test
    void callTimerCountsThreeSuccessesOnePythonErrorAndOneTimeoutByOutcome() throws Exception {
        long waitsBefore = registry.get("interpy.queue.wait").tag("name", "interpy").timer().count();
        for (int i = 0; i < 3; i++) {
            assertThat(executor.call("obs:ok", Integer.class, i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThatThrownBy(() -> executor.call("obs:fail", Object.class, "no").get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(PythonException.class);
        CompletableFuture<Object> slow = executor.call(PythonCall.target("obs:sleep").args(5).timeout(Duration.ofMillis(300)),
                Object.class);
        assertThatThrownBy(() -> slow.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(CallTimeoutException.class);

        assertThat(calls("obs:ok", "success").count()).isEqualTo(3);
        assertThat(calls("obs:fail", "python_error").count()).isEqualTo(1);
        Timer timeout = calls("obs:sleep", "timeout");
        assertThat(timeout.count()).isEqualTo(1);
        // the time it ran until its deadline, not 0: a timeout's cost must show in the timer
        assertThat(timeout.totalTime(TimeUnit.MILLISECONDS)).isBetween(150.0, 5_000.0);
        assertThat(registry.find("interpy.calls").tag("target", "obs:ok").tag("outcome", "python_error").timer()).isNull();
        assertThat(registry.get("interpy.queue.wait").tag("name", "interpy").timer().count()).isEqualTo(waitsBefore + 5);
    }

    @Test
    void gaugesShowTheBusyWorkerAndTheQueuedCall() throws Exception {
        CompletableFuture<Double> running = executor.call("obs:sleep", Double.class, 1.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> workers("active") == 1.0);
        CompletableFuture<Double> queued = executor.call("obs:sleep", Double.class, 0.01);
        assertThat(workers("idle")).isZero();
        assertThat(workers("starting")).isZero();
        assertThat(registry.get("interpy.queue.size").tag("name", "interpy").gauge().value()).isEqualTo(1.0);
        running.get(30, TimeUnit.SECONDS);
        queued.get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> workers("idle") == 1.0);
        assertThat(workers("active")).isZero();
        assertThat(registry.get("interpy.queue.size").tag("name", "interpy").gauge().value()).isZero();
    }

    @Test
    void callBeyondTheBusyWorkerAndFullQueueIsCountedAsRejected() throws Exception {
        CompletableFuture<Double> running = executor.call("obs:sleep", Double.class, 1.0);
        await().atMost(Duration.ofSeconds(10)).until(() -> executor.stats().active() == 1);
        CompletableFuture<Double> queued = executor.call("obs:sleep", Double.class, 0.01);
        assertThatThrownBy(() -> executor.call("obs:ok", Integer.class, 1)).isInstanceOf(RejectedExecutionException.class);
        assertThat(calls("obs:ok", "rejected").count()).isEqualTo(1);
        running.get(30, TimeUnit.SECONDS);
        queued.get(30, TimeUnit.SECONDS);
    }

    @Test
    void workerReplacedAfterMaxTasksIsCountedAsRetiredAndItsStartIsTimed() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(InterpyAutoConfiguration.class, InterpyMetricsAutoConfiguration.class,
                        MetricsAutoConfiguration.class))
                .withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("interpy.name=recycled", "interpy.pool.max-size=1", "interpy.pool.max-tasks-per-worker=2")
                .run(context -> {
                    InterpreterExecutor recycled = context.getBean(InterpreterExecutor.class);
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    Timer starts = meters.get("interpy.worker.start").tag("name", "recycled").timer();
                    assertThat(starts.count()).as("the prestarted worker, started before the meters were bound").isEqualTo(1);
                    double prestartMillis = starts.totalTime(TimeUnit.MILLISECONDS);
                    assertThat(prestartMillis).isPositive();
                    for (int i = 0; i < 2; i++) {
                        recycled.call("obs:ok", Integer.class, i).get(30, TimeUnit.SECONDS);
                    }
                    await().atMost(Duration.ofSeconds(30)).until(() -> starts.count() == 2);
                    assertThat(meters.get("interpy.workers.retired").tag("name", "recycled").tag("reason", "max_tasks")
                            .counter().count()).isEqualTo(1.0);
                    assertThat(meters.get("interpy.workers.retired").tag("name", "recycled").tag("reason", "timeout")
                            .counter().count()).as("known reasons are registered at zero").isZero();
                    assertThat(starts.totalTime(TimeUnit.MILLISECONDS)).isGreaterThan(prestartMillis);
                    assertThat(meters.find("interpy.calls").tag("name", "interpy").timers())
                            .as("tagged with its own executor's name only").isEmpty();
                });
    }

    private Timer calls(String target, String outcome) {
        return registry.get("interpy.calls").tag("name", "interpy").tag("target", target).tag("outcome", outcome).timer();
    }

    private double workers(String state) {
        return registry.get("interpy.workers").tag("name", "interpy").tag("state", state).gauge().value();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ InterpyAutoConfiguration.class, InterpyMetricsAutoConfiguration.class,
            MetricsAutoConfiguration.class })
    static class Config {

        @Bean
        SimpleMeterRegistry simpleMeterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
