package io.interpy.bench;

/**
 * The columns of the peers' table, with their figures (CPython 3.14.3, 2 cores). Every ratio is
 * peer cost / Interpy cost, so above 1 means Interpy is faster in every column; for calls/s the
 * cost is the time per call, i.e. the ratio is Interpy calls/s / peer calls/s.
 */
enum Column {
    FIRST_CALL("first_call_ms", "first call ms", 16.7, 65.9, false),
    WARM_ROUND_TRIP("warm_round_trip_us", "warm round trip µs", 191, 125, false),
    THROUGHPUT("calls_per_s_2_workers", "calls/s, 2 workers", 4077, 6462, true),
    LIST_10K("list_10k_round_trip_us", "list of 10k ints round trip µs", 1872, 1837, false),
    DICT_1K("dict_1k_round_trip_us", "dict of 1k keys µs", 867, 722, false),
    SPIN_1_WORKER("spin_4x_1_worker_s", "4×spin(10M), 1 worker s", 2.09, 2.14, false),
    SPIN_2_WORKERS("spin_4x_2_workers_s", "2 workers s", 1.10, 1.10, false);

    static final String ANYIO = "anyio run_sync";
    static final String POOL = "InterpreterPoolExecutor";

    final String key;
    final String header;
    final double anyio;
    final double interpreterPool;
    final boolean higherIsBetter;

    Column(String key, String header, double anyio, double interpreterPool, boolean higherIsBetter) {
        this.key = key;
        this.header = header;
        this.anyio = anyio;
        this.interpreterPool = interpreterPool;
        this.higherIsBetter = higherIsBetter;
    }

    /** How many times faster Interpy is than a peer with figure {@code peer}; NaN when not measured. */
    double ratio(double peer, double interpy) {
        if (Double.isNaN(interpy) || interpy <= 0) {
            return Double.NaN;
        }
        return higherIsBetter ? interpy / peer : peer / interpy;
    }
}
