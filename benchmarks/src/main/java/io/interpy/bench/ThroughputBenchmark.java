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
import org.openjdk.jmh.annotations.Threads;

/** Calls/s of {@code inc(1)} with 2 workers and 4 callers, each waiting for its own result. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
public class ThroughputBenchmark {

    private InterpreterExecutor executor;

    @Setup(Level.Trial)
    public void start() {
        executor = BenchPools.start(BenchPools.builder("throughput", 2));
    }

    @TearDown(Level.Trial)
    public void stop() {
        executor.close();
    }

    @Benchmark
    public Long inc() {
        return executor.call(BenchPools.INC, Long.class, 1).join();
    }
}
