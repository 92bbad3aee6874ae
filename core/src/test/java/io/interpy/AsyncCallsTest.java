package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code async def} targets run to completion on the worker's event loop; stops cancel them. */
class AsyncCallsTest {

    private static InterpreterExecutor executor;

    @BeforeAll
    static void start() {
        executor = InterpreterExecutor.builder().name("async").minSize(1).maxSize(1).preloadModules("streams").build();
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

    @Test
    void aCoroutineFunctionIsAwaitedAndItsValueReturned() throws Exception {
        assertThat(await(executor.call("streams:add_later", Long.class, 20, 22))).isEqualTo(42L);
        assertThat(await(executor.call(PythonCall.target("streams:gather_squares").args(5), new TypeRef<List<Long>>() { })))
                .containsExactly(0L, 1L, 4L, 9L, 16L);
    }

    @Test
    void anExceptionInACoroutineIsAPythonException() {
        assertThatThrownBy(() -> await(executor.call("streams:fails_later", Object.class)))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(PythonException.class, e -> {
                    assertThat(e.pythonType()).isEqualTo("KeyError");
                    assertThat(e.pythonTraceback()).contains("fails_later");
                });
    }

    @Test
    void aTimeoutCancelsTheCoroutineAndItsFinallyRuns() throws Exception {
        long contexts = executor.stats().contextsCreated();
        CompletableFuture<Object> call = executor.call(PythonCall.target("streams:sleeps").args(30).timeout(Duration.ofMillis(300)), Object.class);
        assertThatThrownBy(() -> await(call)).cause().isInstanceOf(CallTimeoutException.class);
        assertThat(log()).containsExactly("sleeps cancelled", "sleeps finally");
        assertThat(executor.stats().contextsCreated()).isEqualTo(contexts); // stopped softly: the context was not replaced
    }

    @Test
    void cancelTrueCancelsTheCoroutine() throws Exception {
        CompletableFuture<Object> call = executor.call(PythonCall.target("streams:sleeps").args(30), Object.class);
        Thread.sleep(300);
        call.cancel(true);
        assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
        assertThat(log()).containsExactly("sleeps cancelled", "sleeps finally");
        assertThat(await(executor.call("streams:add_later", Long.class, 1, 1))).isEqualTo(2L);
    }
}
