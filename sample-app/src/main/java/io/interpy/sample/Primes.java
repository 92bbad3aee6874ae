package io.interpy.sample;

import io.interpy.sample.Analytics.PrimeCount;
import io.interpy.spring.annotation.PythonModule;
import io.interpy.spring.annotation.RunInInterpreter;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Flux;

/** Python's {@code analytics.primes}: a future of one result, and a generator streamed as it yields. */
@PythonModule("analytics.primes")
public interface Primes {

    /** Counts primes below {@code below} by trial division: pure-Python CPU work. */
    @RunInInterpreter(value = "count_below", timeout = "${sample.primes-timeout:5s}")
    CompletableFuture<PrimeCount> countBelow(long below);

    /**
     * Each prime below {@code below}, as the generator yields it. A client that disconnects
     * cancels the Flux, which closes the generator and frees its worker.
     */
    @RunInInterpreter(value = "primes_below", timeout = "60s")
    Flux<Long> primesBelow(long below);
}
