package io.interpy.bench;

import java.util.Map;

/** One goal of issue 6 on a 2-core machine, checked against a measured figure. */
record Target(String description, String key, double limit, boolean atMost) {

    static final java.util.List<Target> ALL = java.util.List.of(
            new Target("warm round trip ≤ 10 µs", Column.WARM_ROUND_TRIP.key, 10, true),
            new Target("list 10k ≤ 200 µs", Column.LIST_10K.key, 200, true),
            new Target("dict 1k ≤ 100 µs", Column.DICT_1K.key, 100, true),
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
