package io.interpy.sample;

import io.interpy.spring.annotation.PyKwarg;
import io.interpy.spring.annotation.RunInInterpreter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/**
 * Python functions in the older form, {@code @RunInInterpreter} on a class whose bodies never
 * run: each call goes to a GraalPy worker, and the returned future completes with the converted
 * result. {@link Stats}, {@link Primes} and {@link Feeds} show the interface form.
 */
@Service
public class Analytics {

    /**
     * The most frequent words, counted by the {@code textkit} package (its own jar, a GraalPy VFS
     * layout); {@code filters} names textkit's token filters, e.g. {@code "stopwords"}. Both
     * are keyword-only in Python.
     */
    @RunInInterpreter("analytics.words:top")
    public CompletableFuture<List<WordCount>> topWords(String text, @PyKwarg("limit") int limit,
            @PyKwarg("filters") List<String> filters) {
        return null;
    }

    /** The Python implementation and the distributions the Python code imports, from their metadata. */
    @RunInInterpreter("analytics.about:about")
    public CompletableFuture<About> about() {
        return null;
    }

    /** Always raises RuntimeError, to show how unexpected Python errors reach HTTP clients. */
    @RunInInterpreter("analytics.words:crash")
    public CompletableFuture<Void> crash() {
        return null;
    }

    public record Summary(int count, double mean, double median, double stdev, double minimum, double maximum) {
    }

    public record PrimeCount(long below, long count) {
    }

    public record WordCount(String word, long count) {
    }

    public record About(String implementation, String pythonVersion, List<Dependency> dependencies) {
    }

    /**
     * A distribution as {@code importlib.metadata} sees it; {@code location} is the site-packages
     * directory it was found in and {@code entryPoints} maps each entry point group to its names.
     */
    public record Dependency(String name, String version, String summary, String installer, String location,
            Map<String, List<String>> entryPoints) {
    }
}
