package io.interpy.internal.pool;

import io.interpy.internal.sandbox.SandboxedContexts;
import org.graalvm.polyglot.Engine;
import org.slf4j.Logger;

/**
 * The shared engine of a pool, and the check whether it runs with the Truffle JIT. Without the
 * JIT, Python runs several times slower than CPython; that is easy to miss, so it is logged at
 * WARN with the exact flags to add.
 */
final class Engines {

    static final String JIT_FLAGS = "-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "
            + "--upgrade-module-path=<dir with org.graalvm.compiler:compiler, org.graalvm.truffle:truffle-compiler, "
            + "org.graalvm.sdk:collections and org.graalvm.sdk:word jars, version 25.0.3>";

    /**
     * GraalPy options that make real workloads faster, each measured with the workload suite
     * (benchmarks/RESULTS.md, "Workload suite"); a pool's own {@code engineOption} overrides them.
     * <ul>
     * <li>{@code python.ForceInlineGeneratorCalls}: a generator's resumption is a call of one of
     * its resume points, so a {@code for} loop over a generator is a megamorphic indirect call that
     * the compiler cannot inline; forcing it to inline took the suite's generator chains from
     * 116-148 to 55-61 ms an iteration and json.dumps with indent from 111 to 75 ms.</li>
     * </ul>
     */
    static final java.util.Map<String, String> SPEED_DEFAULTS = java.util.Map.of(
            "python.ForceInlineGeneratorCalls", "true");

    private Engines() {
    }

    static Engine create(ExecutorSettings settings) {
        PrecompiledResources.check(settings.name());
        Engine.Builder builder = SandboxedContexts.newEngineBuilder().allowExperimentalOptions(true);
        SPEED_DEFAULTS.forEach(builder::option);
        settings.engineOptions().forEach(builder::option);
        return builder.build();
    }

    static boolean isJitEnabled(Engine engine) {
        String name = engine.getImplementationName();
        return name != null && !name.toLowerCase(java.util.Locale.ROOT).contains("interpreted");
    }

    static void logStart(Logger log, ExecutorSettings settings, Engine engine, boolean jit, String pythonPath) {
        log.info("Interpy pool '{}' starting: runtime {} ({}), GraalPy {}, min={}, max={}, queue={}, {}",
                settings.name(), engine.getImplementationName(), jit ? "JIT on" : "interpreter only",
                engine.getVersion(), settings.minSize(), settings.maxSize(), settings.queueCapacity(), pythonPath);
        if (!jit) {
            log.warn("Interpy pool '{}' runs Python WITHOUT the Truffle JIT: expect it to be 4-9x slower than CPython. "
                    + "Start the JVM (JDK 25) with {}", settings.name(), JIT_FLAGS);
        }
    }
}
