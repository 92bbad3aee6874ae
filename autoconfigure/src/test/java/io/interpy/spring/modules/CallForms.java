package io.interpy.spring.modules;

import io.interpy.CallTimeoutException;
import io.interpy.spring.annotation.PyKwarg;
import io.interpy.spring.annotation.RunInInterpreter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every return form of a Python method, on the functions of {@code pymod}: implemented by a
 * {@code @PythonModule} interface ({@link PyCalls}) and by a {@code @RunInInterpreter} class
 * ({@link AnnotatedCalls}), so each test runs against both.
 */
public interface CallForms {

    void reset();

    List<String> log();

    long add(long a, long b);

    void record(String label);

    Optional<Long> maybe(long x);

    CompletableFuture<Long> addFuture(long a, long b);

    CompletionStage<Long> addStage(long a, long b);

    Mono<Long> addMono(long a, long b);

    long fail(String message);

    CompletableFuture<Long> failFuture(String message);

    Mono<Long> failMono(String message);

    @RunInInterpreter(timeout = "300ms")
    double slow(double seconds);

    @RunInInterpreter(timeout = "300ms")
    double slowDeclared(double seconds) throws CallTimeoutException;

    @RunInInterpreter(timeout = "300ms")
    CompletableFuture<Double> slowFuture(double seconds);

    @RunInInterpreter(timeout = "300ms")
    Mono<Double> slowMono(double seconds);

    void sleeps(double seconds);

    CompletableFuture<Void> sleepsFuture(double seconds);

    Mono<Void> sleepsMono(double seconds);

    Stream<Long> count(int n);

    Iterator<Long> countIterator(int n);

    Flux<Long> countFlux(int n);

    Publisher<Long> countPublisher(int n);

    Stream<Long> failAfter(int n);

    Flux<Long> failAfterFlux(int n);

    @RunInInterpreter(timeout = "500ms")
    Stream<Long> slowCount(double delay);

    Stream<Point> points(int n);

    Summary summary(List<Double> values);

    long addLater(long a, @PyKwarg("b") long second);

    Flux<Long> ticks(int n);

    record Point(String label, int x, int y) {
    }

    record Summary(int count, double mean, double median, double stdev) {
    }
}
