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
import org.springframework.stereotype.Service;

/**
 * {@link CallForms} the older way: a class whose bodies never run. The timeouts come from the
 * interface's annotations, which the class inherits.
 */
@Service
@RunInInterpreter("pymod")
public class AnnotatedCalls implements CallForms {

    @Override
    public void reset() {
    }

    @Override
    public List<String> log() {
        return null;
    }

    @Override
    public long add(long a, long b) {
        return 0;
    }

    @Override
    public void record(String label) {
    }

    @Override
    public Optional<Long> maybe(long x) {
        return null;
    }

    @Override
    public CompletableFuture<Long> addFuture(long a, long b) {
        return null;
    }

    @Override
    public CompletionStage<Long> addStage(long a, long b) {
        return null;
    }

    @Override
    public Mono<Long> addMono(long a, long b) {
        return null;
    }

    @Override
    public long fail(String message) {
        return 0;
    }

    @Override
    public CompletableFuture<Long> failFuture(String message) {
        return null;
    }

    @Override
    public Mono<Long> failMono(String message) {
        return null;
    }

    @Override
    public double slow(double seconds) {
        return 0;
    }

    @Override
    public double slowDeclared(double seconds) throws CallTimeoutException {
        return 0;
    }

    @Override
    public CompletableFuture<Double> slowFuture(double seconds) {
        return null;
    }

    @Override
    public Mono<Double> slowMono(double seconds) {
        return null;
    }

    @Override
    public void sleeps(double seconds) {
    }

    @Override
    public CompletableFuture<Void> sleepsFuture(double seconds) {
        return null;
    }

    @Override
    public Mono<Void> sleepsMono(double seconds) {
        return null;
    }

    @Override
    public Stream<Long> count(int n) {
        return null;
    }

    @Override
    public Iterator<Long> countIterator(int n) {
        return null;
    }

    @Override
    public Flux<Long> countFlux(int n) {
        return null;
    }

    @Override
    public Publisher<Long> countPublisher(int n) {
        return null;
    }

    @Override
    public Stream<Long> failAfter(int n) {
        return null;
    }

    @Override
    public Flux<Long> failAfterFlux(int n) {
        return null;
    }

    @Override
    public Stream<Long> slowCount(double delay) {
        return null;
    }

    @Override
    public Stream<Point> points(int n) {
        return null;
    }

    @Override
    public Summary summary(List<Double> values) {
        return null;
    }

    @Override
    public long addLater(long a, @PyKwarg("b") long second) {
        return 0;
    }

    @Override
    public Flux<Long> ticks(int n) {
        return null;
    }
}
