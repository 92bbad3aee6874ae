package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The executor's core contract with a real two-worker GraalPy pool. */
class InterpreterExecutorTest {

    private static InterpreterExecutor executor;

    @BeforeAll
    static void start() {
        executor = InterpreterExecutor.builder().name("core-test").minSize(2).maxSize(2)
                .preloadModules("mathmod").build();
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    @Test
    void callsAFunctionWithPositionalArguments() throws Exception {
        assertThat(await(executor.call("mathmod:add", Integer.class, 1, 2))).isEqualTo(3);
        assertThat(await(executor.call("mathmod:add", String.class, "a", "b"))).isEqualTo("ab");
    }

    @Test
    void callsWithKeywordArgumentsAndAGenericResultType() throws Exception {
        List<String> top = await(executor.call(
                PythonCall.target("mathmod:top_words").args("b a c a b a").kwargs(Map.of("limit", 2)),
                new TypeRef<List<String>>() { }));
        assertThat(top).containsExactly("a", "b");
    }

    @Test
    void resolvesADottedAttributePathAfterTheColon() throws Exception {
        assertThat(await(executor.call("pkg.shapes:Circle.area", Long.class, 2))).isEqualTo(12L);
    }

    @Test
    void prestartsMinSizeWorkersAndReportsTheJitAsActive() {
        ExecutorStats stats = executor.stats();
        assertThat(stats.size()).isEqualTo(2);
        assertThat(stats.contextsCreated() - stats.contextsClosed()).isEqualTo(2);
        assertThat(stats.liveThreads()).isEqualTo(2);
        // The test JVM runs with the Graal compiler on the upgrade module path (parent pom).
        assertThat(executor.isJitEnabled()).isTrue();
        assertThat(stats.jitEnabled()).isTrue();
    }

    @Test
    void twoCpuBoundCallsOnTwoWorkersOverlapInTime() throws Exception {
        // Warm both workers so compilation does not skew the comparison.
        CompletableFuture.allOf(executor.call("mathmod:spin", Long.class, 1_000_000),
                executor.call("mathmod:spin", Long.class, 1_000_000)).get(60, TimeUnit.SECONDS);
        CompletableFuture<List<Long>> first = executor.call(PythonCall.target("mathmod:timed_spin").args(3_000_000),
                new TypeRef<List<Long>>() { });
        CompletableFuture<List<Long>> second = executor.call(PythonCall.target("mathmod:timed_spin").args(3_000_000),
                new TypeRef<List<Long>>() { });
        List<Long> a = await(first);
        List<Long> b = await(second);
        // Overlap: each started before the other ended. One serialized interpreter could not do this.
        assertThat(a.get(0)).isLessThan(b.get(1));
        assertThat(b.get(0)).isLessThan(a.get(1));
    }

    @Test
    void moduleGlobalsSetByOneWorkerAreInvisibleToTheOther() throws Exception {
        // Hold worker A busy so the next calls must go to worker B, then compare.
        CompletableFuture<Object> marker = executor.call(PythonCall.target("mathmod:set_global").args("mine"), Object.class);
        assertThat(await(marker)).isEqualTo("mine");
        Set<Object> seen = new HashSet<>();
        List<CompletableFuture<Object>> reads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reads.add(executor.call(PythonCall.target("mathmod:get_global"), Object.class));
            reads.add(executor.call(PythonCall.target("mathmod:spin").args(20_000), Object.class));
        }
        for (int i = 0; i < reads.size(); i += 2) {
            seen.add(await(reads.get(i)));
        }
        // One worker has the global, the other does not: with shared state both would answer "mine".
        assertThat(seen).contains((Object) null);
    }

    @Test
    void argumentsAreDeepCopiesThatPythonCanMutateWithoutTouchingTheCaller() throws Exception {
        List<Object> original = new ArrayList<>(List.of(1L, 2L, new ArrayList<>(List.of("x"))));
        Object echoed = await(executor.call("mathmod:echo", Object.class, original));
        assertThat(echoed).isEqualTo(original).isNotSameAs(original);
        @SuppressWarnings("unchecked")
        List<Object> copy = (List<Object>) echoed;
        copy.add(99L);
        assertThat(original).hasSize(3);
    }

    @Test
    void aPythonExceptionCompletesTheFutureWithTypeMessageAndTraceback() {
        CompletableFuture<Object> future = executor.call("mathmod:fail", Object.class, "bad value");
        assertThatThrownBy(() -> await(future)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(PythonException.class, e -> {
                    assertThat(e.pythonType()).isEqualTo("ValueError");
                    assertThat(e.pythonMessage()).isEqualTo("bad value");
                    assertThat(e.pythonTraceback()).contains("Traceback (most recent call last)")
                            .contains("mathmod.py").contains("raise ValueError(message)");
                    assertThat(e.getStackTrace()).anySatisfy(frame -> {
                        assertThat(frame.getMethodName()).isEqualTo("fail");
                        assertThat(frame.getFileName()).endsWith("mathmod.py");
                        assertThat(frame.getLineNumber()).isPositive();
                    });
                });
    }

    @Test
    void aChainedPythonExceptionKeepsItsCauseInTheTraceback() {
        CompletableFuture<Object> future = executor.call("mathmod:fail_chained", Object.class);
        assertThatThrownBy(() -> await(future)).cause().isInstanceOfSatisfying(PythonException.class, e -> {
            assertThat(e.pythonType()).isEqualTo("RuntimeError");
            assertThat(e.pythonTraceback()).contains("JSONDecodeError")
                    .contains("The above exception was the direct cause of the following exception");
        });
    }

    @Test
    void sysExitFailsOnlyThatCallAndTheJvmAndPoolCarryOn() throws Exception {
        CompletableFuture<Object> future = executor.call("mathmod:exit_now", Object.class, 3);
        assertThatThrownBy(() -> await(future)).cause().isInstanceOfSatisfying(PythonException.class,
                e -> assertThat(e.pythonType()).isEqualTo("SystemExit"));
        assertThat(await(executor.call("mathmod:inc", Integer.class, 1))).isEqualTo(2);
    }

    @Test
    void aMissingModuleNamesTheTargetTheModuleAndThePythonPath() {
        CompletableFuture<Object> future = executor.call("no_such_module:f", Object.class);
        assertThatThrownBy(() -> await(future)).cause().isInstanceOf(PythonException.class)
                .hasMessageContaining("no_such_module:f").hasMessageContaining("no_such_module")
                .hasMessageContaining("sys.path");
    }

    @Test
    void aMissingFunctionNamesTheTargetAndTheModule() {
        CompletableFuture<Object> future = executor.call("mathmod:nope", Object.class);
        assertThatThrownBy(() -> await(future)).cause().isInstanceOf(PythonException.class)
                .hasMessageContaining("mathmod:nope").hasMessageContaining("nope");
    }

    @Test
    void aResultThatCannotBeConvertedFailsWithThePathAndPythonType() {
        CompletableFuture<Object> future = executor.call(PythonCall.target("mathmod:echo").args(1), Object.class)
                .thenCompose(ignored -> executor.call("pkg.shapes:Circle", Object.class));
        assertThatThrownBy(() -> await(future)).cause().isInstanceOf(ConversionException.class)
                .hasMessageContaining("result").hasMessageContaining("type");
    }

    @Test
    void aBadTargetSyntaxIsRejectedBeforeAnythingIsQueued() {
        assertThatThrownBy(() -> executor.call("no-colon", Object.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-colon");
    }

    @Test
    void anArgumentThatCannotBeConvertedFailsSynchronouslyNamingTheArgument() {
        assertThatThrownBy(() -> executor.call("mathmod:echo", Object.class, List.of(1, new Thread())))
                .isInstanceOf(ConversionException.class).hasMessageContaining("argument 0")
                .hasMessageContaining("Thread");
    }

    @Test
    void verifyAcceptsAMatchingSignatureAndExplainsAMismatch() throws Exception {
        assertThat(await(executor.verify("mathmod:add", 2, List.of()))).isNull();
        assertThat(await(executor.verify("mathmod:top_words", 1, List.of("limit")))).isNull();
        assertThatThrownBy(() -> await(executor.verify("mathmod:add", 3, List.of())))
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mathmod:add");
        assertThatThrownBy(() -> await(executor.verify("pkg.shapes:not_callable", 0, List.of())))
                .cause().hasMessageContaining("not_callable");
    }

    @Test
    void statsCountCompletedAndFailedCalls() throws Exception {
        ExecutorStats before = executor.stats();
        await(executor.call("mathmod:inc", Integer.class, 1));
        assertThatThrownBy(() -> await(executor.call("mathmod:fail", Object.class, "x"))).isInstanceOf(ExecutionException.class);
        ExecutorStats after = executor.stats();
        assertThat(after.completed() - before.completed()).isGreaterThanOrEqualTo(1);
        assertThat(after.failed() - before.failed()).isGreaterThanOrEqualTo(1);
        assertThat(after.toString()).contains("core-test").contains("total=2").contains("waiting=");
    }

    @Test
    void workersAreNamedPlatformThreadsOfThePool() {
        Set<String> names = new HashSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> names.add(t.getName()));
        assertThat(names).contains("interpy-core-test-1", "interpy-core-test-2");
        assertThat(executor.workers()).extracting(WorkerInfo::id).containsExactly(1, 2);
    }

    @Test
    void timeoutsAreConfiguredPerCall() {
        CompletableFuture<Object> future = executor.call(PythonCall.target("ctl:forever").timeout(Duration.ofMillis(300)), Object.class);
        assertThatThrownBy(() -> await(future)).cause().isInstanceOf(CallTimeoutException.class);
    }
}
