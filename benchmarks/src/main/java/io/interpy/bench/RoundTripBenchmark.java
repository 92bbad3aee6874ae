package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import io.interpy.TypeRef;
import java.util.List;
import java.util.Map;
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

/** Warm sequential round trips through {@code executor.call}: one caller, one worker. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoundTripBenchmark {

    private InterpreterExecutor executor;
    private PythonCall list;
    private PythonCall dict;

    @Setup(Level.Trial)
    public void start() {
        executor = BenchPools.start(BenchPools.builder("roundtrip", 1));
        list = PythonCall.target(BenchPools.ECHO).args(BenchPools.ints(10_000));
        dict = PythonCall.target(BenchPools.ECHO).args(BenchPools.dict(1_000));
    }

    @TearDown(Level.Trial)
    public void stop() {
        executor.close();
    }

    @Benchmark
    public Long inc() {
        return executor.call(BenchPools.INC, Long.class, 1).join();
    }

    @Benchmark
    public List<?> echoList10k() {
        return executor.call(list, List.class).join();
    }

    @Benchmark
    public Map<?, ?> echoDict1k() {
        return executor.call(dict, Map.class).join();
    }

    /** The same list asked for as {@code List<Long>}: decoded once into that type. */
    @Benchmark
    public List<Long> echoList10kAsLongs() {
        return executor.call(list, LONGS).join();
    }

    /** The same dict asked for as {@code Map<String, Long>}. */
    @Benchmark
    public Map<String, Long> echoDict1kAsLongs() {
        return executor.call(dict, STRING_TO_LONG).join();
    }

    private static final TypeRef<List<Long>> LONGS = new TypeRef<>() { };
    private static final TypeRef<Map<String, Long>> STRING_TO_LONG = new TypeRef<>() { };
}
