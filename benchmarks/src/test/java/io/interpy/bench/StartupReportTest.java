package io.interpy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StartupReportTest {

    @Test
    void settlingIsTheFirstWindowFromWhichEveryWindowStaysWithinTheBound() {
        double[] windows = {900, 40, 9, 50, 10, 9, 11, 10, 9, 10, 10, 9, 10};
        double steady = StartupTiming.steady(windows);

        assertThat(steady).isEqualTo(10);
        // window 2 is within 2x but window 3 is not: it settles at 4
        assertThat(StartupTiming.settled(windows, 2 * steady)).isEqualTo(4);
        assertThat(StartupTiming.settled(new double[] {5, 50}, 20)).isEqualTo(2);
    }

    @Test
    void childLinesAreParsedByPrefixAndField() {
        String output = "noise\nFIRST 3568.0 4004 true\nWINDOW 0 918.00\nWINDOW 1 238.50\nWORKER 1654.2\n";

        assertThat(StartupTiming.values(output, "FIRST", 2)).containsExactly(4004);
        assertThat(StartupTiming.values(output, "WINDOW", 2)).containsExactly(918, 238.5);
        assertThat(StartupTiming.values(output, "WORKER", 1)).containsExactly(1654.2);
    }

    @Test
    void tableHasAColumnPerModeAndJsonKeepsSamplesAndCurves() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("jit.first_result_ms", new double[] {7000, 6900, 7100});
        figures.put("jit.inc_1w.curve_us", new double[] {900, 5});
        figures.put("fast-start.first_result_ms", new double[] {1800});
        figures.put("fast-start.inc_1w.steady_us", 44.2);

        String table = StartupReport.table(figures, List.of("jit", "fast-start"));
        assertThat(table).contains("| figure | jit | fast-start |", "| first_result_ms | 7,000 (6,900–7,100) | 1,800 |",
                "| inc_1w.steady_us | – | 44.2 |", "jit.inc_1w.curve_us: 900 5.00");
        String json = StartupReport.json(figures);
        assertThat(json).contains("\"jit.first_result_ms\": [7000.00, 6900.00, 7100.00]",
                "\"fast-start.inc_1w.steady_us\": 44.2000");
        assertThat(json.strip()).startsWith("{").endsWith("}").doesNotContain(",\n}");
    }
}
