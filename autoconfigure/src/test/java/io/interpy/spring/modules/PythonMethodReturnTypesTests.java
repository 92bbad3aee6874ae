package io.interpy.spring.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.CallTimeoutException;
import io.interpy.PythonException;
import io.interpy.UncheckedCallTimeoutException;
import io.interpy.spring.modules.CallForms.Point;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Every return type, for success, Python error, timeout and cancellation, through a
 * {@code @PythonModule} interface and through a {@code @RunInInterpreter} class: the two beans
 * implement the same {@link CallForms}, and each test runs on both.
 */
@SpringBootTest(classes = PythonMethodReturnTypesTests.App.class,
        properties = { "interpy.pool.min-size=1", "interpy.pool.max-size=1", "interpy.python.preload-modules=pymod" })
class PythonMethodReturnTypesTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(AnnotatedCalls.class)
    static class App {
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PyCalls pyCalls;

    /** One worker: the Python log the tests read is that worker's module state. */
    private CallForms calls(String bean) {
        Class<? extends CallForms> type = bean.equals("pyCalls") ? PyCalls.class : AnnotatedCalls.class;
        CallForms calls = context.getBean(type);
        calls.reset();
        return calls;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void theInterfaceIsABeanAndItsDefaultMethodsRunAsJava() {
        assertThat(AopUtils.isAopProxy(pyCalls)).isTrue();
        assertThat(pyCalls.addTwice(21)).isEqualTo(42);
        assertThat(pyCalls.toString()).contains("PyCalls");
        assertThat(pyCalls).isEqualTo(pyCalls).hasSameHashCodeAs(pyCalls);
    }

    @ParameterizedTest
    @ValueSource(strings = { "pyCalls", "annotatedCalls" })
    void blockingValueVoidAndOptional(String bean) {
        CallForms calls = calls(bean);
        assertThat(calls.add(40, 2)).isEqualTo(42);
        calls.record("hello");
        assertThat(calls.log()).containsExactly("hello");
        assertThat(calls.maybe(7)).contains(7L);
        assertThat(calls.maybe(-1)).isEqualTo(Optional.empty());
        assertThat(calls.summary(List.of(1.0, 2.0, 3.0))).isEqualTo(new CallForms.Summary(3, 2.0, 2.0, 0.0));
        assertThat(calls.addLater(1, 2)).isEqualTo(3); // async def, awaited on the worker's loop
    }

    @ParameterizedTest
    @ValueSource(strings = { "pyCalls", "annotatedCalls" })
    void futuresAndMonos(String bean) throws Exception {
        CallForms calls = calls(bean);
        assertThat(await(calls.addFuture(1, 2))).isEqualTo(3);
        assertThat(await(calls.addStage(3, 4).toCompletableFuture())).isEqualTo(7);
        StepVerifier.create(calls.addMono(5, 6)).expectNext(11L).verifyComplete();
        StepVerifier.create(calls.sleepsMono(0.0)).verifyComplete(); // None: an empty Mono
    }

    @ParameterizedTest
    @ValueSource(strings = { "pyCalls", "annotatedCalls" })
    void pythonErrorsAreThrownUnwrappedOrCompleteTheFutureOrMono(String bean) {
        CallForms calls = calls(bean);
        assertThatThrownBy(() -> calls.fail("boom")).isInstanceOfSatisfying(PythonException.class,
                e -> assertThat(e.pythonType()).isEqualTo("ValueError"));
        assertThatThrownBy(() -> await(calls.failFuture("boom"))).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(PythonException.class).hasMessageContaining("boom");
        StepVerifier.create(calls.failMono("boom"))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(PythonException.class).hasMessageContaining("boom"))
                .verify(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(strings = { "pyCalls", "annotatedCalls" })
    void timeoutsInEachForm(String bean) {
        CallForms calls = calls(bean);
        assertThatThrownBy(() -> calls.slow(10)).isInstanceOfSatisfying(UncheckedCallTimeoutException.class,
                e -> assertThat(e.getCause().timeout()).isEqualTo(Duration.ofMillis(300)));
        assertThatThrownBy(() -> calls.slowDeclared(10)).isInstanceOf(CallTimeoutException.class);
        assertThatThrownBy(() -> await(calls.slowFuture(10))).cause().isInstanceOf(CallTimeoutException.class);
        StepVerifier.create(calls.slowMono(10)).expectError(CallTimeoutException.class).verify(Duration.ofSeconds(30));
        List<Long> seen = new ArrayList<>();
        try (Stream<Long> items = calls.slowCount(0.05)) {
            assertThatThrownBy(() -> items.forEach(seen::add)).isInstanceOf(UncheckedCallTimeoutException.class)
                    .hasMessageContaining("while running");
        }
        assertThat(seen).isNotEmpty();
        assertThat(calls.add(1, 1)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "pyCalls", "annotatedCalls" })
    void cancellingAFutureOrAMonoOrInterruptingTheCallerStopsThePythonCode(String bean) throws Exception {
        CallForms calls = calls(bean);
        CompletableFuture<Void> future = calls.sleepsFuture(30);
        Thread.sleep(300);
        future.cancel(true);
        awaitLog(calls, "sleeps cancelled", "sleeps finally");

        calls.reset();
        Disposable subscription = calls.sleepsMono(30).subscribe();
        Thread.sleep(300);
        subscription.dispose();
        awaitLog(calls, "sleeps cancelled", "sleeps finally");

        calls.reset();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                calls.sleeps(30);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        Thread.sleep(300);
        caller.interrupt();
        caller.join(10_000);
        assertThat(thrown.get()).isInstanceOf(CancellationException.class);
        awaitLog(calls, "sleeps cancelled", "sleeps finally");
    }

    private static void awaitLog(CallForms calls, String... expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!calls.log().equals(List.of(expected)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(calls.log()).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "pyCalls", "annotatedCalls" })
    void streamsAndIterators(String bean) throws Exception {
        CallForms calls = calls(bean);
        try (Stream<Long> items = calls.count(1000)) {
            assertThat(items.mapToLong(Long::longValue).sum()).isEqualTo(999 * 1000 / 2);
        }
        try (Stream<Long> items = calls.count(1_000_000)) {
            assertThat(items.limit(3).toList()).containsExactly(0L, 1L, 2L);
        }
        assertThat(calls.log()).containsExactly("count closed", "count closed");
        calls.reset();
        Iterator<Long> it = calls.countIterator(1_000_000);
        assertThat(it.next()).isZero();
        ((AutoCloseable) it).close();
        assertThat(calls.log()).containsExactly("count closed");
        try (Stream<Point> points = calls.points(3)) {
            assertThat(points.toList()).containsExactly(new Point("p0", 0, 0), new Point("p1", 1, -1), new Point("p2", 2, -2));
        }
        List<Long> seen = new ArrayList<>();
        try (Stream<Long> items = calls.failAfter(10)) {
            assertThatThrownBy(() -> items.forEach(seen::add)).isInstanceOf(PythonException.class).hasMessageContaining("no item 10");
        }
        assertThat(seen).hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(strings = { "pyCalls", "annotatedCalls" })
    void fluxesWithBackpressureCancelAndErrors(String bean) throws Exception {
        CallForms calls = calls(bean);
        StepVerifier.create(calls.countFlux(5)).expectNext(0L, 1L, 2L, 3L, 4L).verifyComplete();
        StepVerifier.create(Flux.from(calls.countPublisher(3))).expectNext(0L, 1L, 2L).verifyComplete();
        StepVerifier.create(calls.ticks(4)).expectNext(0L, 1L, 2L, 3L).verifyComplete(); // an async generator
        calls.reset();
        // a subscriber that asks for 2 items and then cancels: the generator is closed, its worker freed
        StepVerifier.create(calls.countFlux(10_000_000), 2).expectNext(0L, 1L).thenCancel().verify(Duration.ofSeconds(30));
        awaitLog(calls, "count closed");
        StepVerifier.create(calls.failAfterFlux(3)).expectNext(0L, 1L, 2L)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(PythonException.class).hasMessageContaining("no item 3"))
                .verify(Duration.ofSeconds(30));
        // each subscription is a call of its own
        Flux<Long> twice = calls.countFlux(2);
        StepVerifier.create(twice.concatWith(twice)).expectNext(0L, 1L, 0L, 1L).verifyComplete();
    }
}
