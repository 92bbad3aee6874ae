package io.interpy.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.interpy.InterpreterExecutor;
import io.interpy.sample.Analytics.PrimeCount;
import io.interpy.sample.Analytics.Summary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Drives the HTTP API on a real server; one worker and a queue of one keep overload reachable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interpy.pool.min-size=1", "interpy.pool.max-size=1", "interpy.pool.queue-capacity=1",
        "sample.primes-timeout=1s" })
@AutoConfigureRestTestClient
class SampleApplicationTests {

    @Autowired
    private RestTestClient client;

    @Autowired
    private Primes primes;

    @Autowired
    private InterpreterExecutor executor;

    @AfterEach
    void poolIsIdleAgain() {
        await().atMost(Duration.ofSeconds(30)).until(() -> executor.stats().active() == 0 && executor.stats().queued() == 0);
    }

    @Test
    void statsReturnsTheSummaryComputedByPython() {
        Summary summary = client.post().uri("/api/stats").contentType(MediaType.APPLICATION_JSON)
                .body(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0)).exchange()
                .expectStatus().isOk().expectBody(Summary.class).returnResult().getResponseBody();
        assertThat(summary).isNotNull();
        assertThat(summary.count()).isEqualTo(8);
        assertThat(summary.mean()).isEqualTo(5.0);
        assertThat(summary.median()).isEqualTo(4.5);
        assertThat(summary.stdev()).isCloseTo(2.138, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(summary.minimum()).isEqualTo(2.0);
        assertThat(summary.maximum()).isEqualTo(9.0);
    }

    @Test
    void primesCountsInPython() {
        PrimeCount count = client.get().uri("/api/primes?below=1000").exchange().expectStatus().isOk()
                .expectBody(PrimeCount.class).returnResult().getResponseBody();
        assertThat(count).isEqualTo(new PrimeCount(1000, 168));
    }

    @Test
    void primeStreamSendsOneEventPerYieldedPrime() {
        String body = client.get().uri("/api/primes/stream?below=30").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        assertThat(body.lines().filter(line -> line.startsWith("data:")).map(line -> line.substring(5).trim()))
                .containsExactly("2", "3", "5", "7", "11", "13", "17", "19", "23", "29");
    }

    @Test
    void feedsAwaitsEverySourceConcurrentlyInAnAsyncDef() {
        // The first call also runs asyncio's machinery for the first time, uncompiled (189 ms measured
        // once on a CI machine): it checks the answer; the second one times the concurrency.
        for (int call = 0; call < 2; call++) {
            Feeds.Gathered gathered = client.get().uri("/api/feeds?source=news&source=weather&source=sport").exchange()
                    .expectStatus().isOk().expectBody(Feeds.Gathered.class).returnResult().getResponseBody();
            assertThat(gathered).isNotNull();
            assertThat(gathered.results()).containsExactly(new Feeds.Feed("news", 12), new Feeds.Feed("weather", 21),
                    new Feeds.Feed("sport", 15));
            if (call == 1) {
                // concurrent: about the slowest source (70 ms), not the sum of all three (180 ms)
                assertThat(gathered.elapsedMillis()).isLessThan(170);
            }
        }
    }

    @Test
    void wordsPassesTheLimitByKeyword() {
        client.post().uri("/api/words?limit=2").contentType(MediaType.TEXT_PLAIN).body("the cat and the hat and the bat")
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].word").isEqualTo("the").jsonPath("$[0].count").isEqualTo(3)
                .jsonPath("$[1].word").isEqualTo("and");
    }

    @Test
    void valueErrorBecomesBadRequestProblem() {
        client.post().uri("/api/stats").contentType(MediaType.APPLICATION_JSON).body(List.of()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.pythonType").isEqualTo("ValueError")
                .jsonPath("$.detail").isEqualTo("at least one value is required");
    }

    @Test
    void unexpectedPythonErrorBecomesServerErrorProblem() {
        client.get().uri("/api/crash").exchange().expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.pythonType").isEqualTo("RuntimeError")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).doesNotContain("Traceback"));
    }

    @Test
    void timeoutBecomesGatewayTimeoutProblem() {
        client.get().uri("/api/primes?below=100000000").exchange().expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Python call timed out");
    }

    @Test
    void fullPoolBecomesServiceUnavailableProblem() {
        CompletableFuture<PrimeCount> running = primes.countBelow(100_000_000);
        CompletableFuture<PrimeCount> queued = primes.countBelow(100_000_000);
        client.post().uri("/api/stats").contentType(MediaType.APPLICATION_JSON).body(List.of(1.0)).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.title").isEqualTo("Python pool full");
        assertThat(running).failsWithin(Duration.ofSeconds(30));
        assertThat(queued).failsWithin(Duration.ofSeconds(30));
    }
}
