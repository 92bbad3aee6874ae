package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stages a caller chains onto a call's future run on the pool's completion executor, never on
 * the Python worker that completed it: there they would hold the worker, and with one worker a
 * stage that waits for another Python call would wait for itself.
 */
class CompletionStagesTest {

    private static ExecutorService stages;
    private static InterpreterExecutor executor;

    @BeforeAll
    static void start() {
        stages = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("app-stage-", 1).factory());
        executor = InterpreterExecutor.builder().name("stages").minSize(1).maxSize(1).preloadModules("mathmod")
                .completionExecutor(stages).logPythonOutput(false).build();
    }

    @AfterAll
    static void stop() {
        executor.close();
        stages.shutdownNow();
    }

    private static CompletableFuture<Long> pending() {
        // a call long enough that every stage below is chained before it completes
        return executor.call(PythonCall.target("mathmod:add_after").args(40, 2).kwargs(Map.of("seconds", 0.3)),
                Long.class);
    }

    @Test
    void stagesChainedBeforeCompletionRunOnTheCompletionExecutor() throws Exception {
        Map<String, String> ranOn = new ConcurrentHashMap<>();
        CompletableFuture<Long> call = pending();
        assertThat(call).isNotDone();
        List<CompletableFuture<?>> chained = List.of(
                call.thenApply(v -> ranOn.put("thenApply", Thread.currentThread().getName())),
                call.thenAccept(v -> ranOn.put("thenAccept", Thread.currentThread().getName())),
                call.thenRun(() -> ranOn.put("thenRun", Thread.currentThread().getName())),
                call.whenComplete((v, e) -> ranOn.put("whenComplete", Thread.currentThread().getName())),
                call.handle((v, e) -> ranOn.put("handle", Thread.currentThread().getName())),
                call.thenCompose(v -> CompletableFuture.completedFuture(ranOn.put("thenCompose",
                        Thread.currentThread().getName()))),
                call.thenCombine(CompletableFuture.completedFuture(1), (a, b) -> ranOn.put("thenCombine",
                        Thread.currentThread().getName())),
                call.applyToEither(new CompletableFuture<>(), v -> ranOn.put("applyToEither",
                        Thread.currentThread().getName())),
                call.copy().thenApply(v -> ranOn.put("copy", Thread.currentThread().getName())),
                call.minimalCompletionStage().thenApply(v -> ranOn.put("minimalCompletionStage",
                        Thread.currentThread().getName())).toCompletableFuture(),
                call.thenApplyAsync(v -> ranOn.put("thenApplyAsync", Thread.currentThread().getName())));
        assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(42L);
        CompletableFuture.allOf(chained.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(ranOn).hasSize(11);
        assertThat(ranOn.values()).allSatisfy(thread -> assertThat(thread).startsWith("app-stage-"));
    }

    @Test
    void aFailedCallsRecoveryStagesRunOffTheWorkerToo() throws Exception {
        Set<String> ranOn = ConcurrentHashMap.newKeySet();
        CompletableFuture<Long> failing = executor.call(PythonCall.target("mathmod:add_after")
                .args(1, "x").kwargs(Map.of("seconds", 0.3)), Long.class);
        CompletableFuture<Long> recovered = failing.exceptionally(e -> {
            ranOn.add(Thread.currentThread().getName());
            return -1L;
        });
        CompletableFuture<Long> composed = failing.exceptionallyCompose(e -> {
            ranOn.add(Thread.currentThread().getName());
            return CompletableFuture.completedFuture(-2L);
        });
        assertThat(recovered.get(60, TimeUnit.SECONDS)).isEqualTo(-1L);
        assertThat(composed.get(60, TimeUnit.SECONDS)).isEqualTo(-2L);
        assertThat(ranOn).isNotEmpty().allSatisfy(thread -> assertThat(thread).startsWith("app-stage-"));
    }

    @Test
    void aStageThatWaitsForAnotherCallOnTheOnlyWorkerDoesNotWaitForItself() throws Exception {
        CompletableFuture<Long> nested = pending()
                .thenApply(v -> executor.call("mathmod:add", Long.class, v, 1).join());
        assertThat(nested.get(30, TimeUnit.SECONDS)).isEqualTo(43L);
    }

    @Test
    void stagesChainedAfterCompletionRunInTheCallersThread() throws Exception {
        CompletableFuture<Long> call = executor.call("mathmod:add", Long.class, 1, 2);
        assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(3L);
        String caller = Thread.currentThread().getName();
        assertThat(call.thenApply(v -> Thread.currentThread().getName()).join()).isEqualTo(caller);
        assertThat(call.whenComplete((v, e) -> { }).join()).isEqualTo(3L);
    }
}
