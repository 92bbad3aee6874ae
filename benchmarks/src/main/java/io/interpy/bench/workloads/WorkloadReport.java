package io.interpy.bench.workloads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's results as a Markdown table (per workload: first iteration, 8–12 s window and steady
 * state as CPython/Interpy ratios, and the ms per iteration of each), geometric means, the issue's
 * goals met or missed, and the same as JSON.
 */
public final class WorkloadReport {

    private final List<WorkloadResult> results = new ArrayList<>();
    private final Map<String, String> info = new LinkedHashMap<>();

    public WorkloadReport info(String key, String value) {
        info.put(key, value);
        return this;
    }

    public WorkloadReport add(WorkloadResult result) {
        results.add(result);
        return this;
    }

    public List<WorkloadResult> results() {
        return results;
    }

    public boolean allCorrect() {
        return results.stream().allMatch(WorkloadResult::ok);
    }

    /** Geometric mean over the workloads that answered correctly and have the figure. */
    public double geometricMean(ToDoubleFunction<WorkloadResult> ratio) {
        double logs = 0;
        int n = 0;
        for (WorkloadResult r : results) {
            double value = ratio.applyAsDouble(r);
            if (r.ok() && Double.isFinite(value) && value > 0) {
                logs += Math.log(value);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logs / n);
    }

    public String table() {
        StringBuilder sb = new StringBuilder("| workload | kind | first iteration × | 8–12 s × | steady × "
                + "| CPython ms/iter | Interpy ms/iter | Interpy first ms | Interpy iterations | answer |\n"
                + "|---|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (WorkloadResult r : results) {
            boolean timed = r.cpython() != null && r.interpy() != null;
            sb.append("| ").append(r.workload().name()).append(r.workload().slow() ? " (slow kind)" : "")
                    .append(" | ").append(r.workload().kind())
                    .append(" | ").append(ratio(r.firstRatio())).append(" | ").append(ratio(r.windowRatio()))
                    .append(" | ").append(ratio(r.steadyRatio())).append(timed && !settled(r) ? " †" : "")
                    .append(" | ").append(r.cpython() == null ? "–" : ms(r.cpython().steadySeconds()))
                    .append(" | ").append(r.interpy() == null ? "–" : ms(r.interpy().steadySeconds()))
                    .append(" | ").append(r.interpy() == null ? "–" : ms(r.interpy().firstSeconds()))
                    .append(" | ").append(r.interpy() == null ? "–" : Integer.toString(r.interpy().iterations()))
                    .append(" | ").append(timed && r.ok() ? "same" : r.status().replace("|", "\\|").replace("\n", " "))
                    .append(" |\n");
        }
        sb.append("| **geometric mean** | | **").append(ratio(geometricMean(WorkloadResult::firstRatio)))
                .append("** | **").append(ratio(geometricMean(WorkloadResult::windowRatio)))
                .append("** | **").append(ratio(geometricMean(WorkloadResult::steadyRatio))).append("** | | | | | |\n");
        if (results.stream().anyMatch(r -> r.cpython() != null && r.interpy() != null && !settled(r))) {
            sb.append("\n† fewer than 3 iterations started in the steady-state seconds: the median of the last 3 "
                    + "iterations (warm-up included), an upper bound of the steady time.\n");
        }
        return sb.toString();
    }

    private static boolean settled(WorkloadResult r) {
        return r.interpy().steadyIterations() >= 3 && r.cpython().steadyIterations() >= 3;
    }

    /** The goals, each "met", "MISSED" or "not measured". */
    public Map<String, String> goals() {
        Map<String, String> goals = new LinkedHashMap<>();
        List<WorkloadResult> ok = results.stream().filter(WorkloadResult::ok).toList();
        goals.put("every answer equals CPython's", allCorrect() ? "met"
                : "MISSED (" + results.stream().filter(r -> !r.ok()).map(r -> r.workload().name()).toList() + ")");
        double slowest = ok.stream().mapToDouble(WorkloadResult::steadyRatio).filter(Double::isFinite).min().orElse(Double.NaN);
        goals.put("steady state: no workload slower than CPython (min ≥ 1×)", judge(slowest, 1));
        goals.put("steady state: geometric mean ≥ 3×", judge(geometricMean(WorkloadResult::steadyRatio), 3));
        goals.put("warm-up: 8–12 s geometric mean ≥ 1.5×", judge(geometricMean(WorkloadResult::windowRatio), 1.5));
        double firstWorst = ok.stream().mapToDouble(WorkloadResult::firstRatio).filter(Double::isFinite).min().orElse(Double.NaN);
        goals.put("warm-up: every first iteration within 5× of CPython (min ≥ 0.2×)", judge(firstWorst, 0.2));
        double loops = ok.stream().filter(r -> r.workload().loop()).mapToDouble(WorkloadResult::steadyRatio)
                .filter(Double::isFinite).min().orElse(Double.NaN);
        goals.put("keep the wins: numeric/OO loops steady ≥ 4× (min)", judge(loops, 4));
        return goals;
    }

    public String goalsText() {
        StringBuilder sb = new StringBuilder();
        goals().forEach((goal, verdict) -> sb.append("- ").append(goal).append(": ").append(verdict).append('\n'));
        return sb.toString();
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("# Workload suite (issue 21)\n\n");
        info.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        sb.append("\nRatios are CPython's time / Interpy's (above 1: Interpy is faster), timed inside Python.\n\n")
                .append(table()).append("\nGoals:\n").append(goalsText());
        return sb.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>(info);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WorkloadResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.workload().name());
            row.put("kind", r.workload().kind());
            row.put("slow_kind", r.workload().slow());
            row.put("status", r.status());
            row.put("first_ratio", finite(r.firstRatio()));
            row.put("window_8_12_ratio", finite(r.windowRatio()));
            row.put("steady_ratio", finite(r.steadyRatio()));
            row.put("cpython", timing(r.cpython()));
            row.put("interpy", timing(r.interpy()));
            rows.add(row);
        }
        root.put("workloads", rows);
        root.put("geomean_first_ratio", finite(geometricMean(WorkloadResult::firstRatio)));
        root.put("geomean_window_8_12_ratio", finite(geometricMean(WorkloadResult::windowRatio)));
        root.put("geomean_steady_ratio", finite(geometricMean(WorkloadResult::steadyRatio)));
        root.put("goals", goals());
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root);
    }

    private static Map<String, Object> timing(Timing t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("import_ms", finite(t.importSeconds() * 1000));
        m.put("first_ms", finite(t.firstSeconds() * 1000));
        m.put("window_8_12_ms", finite(t.windowSeconds() * 1000));
        m.put("steady_ms", finite(t.steadySeconds() * 1000));
        m.put("steady_iterations", t.steadyIterations());
        m.put("iterations", t.iterations());
        m.put("elapsed_s", finite(t.elapsedSeconds()));
        m.put("per_second_ms", t.perSecond().stream().map(v -> finite(v * 1000)).toList());
        m.put("answer", t.answer());
        return m;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? Math.round(value * 10000) / 10000.0 : null;
    }

    private static String judge(double value, double threshold) {
        if (!Double.isFinite(value)) {
            return "not measured";
        }
        return ratio(value) + " → " + (value >= threshold ? "met" : "MISSED");
    }

    static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "–";
    }

    static String ms(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "–";
        }
        double ms = seconds * 1000;
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    }
}
