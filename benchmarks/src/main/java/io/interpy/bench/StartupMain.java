package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import io.interpy.InterpreterExecutorBuilder;
import io.interpy.event.PoolListener;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Run in a fresh JVM by {@link StartupTiming}: times the first result, then calls one function
 * sequentially for a number of seconds and prints the mean time per call of every 1-s window, then
 * (optionally) the start of new workers with preloads in the JVM that has been up that long.
 *
 * <p>Arguments: {@code kind workers seconds newWorkers}; kind is {@code inc} (round trip),
 * {@code dict} (echo of a 1k-key dict), {@code jinja} (a jinja2 render, bench_jinja.py) or
 * {@code train} (a few seconds of each, for an AOT cache training run). Lines it prints start with
 * {@code FIRST}, {@code WINDOW}, {@code WORKER} and are parsed by {@link StartupTiming}.
 */
public final class StartupMain {

    /** What a new worker preloads: the standard-library part of the sample app's preloads. */
    static final List<String> SAMPLE_PRELOADS = List.of("statistics", "importlib.metadata", "json", "re");

    private StartupMain() {
    }

    public static void main(String[] args) {
        String kind = args[0];
        int workers = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int newWorkers = Integer.parseInt(args[3]);
        long begin = System.nanoTime();
        InterpreterExecutorBuilder builder = InterpreterExecutor.builder().name("startup").minSize(workers)
                .maxSize(workers).logPythonOutput(false);
        if (kind.equals("jinja")) {
            builder.pythonPath("classpath:python", "/usr/lib/python3/dist-packages");
        } else {
            builder.pythonPath("classpath:python");
        }
        try (InterpreterExecutor executor = builder.build()) {
            long value = executor.call(BenchPools.INC, Long.class, 1).join();
            long nanos = System.nanoTime() - begin;
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            if (value != 2) {
                throw new IllegalStateException("inc(1) returned " + value);
            }
            System.out.printf("FIRST %.1f %d %s%n", nanos / 1e6, sinceJvmStart, executor.isJitEnabled());
            if (kind.equals("train")) {
                curve(executor, "inc", seconds);
                curve(executor, "dict", seconds);
            } else {
                curve(executor, kind, seconds);
            }
        }
        if (newWorkers > 0) {
            newWorkers(newWorkers);
        }
        System.exit(0); // no lingering compiler threads keep the process (and the AOT cache dump) waiting
    }

    private static void curve(InterpreterExecutor executor, String kind, int seconds) {
        Map<String, Integer> dict = BenchPools.dict(1000);
        for (int window = 0; window < seconds; window++) {
            long start = System.nanoTime();
            long end = start + 1_000_000_000L;
            long calls = 0;
            long now;
            do {
                switch (kind) {
                    case "inc" -> executor.call(BenchPools.INC, Long.class, 1).join();
                    case "dict" -> executor.call(BenchPools.ECHO, Map.class, dict).join();
                    case "jinja" -> executor.call("bench_jinja:render", Long.class).join();
                    default -> throw new IllegalArgumentException("unknown kind " + kind);
                }
                calls++;
                now = System.nanoTime();
            } while (now < end);
            System.out.printf("WINDOW %d %.2f%n", window, (now - start) / 1e3 / calls);
        }
    }

    /** Context starts with the sample app's standard-library preloads; the first two are dropped. */
    private static void newWorkers(int starts) {
        ConcurrentLinkedQueue<Long> started = new ConcurrentLinkedQueue<>();
        try (InterpreterExecutor executor = InterpreterExecutor.builder().name("new-worker").minSize(1).maxSize(1)
                .maxTasksPerWorker(1).pythonPath("classpath:python").preloadModules(SAMPLE_PRELOADS)
                .logPythonOutput(false).build()) {
            executor.addListener(new PoolListener() {
                @Override
                public void workerStarted(long nanos) {
                    started.add(nanos);
                }
            });
            for (int i = 0; i < starts + 2; i++) {
                executor.call(BenchPools.INC, Long.class, i).join();
            }
        }
        started.stream().skip(2).forEach(n -> System.out.printf("WORKER %.1f%n", n / 1e6));
    }
}
