package io.interpy.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The start-up figures as flat JSON (arrays for samples and curves) and as a Markdown table per mode. */
final class StartupReport {

    private StartupReport() {
    }

    static String json(Map<String, Object> figures) {
        StringJoiner fields = new StringJoiner(",\n", "{\n", "\n}\n");
        figures.forEach((key, value) -> fields.add("  " + Report.quote(key) + ": " + value(value)));
        fields.add("  \"date\": " + Report.quote(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        fields.add("  \"jdk\": " + Report.quote(System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version")));
        fields.add("  \"cpus\": " + Runtime.getRuntime().availableProcessors());
        fields.add("  \"cpu_model\": " + Report.quote(Environment.cpuModel()));
        fields.add("  \"load_average_after\": " + Report.quote(Environment.loadAverage()));
        return fields.toString();
    }

    private static String value(Object value) {
        if (value instanceof double[] samples) {
            StringJoiner array = new StringJoiner(", ", "[", "]");
            for (double v : samples) {
                array.add(number(v));
            }
            return array.toString();
        }
        return number((Double) value);
    }

    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.6g", v);
    }

    /** One row per figure, one column per mode; samples as their median with the range. */
    static String table(Map<String, Object> figures, List<String> modes) {
        List<String> rows = new ArrayList<>();
        for (String key : figures.keySet()) {
            int dot = key.indexOf('.');
            String row = key.substring(dot + 1);
            if (dot > 0 && !row.endsWith("curve_us") && !rows.contains(row)) {
                rows.add(row);
            }
        }
        StringBuilder sb = new StringBuilder("| figure | ").append(String.join(" | ", modes)).append(" |\n|---|");
        modes.forEach(m -> sb.append("---|"));
        sb.append('\n');
        for (String row : rows) {
            sb.append("| ").append(row).append(" |");
            for (String mode : modes) {
                sb.append(' ').append(cell(figures.get(mode + "." + row))).append(" |");
            }
            sb.append('\n');
        }
        Object cpython = figures.get("cpython.jinja_us");
        if (cpython != null) {
            sb.append("\nCPython (/usr/bin/python3) jinja2 render: ").append(cell(cpython)).append(" us per call\n");
        }
        for (String key : figures.keySet()) {
            if (key.endsWith("curve_us")) {
                sb.append("\n").append(key).append(": ").append(curve((double[]) figures.get(key)));
            }
        }
        return sb.append('\n').toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof double[] samples) {
            if (samples.length == 0) {
                return "–";
            }
            return samples.length == 1 ? Report.format(samples[0]) : Report.format(Stats.median(samples)) + " ("
                    + Report.format(Stats.min(samples)) + "–" + Report.format(max(samples)) + ")";
        }
        return Report.format((Double) value);
    }

    private static double max(double[] samples) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : samples) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static String curve(double[] windows) {
        StringJoiner joiner = new StringJoiner(" ");
        for (double w : windows) {
            joiner.add(Report.format(w));
        }
        return joiner.toString();
    }
}
