package io.interpy.sample;

import io.interpy.spring.annotation.PythonModule;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Python's {@code analytics.feeds}, whose {@code gather} is an {@code async def}. */
@PythonModule("analytics.feeds")
public interface Feeds {

    CompletableFuture<Gathered> gather(List<String> sources);

    record Gathered(List<Feed> results, long elapsedMillis) {
    }

    record Feed(String source, int items) {
    }
}
