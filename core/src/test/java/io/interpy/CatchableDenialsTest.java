package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Denials that GraalPy reports as host errors no Python code can catch (which also break the
 * context) reach Python as the exceptions CPython raises in the same situation, naming the
 * setting that would allow the operation; the worker keeps serving.
 */
class CatchableDenialsTest {

    private static final TypeRef<List<String>> OUTCOME = new TypeRef<>() {};

    private static List<String> attempt(InterpreterExecutor executor, String what) throws Exception {
        return executor.call(PythonCall.target("denials:caught").args(what), OUTCOME).get(60, TimeUnit.SECONDS);
    }

    @Test
    void deniedThreadsProcessesAndCryptRaiseOrdinaryExceptionsAndGetsizeofAnswers() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("denials").minSize(1).maxSize(1).build()) {
            String threads = "can't start new thread: thread creation is denied by the Interpy sandbox"
                    + " (Sandbox.withThreadCreation, interpy.sandbox.thread-creation)";
            assertThat(attempt(executor, "thread_start")).containsExactly("RuntimeError", threads);
            assertThat(attempt(executor, "thread_pool")).containsExactly("RuntimeError", threads);
            assertThat(attempt(executor, "system")).containsExactly("PermissionError", "[Errno 1] process creation is"
                    + " denied by the Interpy sandbox (Sandbox.withProcessCreation, interpy.sandbox.process-creation)");
            assertThat(attempt(executor, "crypt")).containsExactly("ImportError",
                    "The required _crypt module was not built as part of CPython");
            // What CPython 3.11 answers (python3 -c "import denials; print(denials.caught('getsizeof'))").
            assertThat(attempt(executor, "getsizeof")).containsExactly("ok", "[True, 99, True, True, True, 132]");
            assertThat(attempt(executor, "getsizeof_default")).first().isEqualTo("ok");
            // The same worker served all of them: nothing broke its context.
            assertThat(executor.stats().created()).isEqualTo(1);
            assertThat(executor.stats().retired()).isZero();
        }
    }

    @Test
    void grantedThreadsStillWork() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("threads").minSize(1).maxSize(1)
                .sandbox(Sandbox.denyAll().withThreadCreation(true)).build()) {
            assertThat(attempt(executor, "thread_pool")).containsExactly("ok", "42");
        }
    }

    @Test
    void nativeAccessIsRefusedForAPoolThatWouldRunMoreThanOneContext() {
        Sandbox natives = Sandbox.denyAll().withNativeAccess(true);
        for (InterpreterExecutorBuilder builder : List.of(
                InterpreterExecutor.builder().name("natives").maxSize(2).sandbox(natives),
                InterpreterExecutor.builder().name("natives").maxSize(1).maxTasksPerWorker(100).sandbox(natives),
                InterpreterExecutor.builder().name("natives").maxSize(1).maxWorkerAge(java.time.Duration.ofHours(1)).sandbox(natives))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
                    .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                        org.assertj.core.api.Assertions.assertThat(e.setting()).isEqualTo("sandbox");
                        org.assertj.core.api.Assertions.assertThat(e.pool()).isEqualTo("natives");
                    })
                    .hasMessageStartingWith("sandbox = nativeAccess=true: may not grant native access to a pool that may run more than one context")
                    .hasMessageContaining("into the first context of a JVM only")
                    .hasMessageContaining("Use maxSize 1");
        }
    }
}
