package io.interpy.sample;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The application calls its own API before it reports ready, so the first user request is not a cold one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interpy.pool.min-size=1", "interpy.pool.max-size=1", "sample.warm-up.requests=2" })
@AutoConfigureRestTestClient
class WarmUpTests {

    @Autowired
    private RestTestClient client;

    @Autowired
    private MeterRegistry meters;

    @Test
    void everyEndpointWasCalledTwiceOverHttpBeforeTheApplicationReportedReady() {
        // this test sends none of these itself: all six come from the warm-up
        await().atMost(Duration.ofSeconds(10)).until(() -> successes("/api/stats") == 2
                && successes("/api/primes") == 2 && successes("/api/words") == 2);
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private long successes(String uri) {
        Timer timer = meters.find("http.server.requests").tag("uri", uri).tag("status", "200").timer();
        return timer == null ? 0 : timer.count();
    }
}
