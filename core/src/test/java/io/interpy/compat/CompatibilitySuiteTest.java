package io.interpy.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.interpy.InterpreterExecutor;
import io.interpy.PythonCall;
import io.interpy.testing.DebianPythonPackages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The compatibility suite: every standard-library module, more than a hundred everyday features
 * and real third-party libraries (Debian's python3-* packages, C speedups removed), run in each
 * worker of a 2-worker pool under the default sandbox and compared with CPython's answers
 * (expected/*.json, *.txt). What works on CPython must work here, or be on the short by-design
 * list and fail there with the documented exception. The results are COMPATIBILITY.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompatibilitySuiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ByDesign> BY_DESIGN = ByDesign.load();
    private static final CompatibilityTable TABLE = new CompatibilityTable();
    private static final List<String> PROBLEMS = new ArrayList<>();

    @TempDir
    static Path tmp;

    private static InterpreterExecutor executor;
    private static JsonNode libraries;
    private static String cpythonVersion;

    @BeforeAll
    static void start() throws IOException {
        libraries = resource("expected/real-libs.json");
        List<String> copies = new ArrayList<>();
        for (JsonNode library : libraries.get("libraries")) {
            library.get("copy").forEach(name -> copies.add(name.asString()));
        }
        Path site = DebianPythonPackages.copy(tmp.resolve("site-packages"), copies.toArray(String[]::new));
        executor = InterpreterExecutor.builder().name("compat-suite").minSize(2).maxSize(2)
                .pythonPath("classpath:python", site.toString()).build();
    }

    @AfterAll
    static void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    @Test
    @Order(1)
    void everyStandardLibraryModuleImportsInEveryWorker() throws Exception {
        Map<String, String> cpython = new LinkedHashMap<>();
        String text = text("expected/stdlib-modules.txt");
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            cpython.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
        }
        JsonNode results = inBothWorkers("modules", String.join(",", cpython.keySet()));
        List<CompatibilityTable.Row> rows = new ArrayList<>();
        cpython.forEach((module, onCPython) -> rows.add(row("module " + module, module, null,
                "ok".equals(onCPython), results.get(module).asString())));
        TABLE.add("Standard-library modules", "`import` of each public module and submodule of the standard library"
                + " (`stdlib_imports.py`; `antigravity` and `this` left out, they act when imported).", rows);
        assertNoProblems();
    }

    @Test
    @Order(2)
    void everydayStandardLibraryFeaturesAnswerAsOnCPythonInEveryWorker() throws Exception {
        JsonNode expected = resource("expected/stdlib-features.json");
        cpythonVersion = expected.get("python").asString();
        JsonNode results = inBothWorkers("features", "");
        List<CompatibilityTable.Row> rows = compare("feature ", expected.get("features"), results, descriptions("stdlib_features.py"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        TABLE.add("Standard-library features", "Everyday calls of the standard library (`stdlib_features.py`), each"
                + " answer compared with CPython's.", rows);
        assertNoProblems();
    }

    @Test
    @Order(3)
    void realLibrariesAnswerAsOnCPython() throws Exception {
        JsonNode results = spreadOverWorkers(libraries);
        List<CompatibilityTable.Row> rows = compare("library ", libraries.get("calls"), results, descriptions("real_libs.py"));
        assertThat(libraries.get("libraries").size()).isGreaterThanOrEqualTo(12);
        TABLE.add("Third-party libraries", "Pure-Python libraries from Debian's `python3-*` packages, copied into a"
                + " module root without their C speedups (`real_libs.py`, `.ci/python-packages`).", rows);
        assertNoProblems();
    }

    @Test
    @Order(4)
    void compatibilityTableIsCurrent() throws IOException {
        String markdown = TABLE.markdown(cpythonVersion == null ? "3" : cpythonVersion);
        Path generated = Path.of("target", "COMPATIBILITY.md");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, markdown);
        System.out.println(markdown.substring(0, markdown.indexOf("\n## ")));
        Path committed = Path.of("..", "COMPATIBILITY.md");
        if (Boolean.getBoolean("interpy.compatibility.update")) {
            Files.writeString(committed, markdown);
        }
        assertThat(committed).as("COMPATIBILITY.md is the suite's table (" + generated.toAbsolutePath()
                + "); regenerate it with -Dinterpy.compatibility.update=true").hasContent(markdown);
    }

    /**
     * The library calls, one call per library, queued biggest first so the two workers share them
     * (sympy alone takes as long as the rest, cold): a worker's first import of a large library is
     * most of the suite's time, and the standard-library parts already ran in every worker.
     */
    private static JsonNode spreadOverWorkers(JsonNode libraries) throws Exception {
        List<String> names = new ArrayList<>();
        libraries.get("libraries").forEach(library -> names.add(library.get("name").asString()));
        names.sort((a, b) -> Boolean.compare(!"sympy".equals(a), !"sympy".equals(b)));
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (String library : names) {
            List<String> functions = new ArrayList<>();
            for (String function : libraries.get("calls").propertyNames()) {
                if (library.equals(libraryOf(function, names))) {
                    functions.add(function);
                }
            }
            calls.add(executor.call(PythonCall.target("compat_suite:run").args("libraries", String.join(",", functions)),
                    String.class));
        }
        tools.jackson.databind.node.ObjectNode all = JSON.createObjectNode();
        for (CompletableFuture<String> call : calls) {
            all.setAll((tools.jackson.databind.node.ObjectNode) JSON.readTree(call.get(600, TimeUnit.SECONDS)).get("results"));
        }
        assertThat(executor.stats().retired()).as("no worker broke").isZero();
        return all;
    }

    /** The library a call belongs to: the longest library name after {@code lib_}. */
    private static String libraryOf(String function, List<String> libraries) {
        String best = null;
        for (String library : libraries) {
            if (function.startsWith("lib_" + library + "_") && (best == null || library.length() > best.length())) {
                best = library;
            }
        }
        return best;
    }

    /** One call in each worker at once; both must answer the same, and they must be two workers. */
    private static JsonNode inBothWorkers(String part, String names) throws Exception {
        PythonCall call = PythonCall.target("compat_suite:run").args(part, names);
        CompletableFuture<String> first = executor.call(call, String.class);
        CompletableFuture<String> second = executor.call(call, String.class);
        JsonNode a = JSON.readTree(first.get(600, TimeUnit.SECONDS));
        JsonNode b = JSON.readTree(second.get(600, TimeUnit.SECONDS));
        assertThat(a.get("worker")).as("the two calls ran in two workers").isNotEqualTo(b.get("worker"));
        Iterator<String> names1 = a.get("results").propertyNames().iterator();
        while (names1.hasNext()) {
            String item = names1.next();
            if (!a.get("results").get(item).equals(b.get("results").get(item))) {
                PROBLEMS.add(part + " " + item + ": the workers answered differently: " + a.get("results").get(item)
                        + " / " + b.get("results").get(item));
            }
        }
        assertThat(executor.stats().retired()).as("no worker broke").isZero();
        return a.get("results");
    }

    private static List<CompatibilityTable.Row> compare(String prefix, JsonNode expected, JsonNode results,
            Map<String, String> descriptions) {
        List<CompatibilityTable.Row> rows = new ArrayList<>();
        for (String name : expected.propertyNames()) {
            JsonNode want = expected.get(name);
            JsonNode got = results.get(name);
            boolean cpythonOk = want.get("ok").asBoolean();
            String error = got == null ? "missing: not run in the worker" : got.get("ok").asBoolean() ? null : got.get("error").asString();
            if (error == null && cpythonOk && !want.get("value").equals(got.get("value"))) {
                error = "differs: " + abbreviate(got.get("value").toString()) + " (CPython: " + abbreviate(want.get("value").toString()) + ")";
            }
            rows.add(row(prefix + name, name, descriptions.get(name), cpythonOk, error == null ? "ok" : error));
        }
        return rows;
    }

    /** Checks one item against CPython and the by-design list; records a problem when neither explains it. */
    private static CompatibilityTable.Row row(String key, String item, String description, boolean cpythonOk, String result) {
        ByDesign entry = BY_DESIGN.get(item);
        boolean works = "ok".equals(result);
        String note = "";
        if (!cpythonOk) {
            note = "fails on CPython too";
        } else if (entry != null) {
            note = entry.note();
            if (works) {
                PROBLEMS.add(key + " works now: remove it from by-design.txt");
            } else if (!entry.matches(result)) {
                PROBLEMS.add(key + " fails otherwise than by-design.txt says (" + entry.exception() + "): " + result);
            }
        } else if (!works) {
            note = abbreviate(result);
            PROBLEMS.add(key + " works on CPython, not in the worker: " + result);
        }
        return new CompatibilityTable.Row(item, description, cpythonOk, works, note);
    }

    private static void assertNoProblems() {
        List<String> problems = List.copyOf(PROBLEMS);
        PROBLEMS.clear();
        assertThat(problems).as("items that work on CPython, fail in Interpy and are not by design").isEmpty();
    }

    /** First docstring lines of the suite's functions, read from the source (what CPython's describe() prints). */
    private static Map<String, String> descriptions(String module) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text("python/" + module).split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("def ") && line.contains("(")) {
                String doc = lines[i + 1].trim();
                if (doc.startsWith("\"\"\"") || doc.startsWith("'''")) {
                    String quote = doc.substring(0, 3);
                    doc = doc.substring(3);
                    int end = doc.indexOf(quote);
                    out.put(line.substring(4, line.indexOf('(')).trim(), (end >= 0 ? doc.substring(0, end) : doc).trim());
                }
            }
        }
        return out;
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }

    private static JsonNode resource(String name) throws IOException {
        return JSON.readTree(text(name));
    }

    private static String text(String name) throws IOException {
        try (InputStream in = CompatibilitySuiteTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
