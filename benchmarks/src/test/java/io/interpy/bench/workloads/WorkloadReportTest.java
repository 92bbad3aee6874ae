package io.interpy.bench.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadReportTest {

    private static Timing timing(double first, double window, double steady, String answer) {
        return new Timing(0.1, first, window, steady, 10, 100, 14, List.of(first, window, steady), answer, null);
    }

    private static WorkloadSuite.Workload workload(String name, String kind) {
        return new WorkloadSuite.Workload(name, kind, true, false);
    }

    @Test
    void ratiosAreCPythonOverInterpyAndGeometricMeansSkipFailures() {
        WorkloadReport report = new WorkloadReport()
                .add(new WorkloadResult(workload("a", "loop"), timing(0.1, 0.1, 0.1, "1"), timing(0.4, 0.05, 0.02, "1"), null))
                .add(new WorkloadResult(workload("b", "stdlib"), timing(0.2, 0.2, 0.2, "x"), timing(0.5, 0.4, 0.1, "x"), null))
                .add(new WorkloadResult(workload("c", "text"), timing(0.2, 0.2, 0.2, "x"), timing(0.1, 0.1, 0.01, "y"), null));
        WorkloadResult a = report.results().get(0);
        assertThat(a.firstRatio()).isEqualTo(0.25);
        assertThat(a.windowRatio()).isEqualTo(2.0);
        assertThat(a.steadyRatio()).isEqualTo(5.0);
        assertThat(report.results().get(2).status()).startsWith("WRONG ANSWER");
        assertThat(report.results().get(2).steadyRatio()).isNaN();
        assertThat(report.geometricMean(WorkloadResult::steadyRatio)).isCloseTo(Math.sqrt(5.0 * 2.0), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.allCorrect()).isFalse();
        assertThat(report.table()).contains("| a | loop | 0.25 | 2.00 | 5.00 | 100 | 20.0 | 400 | 100 | same |",
                "| **geometric mean** | | **0.32** | **1.00** | **3.16** |");
        assertThat(report.goalsText()).contains("every answer equals CPython's: MISSED ([c])",
                "no workload slower than CPython (min ≥ 1×): 2.00 → met", "geometric mean ≥ 3×: 3.16 → met",
                "8–12 s geometric mean ≥ 1.5×: 1.00 → MISSED", "(min ≥ 0.2×): 0.25 → met",
                "numeric/OO loops steady ≥ 4× (min): 5.00 → met");
        assertThat(report.json()).contains("\"steady_ratio\" : 5.0", "\"geomean_steady_ratio\" : 3.1623",
                "\"status\" : \"WRONG ANSWER");
    }

    @Test
    void unstableAnswerAndMissingWindowAreReported() {
        Timing unstable = new Timing(0.1, 0.1, Double.NaN, 0.1, 3, 3, 2, List.of(0.1), "1", "iteration 2 answered 2");
        WorkloadResult r = new WorkloadResult(workload("d", "loop"), timing(0.1, 0.1, 0.1, "1"), unstable, null);
        assertThat(r.status()).startsWith("UNSTABLE on Interpy");
        WorkloadResult noWindow = new WorkloadResult(workload("e", "loop"), timing(0.1, 0.1, 0.1, "1"),
                new Timing(0.1, 0.1, Double.NaN, 0.1, 1, 3, 2, List.of(0.1), "1", null), null);
        assertThat(noWindow.windowRatio()).isNaN();
        assertThat(new WorkloadReport().add(noWindow).table()).contains("| e | loop | 1.00 | – | 1.00 † |",
                "† fewer than 3 iterations started in the steady-state seconds");
    }
}
