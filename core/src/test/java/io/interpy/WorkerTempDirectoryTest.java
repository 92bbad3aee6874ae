package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Each worker's temporary directory: in memory, its own, limited in size, emptied with its
 * context, and the host's {@code /tmp} only when file writes are granted.
 */
class WorkerTempDirectoryTest {

    private static final TypeRef<List<String>> NAMES = new TypeRef<>() {};

    @Test
    void everyTempfileApiWorksInTheDefaultSandbox() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("temp-apis").build()) {
            Map<String, Object> kinds = executor.call(PythonCall.target("scratch:tempfile_kinds"), new TypeRef<Map<String, Object>>() {})
                    .get(60, TimeUnit.SECONDS);
            // What CPython 3.11 answers for the same calls (the host's leftovers aside: a new worker's directory is empty).
            assertThat(kinds).containsEntry("TemporaryFile", "temporary")
                    .containsEntry("NamedTemporaryFile", List.of("/tmp", "named"))
                    .containsEntry("mkdtemp", List.of(true, "/tmp"))
                    .containsEntry("TemporaryDirectory", List.of("a"))
                    .containsEntry("SpooledTemporaryFile_rolled", true)
                    .containsEntry("SpooledTemporaryFile_size", 100L)
                    .containsEntry("mkstemp_size", 5L)
                    .containsEntry("left_over", List.of());
        }
    }

    @Test
    void workersDoNotSeeEachOthersFiles() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("temp-isolation").minSize(2).maxSize(2)
                .build()) {
            // Both calls hold their worker, so they run on the two different workers at once.
            CompletableFuture<List<String>> a = executor.call(PythonCall.target("scratch:write_temp").args("a.txt", "A", 1.5), NAMES);
            CompletableFuture<List<String>> b = executor.call(PythonCall.target("scratch:write_temp").args("b.txt", "B", 1.5), NAMES);
            assertThat(a.get(60, TimeUnit.SECONDS)).containsExactly("a.txt");
            assertThat(b.get(60, TimeUnit.SECONDS)).containsExactly("b.txt");
        }
    }

    @Test
    void aFullTemporaryDirectoryRaisesEnospcAndDeletingFreesIt() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("temp-limit")
                .tempDirectoryMaxSize(1 << 20).build()) {
            assertThat(executor.call("scratch:fill_temp", String.class, 2 << 20).get(60, TimeUnit.SECONDS)).isEqualTo("ENOSPC");
            // The failed file was deleted when its `with` block closed: the space is back.
            assertThat(executor.call("scratch:fill_temp", String.class, 512 << 10).get(60, TimeUnit.SECONDS)).isEqualTo("ok");
            assertThat(executor.call(PythonCall.target("scratch:list_temp"), NAMES).get(60, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void aRecycledWorkerStartsWithAnEmptyTemporaryDirectory() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("temp-recycle").minSize(1).maxSize(1)
                .maxTasksPerWorker(2).build()) {
            assertThat(executor.call(PythonCall.target("scratch:write_temp").args("kept.txt", "x"), NAMES).get(60, TimeUnit.SECONDS))
                    .containsExactly("kept.txt");
            assertThat(executor.call(PythonCall.target("scratch:list_temp"), NAMES).get(60, TimeUnit.SECONDS)).containsExactly("kept.txt");
            // The second call was the worker's last: the third runs in a fresh context.
            assertThat(executor.call(PythonCall.target("scratch:list_temp"), NAMES).get(60, TimeUnit.SECONDS)).isEmpty();
            assertThat(executor.stats().retired()).isEqualTo(1);
        }
    }

    @Test
    void theHostTmpIsUsedOnlyWhenFileWritesAreGranted() throws Exception {
        String name = "interpy-temp-" + UUID.randomUUID() + ".txt";
        Path onHost = Path.of("/tmp", name);
        try (InterpreterExecutor denied = InterpreterExecutor.builder().name("temp-denied").build()) {
            denied.call(PythonCall.target("scratch:write_temp").args(name, "x"), NAMES).get(60, TimeUnit.SECONDS);
            assertThat(onHost).doesNotExist();
        }
        try (InterpreterExecutor readOnly = InterpreterExecutor.builder().name("temp-read")
                .sandbox(Sandbox.denyAll().withFileSystemRead(true)).build()) {
            readOnly.call(PythonCall.target("scratch:write_temp").args(name, "x"), NAMES).get(60, TimeUnit.SECONDS);
            assertThat(onHost).doesNotExist();
        }
        try (InterpreterExecutor granted = InterpreterExecutor.builder().name("temp-granted")
                .sandbox(Sandbox.denyAll().withFileSystemWrite(true)).build()) {
            assertThat(granted.call("scratch:temp_dir", String.class).get(60, TimeUnit.SECONDS)).isEqualTo("/tmp");
            granted.call(PythonCall.target("scratch:write_temp").args(name, "written by python"), NAMES).get(60, TimeUnit.SECONDS);
            assertThat(onHost).hasContent("written by python");
        } finally {
            Files.deleteIfExists(onHost);
        }
    }

    @Test
    void aLimitJimfsCannotHoldIsRefusedNamingTheSetting() {
        for (long bytes : new long[] {-1, 0, 8191, 8192L * Integer.MAX_VALUE + 1}) {
            assertThatThrownBy(() -> InterpreterExecutor.builder().name("temp-bad").tempDirectoryMaxSize(bytes).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("tempDirectoryMaxSize = " + bytes
                            + ": must be between 8192 bytes (one 8 KiB block) and 17592186036224 (pool 'temp-bad')");
        }
    }

    @Test
    void filesRenameAndLinkInsideTheTemporaryDirectoryAsOnAHost() throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("temp-rename")
                .tempDirectoryMaxSize(1 << 20).build()) {
            Map<String, Object> ops = executor.call(PythonCall.target("scratch:renames_and_links"),
                    new TypeRef<Map<String, Object>>() {}).get(60, TimeUnit.SECONDS);
            // CPython 3.11 on a host /tmp gives the same, but for the rename out (a sandbox denial).
            assertThat(ops).containsEntry("replace", "new")
                    .containsEntry("rename", List.of("moved.txt"))
                    .containsEntry("pathlib_rename", "moved again")
                    .containsEntry("relative_symlink", "target text")
                    .containsEntry("readlink", "target.txt")
                    .containsEntry("rename_out_of_tmp", "PermissionError");
        }
    }
}
