package io.interpy.bench;

import java.util.Map;

/** One goal of issues 6 and 15 on a 2-core machine, checked against a measured figure. */
record Target(String description, String key, double limit, boolean atMost) {

    static final java.util.List<Target> ALL = java.util.List.of(
            new Target("warm round trip, 1 worker ≤ 3 µs", Column.WARM_ROUND_TRIP.key, 3, true),
            new Target("round trip, default pool ≤ 4 µs", Report.DEFAULT_POOL_US, 4, true),
            new Target("round trip, default pool with every worker started ≤ 4 µs", Report.ALL_STARTED_US, 4, true),
            new Target("@RunInInterpreter cost ≤ 1 µs", Report.AOP_COST_US, 1, true),
            new Target("list 10k ≤ 150 µs", Column.LIST_10K.key, 150, true),
            new Target("dict 1k ≤ 150 µs", Column.DICT_1K.key, 150, true),
            new Target("calls/s, 2 workers, 4 callers ≥ 250,000", Column.THROUGHPUT.key, 250_000, false),
            new Target("4×spin, 2 workers ≥ 10× faster than anyio (≤ 0.110 s)", Column.SPIN_2_WORKERS.key,
                    Column.SPIN_2_WORKERS.anyio / 10, true),
            new Target("2-worker speedup ≥ 1.9×", Report.SPIN_SPEEDUP, 1.9, false),
            new Target("new worker ≤ 50 ms", Report.NEW_WORKER_MS, 50, true));

    /** "met", "MISSED" or "not measured". */
    String verdict(Map<String, Double> values) {
        Double value = values.get(key);
        if (value == null || value.isNaN()) {
            return "not measured";
        }
        boolean met = atMost ? value <= limit : value >= limit;
        return met ? "met" : "MISSED";
    }
}
