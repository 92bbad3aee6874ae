package io.interpy.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends a few real requests to this application's own endpoints before it reports ready.
 *
 * <p>Prestarting the pool leaves the first request slow anyway: on a 2-core machine it took
 * 1.2–2.7 s against 30–40 ms warm, nearly all of it Tomcat, Spring MVC and Jackson running their
 * code for the first time, and about 100 ms the Python function's first run. Runners finish before
 * Spring Boot switches readiness to ACCEPTING_TRAFFIC, so a load balancer that follows
 * {@code /actuator/health/readiness} sends no user request before these have run. A failed warm-up
 * request is logged and never stops the application.
 */
@Component
class WarmUp implements ApplicationRunner {

    private static final Log logger = LogFactory.getLog(WarmUp.class);

    private final ApplicationContext context;
    private final int requests;

    WarmUp(ApplicationContext context, @Value("${sample.warm-up.requests:3}") int requests) {
        this.context = context;
        this.requests = requests;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requests <= 0 || !(context instanceof WebServerApplicationContext web) || web.getWebServer() == null
                || web.getWebServer().getPort() <= 0) {
            return; // disabled, or no server to call (a mock web environment in tests)
        }
        RestClient client = RestClient.create("http://localhost:" + web.getWebServer().getPort());
        long begin = System.nanoTime();
        int failures = 0;
        for (int i = 0; i < requests; i++) {
            failures += send(() -> client.post().uri("/api/stats").contentType(MediaType.APPLICATION_JSON)
                    .body("[1.5, 2.5, 4.0]").retrieve().toBodilessEntity());
            failures += send(() -> client.get().uri("/api/primes?below=1000").retrieve().toBodilessEntity());
            failures += send(() -> client.post().uri("/api/words?limit=2&filter=stopwords")
                    .contentType(MediaType.TEXT_PLAIN).body("warm up the words endpoint up").retrieve()
                    .toBodilessEntity());
        }
        logger.info("Warm-up: " + (3 * requests) + " requests to the API in " + (System.nanoTime() - begin) / 1_000_000
                + " ms, " + failures + " failed; readiness follows");
    }

    private static int send(Runnable request) {
        try {
            request.run();
            return 0;
        } catch (RestClientException ex) {
            logger.warn("Warm-up request failed (the application starts anyway): " + ex.getMessage());
            return 1;
        }
    }
}
