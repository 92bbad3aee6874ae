package io.interpy.bench.workloads;

import io.interpy.InterpreterExecutor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs the harness in a fresh one-worker executor per workload (one JVM for the whole suite), so
 * every workload starts cold, as a new worker in a running service would. The executors share the
 * JVM's warm engine, as pools of one application do; {@code -Dworkloads.freshEngine=true} gives each
 * workload an engine of its own instead (keep-alive 0), to tell what earlier workloads leave behind.
 */
final class InterpyHarness {

    private final Path workloads;
    private final Path libraries;

    InterpyHarness(Path workloads, Path libraries) {
        this.workloads = workloads;
        this.libraries = libraries;
    }

    String measure(String name, WorkloadProfile profile, long timeoutSeconds) throws Exception {
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("workload-" + name)
                .minSize(1).maxSize(1).pythonPath(workloads.toString(), libraries.toString())
                .logPythonOutput(false)
                .engineKeepAlive(Boolean.getBoolean("workloads.freshEngine") ? java.time.Duration.ZERO
                        : java.time.Duration.ofSeconds(60))
                .build()) {
            if (!executor.isJitEnabled()) {
                throw new IllegalStateException("The Truffle JIT is off in this JVM (interpreter only): start the suite"
                        + " with the Graal JIT flags (interpy.jvm.args), e.g. ./mvnw -q -pl benchmarks -am verify -Pworkloads -DskipTests");
            }
            return executor.call(WorkloadSuite.HARNESS + ":measure", String.class, name, profile.seconds(),
                    profile.steadySeconds(), WorkloadProfile.WINDOW_START, WorkloadProfile.WINDOW_END)
                    .get(timeoutSeconds, TimeUnit.SECONDS);
        }
    }
}
