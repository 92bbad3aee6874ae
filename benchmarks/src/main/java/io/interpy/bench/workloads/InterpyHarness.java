package io.interpy.bench.workloads;

import io.interpy.InterpreterExecutor;
import io.interpy.InterpreterExecutorBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs the harness in a fresh one-worker executor per workload (one JVM for the whole suite), so
 * every workload starts cold, as a new worker in a running service would. The executors share the
 * JVM's warm engine, as pools of one application do; {@code -Dworkloads.freshEngine=true} gives each
 * workload an engine of its own instead (keep-alive 0), to tell what earlier workloads leave behind.
 * {@code -Dworkloads.engineOptions=a=b;c=d} adds engine options (over the pool's defaults), to
 * measure a setting before making it one.
 */
final class InterpyHarness {

    private final Path workloads;
    private final Path libraries;

    InterpyHarness(Path workloads, Path libraries) {
        this.workloads = workloads;
        this.libraries = libraries;
    }

    String measure(String name, WorkloadProfile profile, long timeoutSeconds) throws Exception {
        InterpreterExecutorBuilder builder = InterpreterExecutor.builder().name("workload-" + name)
                .minSize(1).maxSize(1).pythonPath(workloads.toString(), libraries.toString())
                .logPythonOutput(false)
                .engineKeepAlive(Boolean.getBoolean("workloads.freshEngine") ? java.time.Duration.ZERO
                        : java.time.Duration.ofSeconds(60));
        engineOptions(System.getProperty("workloads.engineOptions", "")).forEach(builder::engineOption);
        try (InterpreterExecutor executor = builder.build()) {
            if (!executor.isJitEnabled()) {
                throw new IllegalStateException("The Truffle JIT is off in this JVM (interpreter only): start the suite"
                        + " with the Graal JIT flags (interpy.jvm.args), e.g. ./mvnw -q -pl benchmarks -am verify -Pworkloads -DskipTests");
            }
            return executor.call(WorkloadSuite.HARNESS + ":measure", String.class, name, profile.seconds(),
                    profile.steadySeconds(), WorkloadProfile.WINDOW_START, WorkloadProfile.WINDOW_END)
                    .get(timeoutSeconds, TimeUnit.SECONDS);
        }
    }

    /** {@code a=b;c=d} as a map; a part without {@code =} is a mistake worth stopping for. */
    static Map<String, String> engineOptions(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("workloads.engineOptions: '" + part.strip()
                        + "' is not key=value (expected e.g. python.ForceInlineGeneratorCalls=false;engine.CompilerThreads=2)");
            }
            options.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        return options;
    }
}
