package io.interpy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs every measurement, prints the table against the peers' figures and the targets, and
 * writes {@code target/interpy-bench.json}. Started by {@code ./mvnw -q -pl benchmarks -am verify -Pbench -DskipTests}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchProfile profile = BenchProfile.named(System.getProperty("interpy.bench.profile", "quick"));
        Path out = Path.of(System.getProperty("interpy.bench.out", "target/interpy-bench.json"));
        JvmLaunch.jitArgs(); // fails loudly before anything runs when the JIT flags are missing
        Report report = new Report();
        Environment.describe(report, profile);
        long begin = System.nanoTime();

        log("JMH: round trips and throughput (" + profile.name() + " profile)");
        Map<String, Double> jmh = JmhRuns.run(profile, RoundTripBenchmark.class.getName(),
                DefaultPoolBenchmark.class.getName(), ThroughputBenchmark.class.getName(),
                AnnotationBenchmark.class.getName(), StreamingBenchmark.class.getName());
        report.put(Column.WARM_ROUND_TRIP, jmh.getOrDefault("RoundTripBenchmark.inc", Double.NaN));
        report.put(Column.LIST_10K, jmh.getOrDefault("RoundTripBenchmark.echoList10k", Double.NaN));
        report.put(Column.DICT_1K, jmh.getOrDefault("RoundTripBenchmark.echoDict1k", Double.NaN));
        report.put(Column.THROUGHPUT, jmh.getOrDefault("ThroughputBenchmark.inc", Double.NaN));
        report.put("list_10k_as_list_of_long_us", jmh.getOrDefault("RoundTripBenchmark.echoList10kAsLongs", Double.NaN));
        report.put("dict_1k_as_map_of_string_to_long_us", jmh.getOrDefault("RoundTripBenchmark.echoDict1kAsLongs", Double.NaN));
        report.put(Report.DEFAULT_POOL_US, jmh.getOrDefault("DefaultPoolBenchmark.defaultPool", Double.NaN));
        report.put(Report.ALL_STARTED_US, jmh.getOrDefault("DefaultPoolBenchmark.allWorkersStarted", Double.NaN));
        report.put(Report.AOP_US, jmh.getOrDefault("AnnotationBenchmark.inc", Double.NaN));
        report.put(Report.AOP_COST_US, report.get(Report.AOP_US) - report.get(Column.WARM_ROUND_TRIP.key));
        report.put("python_module_future_round_trip_us", jmh.getOrDefault("AnnotationBenchmark.interfaceFuture", Double.NaN));
        report.put("python_module_blocking_round_trip_us", jmh.getOrDefault("AnnotationBenchmark.interfaceBlocking", Double.NaN));
        report.put("python_module_cost_us", report.get("python_module_future_round_trip_us") - report.get(Column.WARM_ROUND_TRIP.key));
        report.put("stream_10_int_tuples_items_per_s", jmh.getOrDefault("StreamingBenchmark.streamed", Double.NaN));
        report.put("list_10_int_tuples_items_per_s", jmh.getOrDefault("StreamingBenchmark.asOneList", Double.NaN));

        log("4 × spin(10M), 1 worker");
        SpinTiming.Result one = SpinTiming.measure(1, profile.spinBatches());
        log("  cold batch " + Report.format(one.firstBatch()) + " s, warm batches " + Stats.describe(one.samples()));
        log("4 × spin(10M), 2 workers");
        SpinTiming.Result two = SpinTiming.measure(2, profile.spinBatches());
        log("  cold batch " + Report.format(two.firstBatch()) + " s, warm batches " + Stats.describe(two.samples()));
        report.put(Column.SPIN_1_WORKER, one.warm()).put(Column.SPIN_2_WORKERS, two.warm())
                .put(Report.SPIN_SPEEDUP, one.warm() / two.warm())
                .put("spin_cold_batch_1_worker_s", one.firstBatch()).put("spin_jit_warmup_1_worker_s", one.warmup())
                .put("spin_cold_batch_2_workers_s", two.firstBatch()).put("spin_jit_warmup_2_workers_s", two.warmup());

        report.info("jit_enabled", "true (isJitEnabled() checked in " + BenchPools.jitChecks()
                + " pools of this JVM and in every JMH fork and fresh JVM)");
        log("JIT enabled: true");
        log("new worker in a warm JVM");
        WorkerStartTiming.Result start = WorkerStartTiming.measure(profile.workerStarts());
        log("  context starts ms " + Stats.describe(start.samples()));
        report.put(Report.NEW_WORKER_MS, start.medianStart()).put("new_worker_min_ms", start.minStart())
                .put("new_worker_call_to_result_ms", start.medianFirstResult());

        log("first call in a fresh JVM");
        FirstCallTiming.Result first = FirstCallTiming.measure(profile.freshJvms());
        log("  build() to first result ms " + Stats.describe(first.samples()));
        report.put(Column.FIRST_CALL, first.median()).put("fresh_jvm_process_ms", first.processMedian());

        report.put("bench_duration_s", (System.nanoTime() - begin) / 1e9);
        report.info("load_average_after", Environment.loadAverage());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.json());
        System.out.println();
        System.out.println(report.table());
        System.out.println("Targets:");
        System.out.println(report.targets());
        System.out.println("Details:");
        System.out.println(report.extras());
        System.out.println("JSON: " + out.toAbsolutePath());
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
