package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import io.interpy.event.PoolListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building, prestart failures and growth: each test makes its own small pool. */
class ExecutorLifecycleTest {

    @Test
    void buildFailsWithTheCauseWhenAPreloadModuleCannotBeImported() {
        assertThatThrownBy(() -> InterpreterExecutor.builder().name("broken").minSize(1).maxSize(1)
                .preloadModules("broken_import").build())
                .isInstanceOf(WorkerStartException.class)
                .hasMessageContaining("broken_import").hasMessageContaining("broken");
    }

    @Test
    void buildFailsNamingAPythonPathEntryThatDoesNotExist() {
        assertThatThrownBy(() -> InterpreterExecutor.builder().pythonPath("/definitely/not/here").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/definitely/not/here");
    }

    @Test
    void invalidSizesAreRejectedNamingTheSetting() {
        assertThatThrownBy(() -> InterpreterExecutor.builder().minSize(3).maxSize(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSize").hasMessageContaining("minSize");
        assertThatThrownBy(() -> InterpreterExecutor.builder().queueCapacity(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queueCapacity");
    }

    @Test
    void loadsModulesFromAHostDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dirmod.py"), "def where():\n    return __file__\n");
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("dir").minSize(0).maxSize(1)
                .pythonPath(dir.toString()).build()) {
            assertThat(executor.call("dirmod:where", String.class).get(60, TimeUnit.SECONDS)).endsWith("dirmod.py");
        }
    }

    @Test
    void buildReturnsWithEveryPrestartedWorkerAlreadyCountedIdle() {
        // Repeated: the worker used to report its start before it counted itself idle.
        for (int round = 0; round < 5; round++) {
            try (InterpreterExecutor executor = InterpreterExecutor.builder().name("prestarted-" + round)
                    .minSize(2).maxSize(2).build()) {
                ExecutorStats stats = executor.stats();
                assertThat(stats.idle()).as("round %d: %s", round, stats).isEqualTo(2);
                assertThat(stats.starting()).as("round %d: %s", round, stats).isZero();
            }
        }
    }

    @Test
    void listenerAddedAfterBuildHearsThePrestartedWorkersStartsOnceThenLaterStarts() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("heard").minSize(2).maxSize(3)
                .pythonPath("classpath:python").build()) {
            List<Long> first = new CopyOnWriteArrayList<>();
            List<Long> second = new CopyOnWriteArrayList<>();
            executor.addListener(startsInto(first));
            executor.addListener(startsInto(second));
            assertThat(first).hasSize(2).allSatisfy(nanos -> assertThat(nanos).isPositive());
            assertThat(second).isEqualTo(first);

            var calls = List.of(executor.call(PythonCall.target("ctl:sleep").args(0.5), Object.class),
                    executor.call(PythonCall.target("ctl:sleep").args(0.5), Object.class),
                    executor.call(PythonCall.target("ctl:sleep").args(0.5), Object.class));
            for (var call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (first.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(first).as("the grown worker's start, heard once: %s", executor.stats()).hasSize(3);
            assertThat(second).isEqualTo(first);
        }
    }

    private static PoolListener startsInto(List<Long> starts) {
        return new PoolListener() {
            @Override
            public void workerStarted(long nanos) {
                starts.add(nanos);
            }
        };
    }

    @Test
    void growsOnDemandFromZeroUpToMaxSize() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("grow").minSize(0).maxSize(2)
                .pythonPath("classpath:python").build()) {
            assertThat(executor.stats().size()).isZero();
            var a = executor.call(PythonCall.target("ctl:sleep").args(1.0), Object.class);
            var b = executor.call(PythonCall.target("ctl:sleep").args(1.0), Object.class);
            var c = executor.call(PythonCall.target("ctl:sleep").args(0.1), Object.class);
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
            c.get(60, TimeUnit.SECONDS);
            assertThat(executor.stats().size()).isEqualTo(2);
            assertThat(executor.stats().created()).isEqualTo(2);
        }
    }

    @Test
    void closeCompletesEveryFutureAndJoinsEveryThread() throws Exception {
        InterpreterExecutor executor = InterpreterExecutor.builder().name("closing").minSize(1).maxSize(1)
                .awaitTermination(Duration.ofMillis(200)).build();
        var running = executor.call(PythonCall.target("ctl:forever"), Object.class);
        var queued = executor.call(PythonCall.target("mathmod:inc").args(1), Object.class);
        Thread.sleep(200);
        executor.close();
        assertThat(running).isCompletedExceptionally();
        assertThat(queued).isCompletedExceptionally();
        ExecutorStats stats = executor.stats();
        assertThat(stats.liveThreads()).isZero();
        assertThat(stats.liveContexts()).isZero();
        assertThat(stats.state()).isEqualTo("TERMINATED");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("interpy-closing-"));
        assertThatThrownBy(() -> executor.call("mathmod:inc", Integer.class, 1))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class).hasMessageContaining("closing");
    }
}
