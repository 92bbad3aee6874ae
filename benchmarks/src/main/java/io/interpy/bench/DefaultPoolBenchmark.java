package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Warm sequential round trip of {@code inc(1)} from one caller through a pool a user gets without
 * sizing it: the builder's defaults ({@code defaultPool}), and the same with every worker already
 * started ({@code allWorkersStarted}, minSize = maxSize = the processor count). One worker is the
 * best case that {@link RoundTripBenchmark} measures; these make the default configuration the
 * measured one, where idle workers compete for the next call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DefaultPoolBenchmark {

    @State(Scope.Benchmark)
    public static class Defaults {
        InterpreterExecutor executor;

        @Setup(Level.Trial)
        public void start() {
            executor = BenchPools.start(InterpreterExecutor.builder().name("defaults")
                    .pythonPath("classpath:python").preloadModules("bench").logPythonOutput(false));
        }

        @TearDown(Level.Trial)
        public void stop() {
            executor.close();
        }
    }

    @State(Scope.Benchmark)
    public static class AllStarted {
        InterpreterExecutor executor;

        @Setup(Level.Trial)
        public void start() {
            executor = BenchPools.start(BenchPools.builder("all-started", Runtime.getRuntime().availableProcessors()));
        }

        @TearDown(Level.Trial)
        public void stop() {
            executor.close();
        }
    }

    @Benchmark
    public Long defaultPool(Defaults pool) {
        return pool.executor.call(BenchPools.INC, Long.class, 1).join();
    }

    @Benchmark
    public Long allWorkersStarted(AllStarted pool) {
        return pool.executor.call(BenchPools.INC, Long.class, 1).join();
    }
}
