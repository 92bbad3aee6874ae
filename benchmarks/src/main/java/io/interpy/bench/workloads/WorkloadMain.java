package io.interpy.bench.workloads;

import io.interpy.bench.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Runs the workload suite: for each workload, the harness under CPython (subprocess), then in a
 * fresh one-worker Interpy executor; one at a time, so neither competes with the other for the CPU.
 * Writes {@code target/workloads-report.md} and {@code .json} and exits non-zero when an answer
 * differs. Started by {@code ./mvnw -q -pl benchmarks -am verify -Pworkloads -DskipTests
 * [-Dworkloads.profile=smoke|quick|full] [-Dworkloads.only=a,b]}.
 */
public final class WorkloadMain {

    private WorkloadMain() {
    }

    public static void main(String[] args) throws Exception {
        WorkloadProfile profile = WorkloadProfile.named(System.getProperty("workloads.profile", "quick"));
        String only = System.getProperty("workloads.only", "");
        Path out = Path.of(System.getProperty("workloads.out", "target/workloads-report"));
        String python = System.getProperty("workloads.python", "python3");
        WorkloadSuite suite = WorkloadSuite.load();
        List<WorkloadSuite.Workload> selected = suite.select(profile, only);
        Path libraries = out.toAbsolutePath().resolveSibling("workload-libs");
        DebianLibraries.clear(libraries);
        suite.copyLibraries(libraries);
        CPythonHarness cpython = new CPythonHarness(python, suite.directory(), libraries);
        InterpyHarness interpy = new InterpyHarness(suite.directory(), libraries);

        WorkloadReport report = new WorkloadReport()
                .info("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .info("profile", profile.name() + " (Interpy " + (int) profile.seconds() + " s per workload, steady = median of the last "
                        + (int) profile.steadySeconds() + " s; CPython " + (int) profile.cpythonSeconds() + " s, steady = last "
                        + (int) profile.cpythonSteadySeconds() + " s)")
                .info("cpython", python + " " + cpython.version() + " -I -S")
                .info("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
                .info("cpus", Integer.toString(Runtime.getRuntime().availableProcessors()))
                .info("cpu_model", Environment.cpuModel())
                .info("load_average_before", Environment.loadAverage());
        long begin = System.nanoTime();
        for (WorkloadSuite.Workload workload : selected) {
            report.add(runOne(workload, profile, cpython, interpy));
            WorkloadResult last = report.results().getLast();
            log(String.format("%-20s first %s×  8-12 s %s×  steady %s×  (CPython %s ms, Interpy %s ms)  %s",
                    workload.name(), WorkloadReport.ratio(last.firstRatio()), WorkloadReport.ratio(last.windowRatio()),
                    WorkloadReport.ratio(last.steadyRatio()),
                    last.cpython() == null ? "–" : WorkloadReport.ms(last.cpython().steadySeconds()),
                    last.interpy() == null ? "–" : WorkloadReport.ms(last.interpy().steadySeconds()), last.status()));
        }
        report.info("duration_s", String.format("%.0f", (System.nanoTime() - begin) / 1e9))
                .info("load_average_after", Environment.loadAverage());
        Path markdown = Path.of(out + ".md");
        Path json = Path.of(out + ".json");
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, report.markdown());
        Files.writeString(json, report.json());
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Markdown: " + markdown.toAbsolutePath() + "\nJSON: " + json.toAbsolutePath());
        System.exit(report.allCorrect() ? 0 : 1);
    }

    private static WorkloadResult runOne(WorkloadSuite.Workload workload, WorkloadProfile profile,
            CPythonHarness cpython, InterpyHarness interpy) {
        Timing onCPython = null;
        Timing onInterpy = null;
        try {
            log(workload.name() + ": CPython");
            long limit = (long) (profile.cpythonSeconds() * 3 + 120);
            onCPython = Timing.parse(cpython.call("measure", limit, workload.name(), profile.cpythonSeconds(),
                    profile.cpythonSteadySeconds(), WorkloadProfile.WINDOW_START, WorkloadProfile.WINDOW_END));
            log(workload.name() + ": Interpy");
            onInterpy = Timing.parse(interpy.measure(workload.name(), profile, (long) (profile.seconds() * 4 + 300)));
            return new WorkloadResult(workload, onCPython, onInterpy, null);
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return WorkloadResult.failed(workload, onCPython, onInterpy, message.lines().findFirst().orElse(message)
                    + (message.lines().count() > 1 ? " … " + message.lines().reduce((a, b) -> b).orElse("") : ""));
        }
    }

    private static void log(String message) {
        System.out.println("[workloads] " + message);
    }
}
