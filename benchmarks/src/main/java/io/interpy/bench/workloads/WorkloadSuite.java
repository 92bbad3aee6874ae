package io.interpy.bench.workloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The workloads listed in {@code workloads/suite.txt} and the third-party libraries they need. The
 * workload files are read from the build's output directory (not a jar), so CPython and Interpy run
 * the very same files.
 */
public record WorkloadSuite(Path directory, List<Workload> workloads, List<String> libraries) {

    /** One workload module {@code wl_<name>.py}. */
    public record Workload(String name, String kind, boolean quick, boolean slow) {

        /** Numeric and OO loops: the issue's "keep the wins" goal applies to them. */
        public boolean loop() {
            return "loop".equals(kind);
        }
    }

    public static final String HARNESS = "workload_harness";

    /** The suite in this build's resources directory {@code workloads/}. */
    public static WorkloadSuite load() {
        URL manifest = WorkloadSuite.class.getClassLoader().getResource("workloads/suite.txt");
        if (manifest == null || !"file".equals(manifest.getProtocol())) {
            throw new IllegalStateException("workloads/suite.txt must be a file on the class path (run from the build): " + manifest);
        }
        try {
            return parse(Path.of(manifest.toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static WorkloadSuite parse(Path directory) {
        List<Workload> workloads = new ArrayList<>();
        List<String> libraries = new ArrayList<>();
        try {
            for (String raw : Files.readAllLines(directory.resolve("suite.txt"))) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("libraries:")) {
                    libraries.addAll(Arrays.asList(line.substring("libraries:".length()).strip().split("\\s+")));
                    continue;
                }
                List<String> fields = Arrays.asList(line.split("\\s+"));
                Set<String> flags = Set.copyOf(fields.subList(2, fields.size()));
                workloads.add(new Workload(fields.get(0), fields.get(1), flags.contains("quick"), flags.contains("slow")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkloadSuite(directory, List.copyOf(workloads), List.copyOf(libraries));
    }

    /** The workloads a profile runs, or those named in {@code only} (comma-separated) when it is not blank. */
    public List<Workload> select(WorkloadProfile profile, String only) {
        if (only == null || only.isBlank()) {
            return switch (profile.selection()) {
                case "all" -> workloads;
                case "quick" -> workloads.stream().filter(Workload::quick).toList();
                default -> select(profile, profile.selection());
            };
        }
        List<Workload> chosen = new ArrayList<>();
        for (String name : only.split(",")) {
            chosen.add(workloads.stream().filter(w -> w.name().equals(name.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no workload '" + name.strip() + "' in suite.txt")));
        }
        return chosen;
    }

    /** Copies the third-party libraries into {@code root} (pure Python, from Debian's dist-packages). */
    public Path copyLibraries(Path root) {
        return DebianLibraries.copy(root, libraries);
    }
}
