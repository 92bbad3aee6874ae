package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import io.interpy.InterpreterExecutorBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Executors and inputs shared by the benchmarks: the bench module preloaded, the JIT required. */
final class BenchPools {

    static final String INC = "bench:inc";
    static final String ECHO = "bench:echo";
    static final String SPIN = "bench:spin";

    private BenchPools() {
    }

    static InterpreterExecutorBuilder builder(String name, int workers) {
        return InterpreterExecutor.builder().name(name).minSize(workers).maxSize(workers)
                .pythonPath("classpath:python").preloadModules("bench").logPythonOutput(false);
    }

    /** Builds and fails loudly when the Truffle JIT is off. */
    static InterpreterExecutor start(InterpreterExecutorBuilder builder) {
        InterpreterExecutor executor = builder.build();
        requireJit(executor);
        return executor;
    }

    private static volatile int jitChecks;

    /** Pools in this JVM whose JIT was checked (each check throws when it is off). */
    static int jitChecks() {
        return jitChecks;
    }

    static void requireJit(InterpreterExecutor executor) {
        jitChecks++;
        if (!executor.isJitEnabled()) {
            executor.close();
            throw new IllegalStateException("The Truffle JIT is off in this JVM (interpreter only): "
                    + "benchmark figures would be meaningless. JVM args must include interpy.jvm.args.");
        }
    }

    static List<Integer> ints(int n) {
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    static Map<String, Integer> dict(int n) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put("key" + i, i);
        }
        return map;
    }
}
