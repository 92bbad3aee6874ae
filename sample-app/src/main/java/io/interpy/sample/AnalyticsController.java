package io.interpy.sample;

import io.interpy.sample.Analytics.About;
import io.interpy.sample.Analytics.PrimeCount;
import io.interpy.sample.Analytics.Summary;
import io.interpy.sample.Analytics.WordCount;
import io.interpy.sample.Feeds.Gathered;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * Each return form of a Python method: a blocking value ({@code /stats}, on a virtual thread),
 * futures that Spring MVC completes when Python finishes, a Flux of a generator's items sent as
 * server-sent events, and an {@code async def} target.
 */
@RestController
@RequestMapping("/api")
public class AnalyticsController {

    private final Analytics analytics;
    private final Stats stats;
    private final Primes primes;
    private final Feeds feeds;

    public AnalyticsController(Analytics analytics, Stats stats, Primes primes, Feeds feeds) {
        this.analytics = analytics;
        this.stats = stats;
        this.primes = primes;
        this.feeds = feeds;
    }

    @PostMapping("/stats")
    public Summary stats(@RequestBody List<Double> values) {
        return stats.summary(values);
    }

    @GetMapping("/primes")
    public CompletableFuture<PrimeCount> primes(@RequestParam long below) {
        return primes.countBelow(below);
    }

    /** Server-sent events, one per prime, sent as Python yields them. */
    @GetMapping(path = "/primes/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<Long> primeStream(@RequestParam long below) {
        return primes.primesBelow(below);
    }

    /** {@code ?source=a&source=b}: an {@code async def} that awaits every source concurrently. */
    @GetMapping("/feeds")
    public CompletableFuture<Gathered> feeds(@RequestParam(name = "source") List<String> sources) {
        return feeds.gather(sources);
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
