package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import io.interpy.event.PoolListener;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Time to start one new worker in a warm JVM: a pool with {@code maxTasksPerWorker(1)} replaces
 * its context after every call, and the pool reports each context start (create the context,
 * load the runtime, import the preloaded module). The first starts warm the JVM and are dropped.
 */
final class WorkerStartTiming {

    private static final int DROPPED = 3;

    /** Milliseconds: median and minimum context start, and median call-to-result on a fresh worker. */
    record Result(double medianStart, double minStart, double medianFirstResult, double[] samples) {
    }

    private WorkerStartTiming() {
    }

    static Result measure(int starts) {
        ConcurrentLinkedQueue<Long> started = new ConcurrentLinkedQueue<>();
        try (InterpreterExecutor executor = BenchPools.start(BenchPools.builder("restart", 1).maxTasksPerWorker(1))) {
            executor.addListener(new PoolListener() {
                @Override
                public void workerStarted(long nanos) {
                    started.add(nanos);
                }
            });
            double[] firstResults = new double[starts];
            for (int i = 0; i <= DROPPED + starts; i++) {
                // each call waits for the context started after the previous call
                long begin = System.nanoTime();
                executor.call(BenchPools.INC, Long.class, i).join();
                if (i > DROPPED) {
                    firstResults[i - DROPPED - 1] = (System.nanoTime() - begin) / 1e6;
                }
            }
            double[] samples = started.stream().skip(DROPPED).limit(starts).mapToDouble(n -> n / 1e6).toArray();
            return new Result(Stats.median(samples), Stats.min(samples), Stats.median(firstResults), samples);
        }
    }
}
