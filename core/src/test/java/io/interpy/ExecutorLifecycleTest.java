package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
