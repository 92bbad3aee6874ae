package io.interpy.bench.workloads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the harness under the machine's CPython in a subprocess. {@code -I -S}: isolated from the
 * environment, the user's and the system's site-packages, so CPython imports the same pure-Python
 * library copies as Interpy and nothing else.
 */
final class CPythonHarness {

    private final String python;
    private final Path workloads;
    private final Path libraries;

    CPythonHarness(String python, Path workloads, Path libraries) {
        this.python = python;
        this.workloads = workloads;
        this.libraries = libraries;
    }

    /** {@code workload_harness.<function>(args...)}; returns what it printed (its JSON). */
    String call(String function, long timeoutSeconds, Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, "-I", "-S", "-B", "-c",
                "import sys; sys.path[0:0] = sys.argv[1:3]; import " + WorkloadSuite.HARNESS + " as h; "
                        + "sys.stdout.write(h." + function + "(*sys.argv[3:]))",
                workloads.toString(), libraries.toString()));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        Path errors = Files.createTempFile("workload-cpython", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("CPython did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                String err = Files.readString(errors).strip();
                throw new IllegalStateException("CPython failed (exit " + process.exitValue() + "): "
                        + err.substring(Math.max(0, err.length() - 1500)));
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The version line of this CPython, for the report. */
    String version() {
        try {
            Process process = new ProcessBuilder(python, "-c", "import sys; print(sys.version.split()[0])").start();
            String version = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor(30, TimeUnit.SECONDS);
            return version;
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e + ")";
        }
    }
}
