package io.interpy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void tableHasThePeerColumnsPeerRowsAndRatios() {
        Report report = new Report().put(Column.WARM_ROUND_TRIP, 19.1).put(Column.THROUGHPUT, 8154);
        String table = report.table();
        assertThat(table.lines().findFirst().orElseThrow()).contains("first call ms", "warm round trip µs",
                "calls/s, 2 workers", "list of 10k ints round trip µs", "dict of 1k keys µs",
                "4×spin(10M), 1 worker s", "2 workers s");
        assertThat(table).contains("| anyio run_sync | 16.7 | 191 | 4,077 | 1,872 | 867 | 2.09 | 1.10 |");
        assertThat(table).contains("| × faster than anyio | – | 10.0 | 2.00 |");
    }

    @Test
    void jsonHasOneKeyPerColumnAndNullForMissing() {
        Report report = new Report().put(Column.LIST_10K, 150).put(Column.DICT_1K, Double.NaN).info("jdk", "25 \"x\"");
        String json = report.json();
        assertThat(json).contains("\"list_10k_round_trip_us\": 150.000", "\"dict_1k_round_trip_us\": null",
                "\"ratio_anyio_list_10k_round_trip_us\": 12.4800", "\"jdk\": \"25 \\\"x\\\"\"");
        assertThat(json.strip()).startsWith("{").endsWith("}").doesNotContain(",\n}");
    }

    @Test
    void targetsAreJudged() {
        Report report = new Report().put(Column.WARM_ROUND_TRIP, 12).put(Report.SPIN_SPEEDUP, 1.95)
                .put(Report.DEFAULT_POOL_US, 3.5).put(Column.THROUGHPUT, 249_000);
        assertThat(report.targets()).contains("warm round trip, 1 worker ≤ 3 µs: 12.0 → MISSED",
                "round trip, default pool ≤ 4 µs: 3.50 → met", "≥ 250,000: 249,000 → MISSED",
                "2-worker speedup ≥ 1.9×: 1.95 → met", "new worker ≤ 50 ms: – → not measured");
    }

    @Test
    void spinExpectationMatchesPython() {
        // sum(i * i for i in range(10**7)) & ((1 << 62) - 1), computed with CPython
        assertThat(SpinTiming.expected()).isEqualTo(1291890006563070912L);
    }
}
