package io.interpy.bench;

import io.interpy.InterpreterExecutor;

/** Run in a fresh JVM: prints the nanoseconds from {@code build()} to the first result of inc(1). */
public final class FirstCallMain {

    static final String PREFIX = "FIRST_CALL_NANOS=";

    private FirstCallMain() {
    }

    public static void main(String[] args) {
        long begin = System.nanoTime();
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("first").minSize(1).maxSize(1)
                .pythonPath("classpath:python").logPythonOutput(false).build()) {
            long value = executor.call(BenchPools.INC, Long.class, 1).join();
            long nanos = System.nanoTime() - begin;
            if (value != 2) {
                throw new IllegalStateException("inc(1) returned " + value);
            }
            BenchPools.requireJit(executor);
            System.out.println(PREFIX + nanos);
        }
    }
}
