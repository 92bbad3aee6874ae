package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Python generators streamed item by item through {@link InterpreterExecutor#stream}. One
 * worker, so "the next call runs" proves the stream gave its worker back.
 */
class StreamingTest {

    private static InterpreterExecutor executor;

    @BeforeAll
    static void start() {
        executor = InterpreterExecutor.builder().name("streams").minSize(1).maxSize(1).preloadModules("streams")
                .streamIdleTimeout(Duration.ofMillis(500)).build();
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    @BeforeEach
    void reset() throws Exception {
        await(executor.call("streams:reset", Object.class));
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    private static List<String> log() throws Exception {
        return await(executor.call(PythonCall.target("streams:log"), new TypeRef<List<String>>() { }));
    }

    private static <E> Stream<E> stream(PythonCall call, Class<E> type) {
        return executor.stream(call, TypeRef.of(type));
    }

    @Test
    void itemsArriveInOrderConvertedToTheElementType() {
        try (Stream<Long> items = stream(PythonCall.target("streams:count").args(200, 3), Long.class)) {
            assertThat(items.toList()).hasSize(200).startsWith(0L, 3L, 6L).endsWith(597L);
        }
        TypeRef<List<Integer>> rows = new TypeRef<>() { };
        try (Stream<List<Integer>> items = executor.stream(PythonCall.target("streams:rows").args(3), rows)) {
            assertThat(items.toList()).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                    List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        }
    }

    @Test
    void tenMillionItemsStreamInConstantMemory() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long count = 0;
        long sum = 0;
        long first = -1;
        java.util.List<Long> growth = new java.util.ArrayList<>();
        // its own pool with the default idle timeout: a full collection of a busy test JVM can stall the
        // reader longer than the 500 ms the other tests' pool allows
        try (InterpreterExecutor own = InterpreterExecutor.builder().name("ten-million").minSize(1).maxSize(1)
                .preloadModules("streams").build();
                Stream<Long> items = own.stream(PythonCall.target("streams:count").args(10_000_000),
                        TypeRef.of(Long.class))) {
            Iterator<Long> it = items.iterator();
            while (it.hasNext()) {
                sum += it.next();
                if (++count % 2_000_000 == 0) {
                    System.gc();
                    long used = memory.getHeapMemoryUsage().getUsed();
                    if (first < 0) {
                        first = used; // after the warm-up of the first 2 M items (compiled code, engine caches)
                    }
                    growth.add(used - first);
                    System.out.println("streaming: " + count + " items, heap used " + (used >> 20) + " MB");
                }
            }
            items.close();
            assertThat(own.call(PythonCall.target("streams:log"), new TypeRef<List<String>>() { })
                    .get(60, TimeUnit.SECONDS)).containsExactly("count closed");
        }
        // A sample can catch the Graal compiler's graphs of a compilation in progress (a CI run saw 435 MB
        // of them at 4 M items, gone at 6 M); items a stream kept would be in every later sample. So the
        // growth is the smaller of the last two samples: retained items would show in both.
        long kept = Math.min(growth.get(growth.size() - 1), growth.get(growth.size() - 2));
        System.out.println("streaming 10 M items: heap growth from 2 M items " + growth.stream().map(g -> (g >> 20) + " MB").toList());
        assertThat(count).isEqualTo(10_000_000);
        assertThat(sum).isEqualTo(10_000_000L * 9_999_999L / 2);
        // the 6 M items between the first sample and the 8 M one would hold > 100 MB as boxed Longs in a
        // list; a stream holds one batch
        assertThat(kept).as("heap growth from 2 M to 8 M and 10 M items, bytes").isLessThan(64L << 20);
    }

    @Test
    void closingEarlyRunsTheGeneratorsFinallyAndFreesTheWorker() throws Exception {
        try (Stream<Long> items = stream(PythonCall.target("streams:count").args(1_000_000), Long.class)) {
            assertThat(items.limit(5).toList()).containsExactly(0L, 1L, 2L, 3L, 4L);
        }
        // the one worker ran the generator's finally and then this call
        assertThat(log()).containsExactly("count closed");
    }

    @Test
    void pythonRunsAtMostOneBatchAheadOfTheConsumer() throws Exception {
        try (Stream<Long> items = stream(PythonCall.target("streams:tracked").args(100_000), Long.class)) {
            Iterator<Long> it = items.iterator();
            for (int i = 0; i < 3; i++) {
                it.next();
            }
        } // the one worker is held while the stream is open: what the generator produced is asked after

        long produced = await(executor.call("streams:produced", Long.class));
        assertThat(produced).isBetween(3L, (long) InterpreterExecutor.STREAM_BATCH);
    }

    @Test
    void aPythonExceptionMidStreamArrivesAtThatItem() throws Exception {
        List<Long> seen = new ArrayList<>();
        try (Stream<Long> items = stream(PythonCall.target("streams:fail_after").args(100), Long.class)) {
            assertThatThrownBy(() -> items.forEach(seen::add)).isInstanceOfSatisfying(PythonException.class, e -> {
                assertThat(e.pythonType()).isEqualTo("ValueError");
                assertThat(e.pythonMessage()).isEqualTo("no item 100");
                assertThat(e.pythonTraceback()).contains("fail_after");
            });
        }
        assertThat(seen).hasSize(100).endsWith(99L);
        assertThat(log()).isEmpty();
    }

    @Test
    void anItemThatDoesNotFitIsNamedByItsPlaceInTheStream() {
        List<Long> seen = new ArrayList<>();
        try (Stream<Long> items = stream(PythonCall.target("streams:mixed"), Long.class)) {
            assertThatThrownBy(() -> items.forEach(seen::add)).isInstanceOf(ConversionException.class)
                    .hasMessageContaining("item[2]");
        }
        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void aCallThatReturnsNoIterableFailsAtTheFirstRead() throws Exception {
        try (Stream<Long> items = stream(PythonCall.target("streams:not_iterable"), Long.class)) {
            assertThatThrownBy(items::toList).isInstanceOfSatisfying(PythonException.class,
                    e -> assertThat(e.pythonType()).isEqualTo("TypeError"));
        }
        assertThat(await(executor.call("streams:produced", Long.class))).isNotNull();
    }

    @Test
    void theCallTimeoutCoversTheWholeStream() throws Exception {
        List<Long> seen = new ArrayList<>();
        long begin = System.nanoTime();
        try (Stream<Long> items = stream(PythonCall.target("streams:slow").args(0.05).timeout(Duration.ofMillis(700)), Long.class)) {
            assertThatThrownBy(() -> items.forEach(seen::add)).isInstanceOfSatisfying(UncheckedCallTimeoutException.class,
                    e -> assertThat(e.getCause().target()).isEqualTo("streams:slow"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
        assertThat(seen).isNotEmpty();
        assertThat(await(executor.call("streams:add_later", Long.class, 1, 2))).isEqualTo(3L);
    }

    @Test
    void aStreamNobodyReadsIsClosedAfterTheIdleTimeout() throws Exception {
        Stream<Long> abandoned = stream(PythonCall.target("streams:count").args(1_000_000), Long.class);
        Iterator<Long> it = abandoned.iterator();
        assertThat(it.next()).isZero();
        // neither read on nor closed: after 500 ms its generator is closed and the worker free
        assertThat(log()).containsExactly("count closed");
        assertThatThrownBy(() -> {
            while (it.hasNext()) {
                it.next();
            }
        }).isInstanceOf(java.util.concurrent.CancellationException.class).hasMessageContaining("was not read for 500 ms");
    }

    @Test
    void asyncGeneratorsAndCoroutinesGivingGeneratorsStream() throws Exception {
        try (Stream<Long> items = stream(PythonCall.target("streams:ticks").args(150), Long.class)) {
            assertThat(items.toList()).hasSize(150).endsWith(149L);
        }
        assertThat(log()).containsExactly("ticks closed");
        await(executor.call("streams:reset", Object.class));
        try (Stream<Long> items = stream(PythonCall.target("streams:ticks").args(1000), Long.class)) {
            assertThat(items.limit(2).toList()).containsExactly(0L, 1L);
        }
        assertThat(log()).containsExactly("ticks closed");
        try (Stream<Long> items = stream(PythonCall.target("streams:coroutine_of_generator").args(4), Long.class)) {
            assertThat(items.toList()).containsExactly(0L, 1L, 2L, 3L);
        }
    }
}
