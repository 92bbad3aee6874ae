package io.interpy.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;

/**
 * unicodedata in a worker against CPython's, for every code point 0..0x10FFFF and every property
 * ({@code python/unicodedata_table.py} writes both sides; CPython's answers are
 * {@code expected/unicodedata-cpython.txt}). CPython 3.11 has Unicode 14.0.0 and a worker GraalPy's
 * ICU version (16.0.0): code points assigned only in the newer version are skipped and counted, and
 * the shared code points whose property Unicode itself changed in between are the exceptions listed
 * in {@link UnicodeChanges}, each with its reason; any other difference fails.
 */
class UnicodeDataTest {

    private static final int CODE_POINTS = 0x110000;
    private static final List<String> GROUPS = List.of("category,bidirectional,combining,mirrored,east_asian_width,assigned_3_2",
            "decimal,digit,numeric,decomposition", "is_normalized", "normalize");

    private static InterpreterExecutor executor;

    @BeforeAll
    static void start() {
        executor = InterpreterExecutor.builder().name("unicodedata").minSize(2).maxSize(2)
                .pythonPath("classpath:python").build();
    }

    @AfterAll
    static void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    @Test
    void everyCodePointAnswersAsCPythonWhereTheUnicodeVersionsAgree() throws Exception {
        String expectedText = resource("expected/unicodedata-cpython.txt");
        Map<String, String[]> cpython = parse(expectedText.substring(0, expectedText.indexOf("@errors\n")));
        long start = System.nanoTime();
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (String group : GROUPS) {
            calls.add(executor.call(PythonCall.target("unicodedata_table:worker_properties").args(group), String.class));
        }
        StringBuilder workerText = new StringBuilder();
        for (CompletableFuture<String> call : calls) {
            workerText.append(call.join());
        }
        long workerMillis = (System.nanoTime() - start) / 1_000_000;
        workerText.toString().lines().filter(line -> line.startsWith("# ")).forEach(System.out::println);
        Map<String, String[]> worker = parse(workerText.toString());
        assertThat(worker.keySet()).containsExactlyInAnyOrderElementsOf(cpython.keySet());

        String[] cpythonCategory = cpython.get("category");
        String[] workerCategory = worker.get("category");
        int newer = 0;
        int older = 0;
        for (int cp = 0; cp < CODE_POINTS; cp++) {
            boolean cpythonAssigned = !cpythonCategory[cp].equals("Cn");
            boolean workerAssigned = !workerCategory[cp].equals("Cn");
            if (!cpythonAssigned && workerAssigned) {
                newer++;
            } else if (cpythonAssigned && !workerAssigned) {
                older++;
            }
        }
        // Unicode never unassigns a code point.
        assertThat(older).as("code points CPython has and the worker does not").isZero();

        List<String> differences = new ArrayList<>();
        Map<UnicodeChanges.Change, Integer> excepted = new LinkedHashMap<>();
        int compared = 0;
        for (var property : cpython.entrySet()) {
            String[] expected = property.getValue();
            String[] actual = worker.get(property.getKey());
            for (int cp = 0; cp < CODE_POINTS; cp++) {
                if (cpythonCategory[cp].equals("Cn") && !workerCategory[cp].equals("Cn")) {
                    continue;
                }
                compared++;
                if (expected[cp].equals(actual[cp])) {
                    continue;
                }
                UnicodeChanges.Change change = UnicodeChanges.explaining(property.getKey(), cp, expected[cp], actual[cp]);
                if (change != null) {
                    excepted.merge(change, 1, Integer::sum);
                } else {
                    String difference = String.format("%s: CPython %s, worker %s", property.getKey(), expected[cp],
                            actual[cp]);
                    int last = differences.size() - 1;
                    if (last >= 0 && differences.get(last).endsWith(String.format("..U+%04X %s", cp - 1, difference))) {
                        String range = differences.get(last);
                        differences.set(last, range.substring(0, range.indexOf("..") + 2)
                                + String.format("U+%04X %s", cp, difference));
                    } else if (differences.size() < 500) {
                        differences.add(String.format("U+%04X..U+%04X %s", cp, cp, difference));
                    }
                }
            }
        }
        System.out.printf("unicodedata: %d properties x %d code points in %d ms in the worker; %d code points"
                + " assigned only in the worker's Unicode skipped; %d answers compared, %d of them excepted as Unicode"
                + " changes%n", cpython.size(), CODE_POINTS, workerMillis, newer, compared,
                excepted.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(differences).isEmpty();
        assertThat(excepted.keySet()).as("every listed Unicode change is seen").containsExactlyInAnyOrderElementsOf(
                UnicodeChanges.CHANGES);
        for (var change : excepted.entrySet()) {
            // Each covers all of its code points (a range that only partly differs is listed too wide).
            assertThat(change.getValue()).as(change.getKey().toString())
                    .isEqualTo(change.getKey().last() - change.getKey().first() + 1);
        }
    }

    @Test
    void argumentErrorsAndDefaultsAreCPythons() throws Exception {
        String expectedText = resource("expected/unicodedata-cpython.txt");
        String expected = expectedText.substring(expectedText.indexOf("@errors\n") + "@errors\n".length());
        String actual = executor.call(PythonCall.target("unicodedata_table:errors"), String.class).join();
        assertThat(actual).isEqualTo(expected);
    }

    /** Property name to its value for each code point; a sparse property's absent code points are '='. */
    static Map<String, String[]> parse(String text) {
        Map<String, String[]> properties = new LinkedHashMap<>();
        String[] values = null;
        boolean sparse = false;
        int previousStart = -1;
        String previousValue = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                fill(values, sparse, previousStart, previousValue, CODE_POINTS);
                String[] head = line.substring(1).split(" ");
                values = new String[CODE_POINTS];
                sparse = head[1].equals("sparse");
                if (sparse) {
                    java.util.Arrays.fill(values, "=");
                }
                previousStart = -1;
                properties.put(head[0], values);
                continue;
            }
            int space = line.indexOf(' ');
            int cp = Integer.parseInt(line.substring(0, space), 16);
            String value = line.substring(space + 1);
            if (sparse) {
                values[cp] = value;
            } else {
                fill(values, false, previousStart, previousValue, cp);
                previousStart = cp;
                previousValue = value;
            }
        }
        fill(values, sparse, previousStart, previousValue, CODE_POINTS);
        return properties;
    }

    private static void fill(String[] values, boolean sparse, int start, String value, int end) {
        if (values != null && !sparse && start >= 0) {
            java.util.Arrays.fill(values, start, end, value);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UnicodeDataTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
