package io.interpy.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The measured figures and the run's environment, rendered as the peers' table (plus the peer
 * rows and peer / Interpy ratios), a list of targets, and flat JSON with one key per column.
 */
final class Report {

    static final String SPIN_SPEEDUP = "spin_2_worker_speedup";
    static final String NEW_WORKER_MS = "new_worker_ms";
    static final String DEFAULT_POOL_US = "default_pool_round_trip_us";
    static final String ALL_STARTED_US = "default_pool_all_started_round_trip_us";
    static final String AOP_US = "run_in_interpreter_round_trip_us";
    static final String AOP_COST_US = "run_in_interpreter_aop_cost_us";

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> info = new LinkedHashMap<>();

    Report put(String key, double value) {
        values.put(key, value);
        return this;
    }

    Report put(Column column, double value) {
        return put(column.key, value);
    }

    Report info(String key, String value) {
        info.put(key, value);
        return this;
    }

    double get(String key) {
        return values.getOrDefault(key, Double.NaN);
    }

    Map<String, Double> values() {
        return values;
    }

    /** A Markdown table: Interpy, the two peers, and how many times faster Interpy is than each. */
    String table() {
        StringBuilder sb = new StringBuilder("| | ");
        StringBuilder rule = new StringBuilder("|---|");
        for (Column c : Column.values()) {
            sb.append(c.header).append(" | ");
            rule.append("---:|");
        }
        sb.setLength(sb.length() - 1);
        sb.append('\n').append(rule).append('\n');
        row(sb, "**Interpy**", c -> get(c.key));
        row(sb, Column.ANYIO, c -> c.anyio);
        row(sb, Column.POOL, c -> c.interpreterPool);
        row(sb, "× faster than anyio", c -> c.ratio(c.anyio, get(c.key)));
        row(sb, "× faster than InterpreterPoolExecutor", c -> c.ratio(c.interpreterPool, get(c.key)));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, java.util.function.ToDoubleFunction<Column> figure) {
        sb.append("| ").append(label).append(" |");
        for (Column c : Column.values()) {
            sb.append(' ').append(format(figure.applyAsDouble(c))).append(" |");
        }
        sb.append('\n');
    }

    /** Each target with its measured figure and verdict. */
    String targets() {
        StringBuilder sb = new StringBuilder();
        for (Target t : Target.ALL) {
            sb.append("- ").append(t.description()).append(": ").append(format(get(t.key())))
                    .append(" → ").append(t.verdict(values)).append('\n');
        }
        return sb.toString();
    }

    /** Extra figures that are not columns of the peers' table. */
    String extras() {
        StringBuilder sb = new StringBuilder();
        values.forEach((key, value) -> {
            if (!isColumn(key)) {
                sb.append("- ").append(key).append(": ").append(format(value)).append('\n');
            }
        });
        info.forEach((key, value) -> sb.append("- ").append(key).append(": ").append(value).append('\n'));
        return sb.toString();
    }

    private static boolean isColumn(String key) {
        for (Column c : Column.values()) {
            if (c.key.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Flat JSON: every figure (NaN as null), then the ratios and the environment. */
    String json() {
        StringBuilder sb = new StringBuilder("{\n");
        values.forEach((key, value) -> field(sb, key, number(value)));
        for (Column c : Column.values()) {
            field(sb, "ratio_anyio_" + c.key, number(c.ratio(c.anyio, get(c.key))));
            field(sb, "ratio_interpreter_pool_" + c.key, number(c.ratio(c.interpreterPool, get(c.key))));
        }
        info.forEach((key, value) -> field(sb, key, quote(value)));
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    private static void field(StringBuilder sb, String key, String json) {
        sb.append("  ").append(quote(key)).append(": ").append(json).append(",\n");
    }

    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Three significant digits, thousands separated: 4,077 / 191 / 1.10 / 0.0123. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (abs >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
