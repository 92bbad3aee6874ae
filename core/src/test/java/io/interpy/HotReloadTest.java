package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code reloadModules}, an edit of a .py file under a directory root is what the next call
 * runs, a syntax error reaches that call as a PythonException naming file and line, and fixing
 * it recovers: all on a real file, with no restart. The same holds for a directory a .pth file
 * names (a package installed with {@code pip install -e}).
 */
class HotReloadTest {

    @TempDir
    Path root;

    private InterpreterExecutor pool(boolean reload) {
        return InterpreterExecutor.builder().name(reload ? "hot" : "cold").minSize(1).maxSize(1)
                .pythonPath(root.toString()).reloadModules(reload).build();
    }

    private void write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Object callOrFailure(InterpreterExecutor executor, String target) {
        CompletableFuture<Object> call = executor.call(target, Object.class);
        try {
            return call.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            return e.getCause() instanceof PythonException python ? python : e;
        }
    }

    /** Calls until the answer is what {@code expected} accepts; returns it and reports how long that took. */
    private static Object awaitAnswer(InterpreterExecutor executor, String target, java.util.function.Predicate<Object> expected,
            String what) throws InterruptedException {
        long begin = System.nanoTime();
        long deadline = begin + TimeUnit.SECONDS.toNanos(30);
        Object answer = callOrFailure(executor, target);
        while (!expected.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(5);
            answer = callOrFailure(executor, target);
        }
        System.out.println("hot reload: " + what + " after " + Duration.ofNanos(System.nanoTime() - begin).toMillis() + " ms");
        return answer;
    }

    @Test
    void anEditIsWhatTheNextCallRunsAndASyntaxErrorIsReportedUntilFixed() throws Exception {
        write("hot.py", "import helper\n\ndef value():\n    return helper.base() + 1\n");
        write("helper.py", "def base():\n    return 0\n");
        try (InterpreterExecutor executor = pool(true)) {
            assertThat(executor.call("hot:value", Long.class).get(60, TimeUnit.SECONDS)).isEqualTo(1L);

            write("helper.py", "def base():\n    return 10\n"); // a module the target imports
            assertThat(awaitAnswer(executor, "hot:value", Long.valueOf(11)::equals, "edited helper")).isEqualTo(11L);

            write("hot.py", "def value(:\n    return 2\n");
            Object broken = awaitAnswer(executor, "hot:value", PythonException.class::isInstance, "syntax error reported");
            assertThat(broken).isInstanceOfSatisfying(PythonException.class, e -> {
                assertThat(e.pythonType()).isEqualTo("SyntaxError");
                assertThat(e.getMessage()).contains("hot.py").contains("line 1");
            });

            write("hot.py", "from pkg.fresh import three\n\ndef value():\n    return three()\n");
            write("pkg/__init__.py", "");
            write("pkg/fresh.py", "def three():\n    return 3\n"); // a package that did not exist before
            assertThat(awaitAnswer(executor, "hot:value", Long.valueOf(3)::equals, "fixed, with a new package")).isEqualTo(3L);
            assertThat(executor.stats().contextsCreated()).isGreaterThan(1);
        }
    }

    @Test
    void anEditInADirectoryAPthFileNamesIsWhatTheNextCallRuns() throws Exception {
        // pip install -e: site-packages names the project's sources, which are what the developer edits
        write("project/src/devmod.py", "def value():\n    return 1\n");
        write("site/dev.pth", "../project/src\n");
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("editable").minSize(1).maxSize(1)
                .pythonPath(root.resolve("site").toString()).reloadModules(true).build()) {
            assertThat(executor.call("devmod:value", Long.class).get(60, TimeUnit.SECONDS)).isEqualTo(1L);
            write("project/src/devmod.py", "def value():\n    return 2\n");
            assertThat(awaitAnswer(executor, "devmod:value", Long.valueOf(2)::equals, "edited editable module")).isEqualTo(2L);

            // a .pth edited to name another directory: that one is read, and watched from then on
            write("project/lib/devmod.py", "def value():\n    return 3\n");
            write("site/dev.pth", "../project/lib\n");
            assertThat(awaitAnswer(executor, "devmod:value", Long.valueOf(3)::equals, "new .pth directory")).isEqualTo(3L);
            write("project/lib/devmod.py", "def value():\n    return 4\n");
            assertThat(awaitAnswer(executor, "devmod:value", Long.valueOf(4)::equals, "edit in the new directory")).isEqualTo(4L);
        }
    }

    @Test
    void withoutReloadAWorkerKeepsTheModuleItImported() throws Exception {
        write("hot.py", "def value():\n    return 1\n");
        try (InterpreterExecutor executor = pool(false)) {
            assertThat(executor.call("hot:value", Long.class).get(60, TimeUnit.SECONDS)).isEqualTo(1L);
            write("hot.py", "def value():\n    return 2\n");
            Thread.sleep(300);
            assertThat(executor.call("hot:value", Long.class).get(60, TimeUnit.SECONDS)).isEqualTo(1L);
            assertThat(executor.stats().contextsCreated()).isEqualTo(1);
        }
    }
}
