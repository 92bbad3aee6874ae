package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Wall time of 4 × spin(10M) submitted at once. A fresh pool first runs batches until the JIT
 * has settled (that warm-up is reported on its own), then the measured batches follow.
 */
final class SpinTiming {

    static final int CALLS = 4;
    static final long N = 10_000_000L;
    private static final int MAX_WARMUP_BATCHES = 5;

    /** Seconds: the first (cold) batch, the whole warm-up, and the median warm batch. */
    record Result(double firstBatch, double warmup, double warm, double[] samples) {
    }

    private SpinTiming() {
    }

    static Result measure(int workers, int batches) {
        try (InterpreterExecutor executor = BenchPools.start(BenchPools.builder("spin" + workers, workers))) {
            long begin = System.nanoTime();
            double first = batch(executor);
            double previous = first;
            for (int i = 1; i < MAX_WARMUP_BATCHES; i++) {
                double now = batch(executor);
                boolean settled = Math.abs(now - previous) <= 0.05 * Math.min(now, previous);
                previous = now;
                if (settled && i >= 2) {
                    break;
                }
            }
            double warmup = (System.nanoTime() - begin) / 1e9;
            double[] samples = new double[batches];
            for (int i = 0; i < batches; i++) {
                samples[i] = batch(executor);
            }
            return new Result(first, warmup, Stats.median(samples), samples);
        }
    }

    private static double batch(InterpreterExecutor executor) {
        long begin = System.nanoTime();
        List<CompletableFuture<Long>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(executor.call(BenchPools.SPIN, Long.class, N));
        }
        long expected = expected();
        for (CompletableFuture<Long> call : calls) {
            long value = call.join();
            if (value != expected) {
                throw new IllegalStateException("spin(" + N + ") returned " + value + ", expected " + expected);
            }
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** What spin(N) must return: the exact sum of squares, masked to 62 bits. */
    static long expected() {
        java.math.BigInteger n = java.math.BigInteger.valueOf(N);
        java.math.BigInteger sum = n.subtract(java.math.BigInteger.ONE).multiply(n)
                .multiply(n.shiftLeft(1).subtract(java.math.BigInteger.ONE)).divide(java.math.BigInteger.valueOf(6));
        return sum.and(java.math.BigInteger.ONE.shiftLeft(62).subtract(java.math.BigInteger.ONE)).longValueExact();
    }
}
