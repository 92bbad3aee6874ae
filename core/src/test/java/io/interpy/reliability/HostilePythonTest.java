package io.interpy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenario 6: Python code that tries to reach the host or break its worker fails that call
 * with a clear error, and the pool keeps serving.
 */
class HostilePythonTest {

    private static InterpreterExecutor executor;

    @BeforeAll
    static void start() {
        executor = InterpreterExecutor.builder().name("hostile").minSize(2).maxSize(2)
                .preloadModules("hostile", "soak").build();
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    @AfterEach
    void poolStillServes() throws Exception {
        assertThat(executor.call("soak:inc", Long.class, 41).get(60, TimeUnit.SECONDS)).isEqualTo(42L);
        assertThat(executor.stats().size()).isEqualTo(2);
        assertThat(executor.stats().liveContexts()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({
            "read_passwd, PermissionError",
            "list_root, PermissionError",
            "write_file, PermissionError",
            "run_subprocess, ",
            "run_system, ",
            "java_lookup, ",
            "open_socket, ",
            "start_thread, ",
            "exit_interpreter, SystemExit",
            "hard_exit, SystemExit",
            "deep_recursion, ",
            "allocate_two_gib, "})
    void hostileCallFailsThatCallOnly(String function, String expectedType) {
        CompletableFuture<Object> future = executor.call("hostile:" + function, Object.class);
        assertThatThrownBy(() -> future.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(PythonException.class, e -> {
                    System.out.printf("RELIABILITY hostile %s -> %s%n", function, e.getMessage().lines().findFirst().orElse(""));
                    assertThat(e.target()).isEqualTo("hostile:" + function);
                    if (expectedType != null) {
                        assertThat(e.pythonType()).isEqualTo(expectedType);
                    }
                });
    }

    @Test
    void environmentVariablesOfTheJvmAreInvisible() throws Exception {
        Map<String, Object> env = executor.call(io.interpy.PythonCall.target("hostile:environment"),
                new io.interpy.TypeRef<Map<String, Object>>() { }).get(60, TimeUnit.SECONDS);
        assertThat(System.getenv()).containsKey("PATH");
        assertThat(env).doesNotContainKeys("PATH", "HOME", "JAVA_HOME", "USER");
    }

    @Test
    void monkeyPatchingBuiltinsInOneWorkerDoesNotReachTheOther() throws Exception {
        CompletableFuture<Long> patched = executor.call("hostile:patch_builtins_and_hold", Long.class, 1.0);
        Thread.sleep(300); // the patching worker is now holding; the next call goes to the other one
        assertThat(executor.call("hostile:real_len", Long.class).get(60, TimeUnit.SECONDS)).isEqualTo(3L);
        assertThat(patched.get(60, TimeUnit.SECONDS)).isEqualTo(42L);
    }
}
