package io.interpy.bench.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the workload suite from rotting without starting GraalPy: every workload runs one
 * iteration twice under CPython, in two processes (so string hashing differs), and must give the
 * same answer each time; the runner compares Interpy's answer with that one.
 */
class WorkloadSuiteTest {

    private static final WorkloadSuite SUITE = WorkloadSuite.load();

    @TempDir
    static Path tmp;

    @Test
    void engineOptionsToMeasureAreReadAsKeyValuePairs() {
        assertThat(InterpyHarness.engineOptions("python.ForceInlineGeneratorCalls=false; engine.CompilerThreads = 2;"))
                .containsExactly(java.util.Map.entry("python.ForceInlineGeneratorCalls", "false"),
                        java.util.Map.entry("engine.CompilerThreads", "2"));
        assertThat(InterpyHarness.engineOptions("")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InterpyHarness.engineOptions("engine.Mode"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'engine.Mode' is not key=value");
    }

    @Test
    void suiteListsEveryWorkloadModuleAndCoversTheIssuesKinds() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(SUITE.directory())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("wl_") && n.endsWith(".py"))
                    .map(n -> n.substring(3, n.length() - 3)).sorted().toList();
        }
        assertThat(SUITE.workloads().stream().map(WorkloadSuite.Workload::name).sorted().toList()).isEqualTo(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        assertThat(SUITE.workloads().stream().filter(WorkloadSuite.Workload::slow)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(SUITE.workloads().stream().filter(WorkloadSuite.Workload::loop)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(SUITE.workloads().stream().map(WorkloadSuite.Workload::kind).distinct())
                .containsExactlyInAnyOrder("loop", "search", "stdlib", "text", "library");
        for (String profile : List.of("smoke", "quick", "full")) {
            assertThat(SUITE.select(WorkloadProfile.named(profile), "")).isNotEmpty();
        }
        assertThat(SUITE.select(WorkloadProfile.named("full"), "")).hasSameSizeAs(files);
        assertThat(SUITE.select(WorkloadProfile.named("quick"), "nbody, pprint")).extracting(WorkloadSuite.Workload::name)
                .containsExactly("nbody", "pprint");
    }

    @Test
    void everyWorkloadGivesTheSameAnswerTwiceInTwoCPythonProcesses() throws Exception {
        Path libraries = SUITE.copyLibraries(tmp.resolve("libs"));
        CPythonHarness cpython = new CPythonHarness("python3", SUITE.directory(), libraries);
        String names = String.join(",", SUITE.workloads().stream().map(WorkloadSuite.Workload::name).toList());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode first = json.readTree(cpython.call("check", 300, names));
        JsonNode second = json.readTree(cpython.call("check", 300, names));
        StringBuilder slow = new StringBuilder();
        for (WorkloadSuite.Workload workload : SUITE.workloads()) {
            JsonNode a = first.get(workload.name());
            JsonNode b = second.get(workload.name());
            assertThat(a.get(0).asString()).as(workload.name() + ": an answer").isNotBlank().isNotEqualTo("None")
                    .doesNotStartWith("error:");
            assertThat(a.get(1).asString()).as(workload.name() + ": second iteration, same process").isEqualTo(a.get(0).asString());
            assertThat(b.get(0).asString()).as(workload.name() + ": another process").isEqualTo(a.get(0).asString());
            slow.append(workload.name()).append(' ').append(a.get(2).asDouble()).append(" ms; ");
        }
        System.out.println("[workloads] first iteration on CPython: " + slow);
    }

    @Test
    void harnessReportsTheWindowAndSteadyStateFromItsOwnClock() throws Exception {
        Path libraries = tmp.resolve("none");
        Files.createDirectories(libraries);
        CPythonHarness cpython = new CPythonHarness("python3", SUITE.directory(), libraries);
        // a 1.2 s run with a 0.4-0.8 s window: each figure must come from the iterations inside it
        Timing timing = Timing.parse(cpython.call("measure", 60, "fannkuch", 1.2, 0.3, 0.4, 0.8));
        assertThat(timing.iterations()).isGreaterThanOrEqualTo(3);
        assertThat(timing.elapsedSeconds()).isGreaterThanOrEqualTo(1.2);
        assertThat(timing.windowSeconds()).isPositive().isLessThan(1.2);
        assertThat(timing.steadySeconds()).isPositive();
        assertThat(timing.steadyIterations()).isBetween(0, timing.iterations());
        assertThat(timing.perSecond()).hasSizeBetween(1, (int) Math.ceil(timing.elapsedSeconds()));
        assertThat(timing.answer()).isNotBlank();
        assertThat(timing.unstable()).isNull();
    }
}
