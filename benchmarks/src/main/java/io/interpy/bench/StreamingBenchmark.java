package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import io.interpy.TypeRef;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Items per second of a generator of 10-int tuples streamed with executor.stream, against the
 * same items returned at once as a list: what streaming (constant memory, first item early)
 * costs in throughput. One worker; each operation is one item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamingBenchmark {

    static final int ITEMS = 100_000;
    private static final TypeRef<List<Long>> ROW = new TypeRef<>() { };

    private InterpreterExecutor executor;

    @Setup(Level.Trial)
    public void start() {
        executor = BenchPools.start(BenchPools.builder("streaming", 1));
    }

    @TearDown(Level.Trial)
    public void stop() {
        executor.close();
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public long streamed() {
        long sum = 0;
        try (Stream<List<Long>> rows = executor.stream(PythonCall.target("bench:rows").args(ITEMS), ROW)) {
            Iterator<List<Long>> it = rows.iterator();
            while (it.hasNext()) {
                sum += it.next().get(9);
            }
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public long asOneList() {
        long sum = 0;
        for (List<Long> row : executor.call(PythonCall.target("bench:rows_list").args(ITEMS), new TypeRef<List<List<Long>>>() { }).join()) {
            sum += row.get(9);
        }
        return sum;
    }
}
