package io.interpy.sample;

import io.interpy.sample.Analytics.About;
import io.interpy.sample.Analytics.PrimeCount;
import io.interpy.sample.Analytics.Summary;
import io.interpy.sample.Analytics.WordCount;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns the futures as they are: Spring MVC completes the response when Python finishes,
 * so no servlet thread waits for the interpreter.
 */
@RestController
@RequestMapping("/api")
public class AnalyticsController {

    private final Analytics analytics;

    public AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @PostMapping("/stats")
    public CompletableFuture<Summary> stats(@RequestBody List<Double> values) {
        return analytics.summarize(values);
    }

    @GetMapping("/primes")
    public CompletableFuture<PrimeCount> primes(@RequestParam long below) {
        return analytics.countPrimes(below);
    }

    /** {@code ?filter=stopwords&filter=short}: textkit's token filters, applied in that order. */
    @PostMapping(path = "/words", consumes = MediaType.TEXT_PLAIN_VALUE)
    public CompletableFuture<List<WordCount>> words(@RequestBody String text,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(name = "filter", required = false) List<String> filters) {
        return analytics.topWords(text, limit, filters == null ? List.of() : filters);
    }

    @GetMapping("/about")
    public CompletableFuture<About> about() {
        return analytics.about();
    }

    @GetMapping("/crash")
    public CompletableFuture<Void> crash() {
        return analytics.crash();
    }
}
