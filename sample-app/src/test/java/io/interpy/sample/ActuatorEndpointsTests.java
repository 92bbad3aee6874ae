package io.interpy.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The sample's Actuator exposure, over HTTP: the interpy endpoint, health and metrics as an operator sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interpy.pool.min-size=1", "interpy.pool.max-size=1" })
@AutoConfigureRestTestClient
class ActuatorEndpointsTests {

    @Autowired
    private RestTestClient client;

    @Autowired
    private InterpreterExecutor executor;

    @AfterEach
    void poolIsIdleAgain() {
        await().atMost(Duration.ofSeconds(30)).until(() -> executor.stats().active() == 0 && executor.stats().queued() == 0);
    }

    @Test
    void interpyEndpointShowsTheBusyWorkerWithItsTargetAndRunningTime() {
        CompletableFuture<Object> busy = executor.call(PythonCall.target("analytics.primes:count_below").args(100_000_000)
                .timeout(Duration.ofSeconds(20)), Object.class);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> executor.workers().get(0).runningFor() != null
                    && executor.workers().get(0).runningFor().toMillis() > 0);
            client.get().uri("/actuator/interpy").exchange().expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.executors.interpy.state").isEqualTo("RUNNING")
                    .jsonPath("$.executors.interpy.maxSize").isEqualTo(1)
                    .jsonPath("$.executors.interpy.active").isEqualTo(1)
                    .jsonPath("$.executors.interpy.jitEnabled").isBoolean()
                    .jsonPath("$.executors.interpy.workers.length()").isEqualTo(1)
                    .jsonPath("$.executors.interpy.workers[0].id").isEqualTo(1)
                    .jsonPath("$.executors.interpy.workers[0].state").isEqualTo("BUSY")
                    .jsonPath("$.executors.interpy.workers[0].currentTarget").isEqualTo("analytics.primes:count_below")
                    .jsonPath("$.executors.interpy.workers[0].runningForMillis").value(Number.class, v -> assertThat(v.longValue()).isPositive())
                    .jsonPath("$.executors.interpy.workers[0].ageMillis").value(Number.class, v -> assertThat(v.longValue()).isPositive());
        } finally {
            busy.cancel(true);
        }
    }

    @Test
    void interpyEndpointShowsAnIdleWorkerWithoutTargetAndOneExecutorBySelector() throws Exception {
        executor.call("analytics.primes:count_below", Object.class, 100).get(30, TimeUnit.SECONDS);
        client.get().uri("/actuator/interpy/interpy").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.workers[0].state").isEqualTo("IDLE")
                .jsonPath("$.workers[0].callsServed").value(Number.class, v -> assertThat(v.longValue()).isPositive())
                .jsonPath("$.workers[0].currentTarget").doesNotExist()
                .jsonPath("$.workers[0].runningForMillis").doesNotExist();
        client.get().uri("/actuator/interpy/nosuchpool").exchange().expectStatus().isNotFound();
    }

    @Test
    void healthShowsTheInterpyComponentUpWithPoolDetails() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.interpy.status").isEqualTo("UP")
                .jsonPath("$.components.interpy.details.maxSize").isEqualTo(1)
                .jsonPath("$.components.interpy.details.queued").isEqualTo(0)
                .jsonPath("$.components.interpy.details.jitEnabled").isBoolean();
    }

    @Test
    void metricsEndpointShowsCallsByOutcome() throws Exception {
        executor.call("analytics.primes:count_below", Object.class, 50).get(30, TimeUnit.SECONDS);
        client.get().uri("/actuator/metrics/interpy.calls?tag=outcome:success&tag=target:analytics.primes:count_below")
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.measurements[0].statistic").isEqualTo("COUNT")
                .jsonPath("$.measurements[0].value").value(Number.class, v -> assertThat(v.doubleValue()).isGreaterThanOrEqualTo(1.0))
                .jsonPath("$.availableTags[?(@.tag == 'name')].values[0]").isEqualTo("interpy");
        client.get().uri("/actuator/metrics/interpy.workers?tag=state:idle").exchange().expectStatus().isOk();
    }
}
