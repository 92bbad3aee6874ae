package io.interpy.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * The suite's results as the Markdown of COMPATIBILITY.md: a summary, then one table per part
 * (item, works on CPython, works in Interpy, note). Nothing in it depends on timing or on the
 * machine, so the committed file can be compared with a fresh run.
 */
final class CompatibilityTable {

    record Row(String item, String description, boolean cpython, boolean interpy, String note) {
    }

    private record Part(String title, String intro, List<Row> rows) {
    }

    private final List<Part> parts = new ArrayList<>();

    void add(String title, String intro, List<Row> rows) {
        parts.add(new Part(title, intro, List.copyOf(rows)));
    }

    String markdown(String cpythonVersion) {
        StringBuilder md = new StringBuilder();
        md.append("# Compatibility with CPython\n\n")
                .append("Written by `CompatibilitySuiteTest` (core); do not edit by hand. Regenerate with\n")
                .append("`./mvnw -pl core test -Dtest=CompatibilitySuiteTest -Dinterpy.compatibility.update=true`.\n\n")
                .append("Each standard-library item ran in each worker of a 2-worker pool (GraalPy 25.0.3, the default\n")
                .append("sandbox; the library calls were shared between the two workers) and its answer was compared with\n")
                .append("CPython ").append(cpythonVersion)
                .append("'s, stored with the test. An item that works on CPython and not\n")
                .append("in Interpy fails the build unless it is listed in `core/src/test/resources/expected/by-design.txt`,\n")
                .append("and a listed item must fail with the exception listed (a sandbox denial's message names the setting).\n\n")
                .append("| part | items | work on CPython | work in Interpy | by design |\n|---|---:|---:|---:|---:|\n");
        for (Part part : parts) {
            long cpython = part.rows.stream().filter(Row::cpython).count();
            long interpy = part.rows.stream().filter(r -> r.cpython && r.interpy).count();
            md.append("| ").append(part.title).append(" | ").append(part.rows.size()).append(" | ").append(cpython)
                    .append(" | ").append(interpy).append(" | ").append(cpython - interpy).append(" |\n");
        }
        for (Part part : parts) {
            md.append("\n## ").append(part.title).append("\n\n").append(part.intro).append("\n\n")
                    .append("| item | works on CPython | works in Interpy | note |\n|---|:-:|:-:|---|\n");
            for (Row row : part.rows) {
                md.append("| `").append(row.item).append('`');
                if (row.description != null && !row.description.isEmpty()) {
                    md.append(" ").append(escape(row.description));
                }
                md.append(" | ").append(row.cpython ? "yes" : "no").append(" | ").append(row.interpy ? "yes" : "no")
                        .append(" | ").append(escape(row.note)).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
