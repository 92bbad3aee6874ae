package io.interpy.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up and warm-up in each start-up mode, each figure from fresh JVMs ({@link StartupMain}):
 * first result, the per-second curve of the round trip and of the 1k-key dict echo for the first
 * seconds after it (1 and 2 workers) with the time until within 2x of steady, a jinja2 render against
 * CPython, new workers once the JVM has been up a while, and the packaged sample app's launch to ready
 * ({@code sample-app/startup.sh}).
 *
 * <p>Modes: {@code jit} is the stock JDK with the compiler on {@code --upgrade-module-path} (no AOT
 * cache possible), {@code jit-pyc} the same with GraalPy's standard library precompiled (isolates
 * that change), {@code fast-python} and {@code fast-start} the image of {@code tools/interpy-jdk.sh}
 * with an AOT cache from one training run and the precompiled standard library, JIT on and off.
 *
 * <p>System properties: {@code interpy.startup.seconds} (curve length, default 60),
 * {@code interpy.startup.modes} (comma-separated, default all), {@code interpy.startup.curves}
 * (only these, e.g. {@code inc_1w,dict_1w}), {@code interpy.startup.jvm-args} (added to every
 * measured JVM, for A/B runs of JVM or engine options), {@code interpy.startup.sample} (false skips
 * the sample app), {@code interpy.startup.out} (the JSON file).
 */
public final class StartupTiming {

    private static final int FIRST_RESULT_RUNS = 3;
    private static final int NEW_WORKERS = 8;
    private static final String CPYTHON = "/usr/bin/python3";

    private final Path work;
    private final Path image;
    private final Path resources;
    private final String classPath;
    private final int seconds;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private StartupTiming(Path work, int seconds) throws IOException {
        this.work = work;
        this.image = work.resolve("interpy-jdk");
        this.resources = work.resolve("graalpy-resources");
        this.classPath = jarClassPath();
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path work = Path.of("target", "startup").toAbsolutePath();
        Files.createDirectories(work);
        StartupTiming timing = new StartupTiming(work, Integer.getInteger("interpy.startup.seconds", 60));
        timing.prepare(root);
        List<String> modes = List.of(System.getProperty("interpy.startup.modes", "jit,jit-pyc,fast-python,fast-start")
                .split(","));
        for (String mode : modes) {
            timing.measure(mode);
        }
        timing.cpythonJinja();
        if (!"false".equals(System.getProperty("interpy.startup.sample"))) {
            for (String mode : modes) {
                if (!mode.equals("jit-pyc")) {
                    timing.sampleApp(root, mode);
                }
            }
        }
        Path out = Path.of(System.getProperty("interpy.startup.out", work.resolve("interpy-startup.json").toString()));
        Files.writeString(out, StartupReport.json(timing.figures));
        System.out.println(StartupReport.table(timing.figures, modes));
        System.out.println("All figures: " + out);
    }

    /** The image (tools/interpy-jdk.sh) and the precompiled standard library, each made once. */
    private void prepare(Path root) throws IOException, InterruptedException {
        String jitDir = System.getProperty("jdk.module.upgrade.path");
        JvmLaunch.jitArgs(); // fails unless this JVM has the JIT flags
        run(List.of(root.resolve("tools/interpy-jdk.sh").toString(), image.toString(), jitDir,
                System.getProperty("java.home")), null);
        if (!Files.isDirectory(resources)) {
            run(List.of(image.resolve("bin/java").toString(), "@" + image.resolve("fast-python.args"), "-cp", classPath,
                    "io.interpy.tool.GraalPyResources", resources.toString()), null);
        }
    }

    private List<String> jvm(String mode, boolean training) {
        List<String> command = new ArrayList<>();
        switch (mode) {
            case "jit", "jit-pyc" -> {
                command.add(JvmLaunch.java());
                command.addAll(JvmLaunch.jitArgs());
            }
            case "fast-python", "fast-start" -> {
                command.add(image.resolve("bin/java").toString());
                command.add("@" + image.resolve(mode + ".args"));
                Path cache = work.resolve(mode + ".aot");
                command.add((training ? "-XX:AOTCacheOutput=" : "-XX:AOTCache=") + cache);
            }
            default -> throw new IllegalArgumentException("unknown start-up mode " + mode);
        }
        if (!mode.equals("jit")) {
            command.add("-Dpolyglot.engine.resourcePath=" + resources);
        }
        String extra = System.getProperty("interpy.startup.jvm-args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath, StartupMain.class.getName()));
        return command;
    }

    private void measure(String mode) throws IOException, InterruptedException {
        boolean cached = mode.startsWith("fast-");
        if (cached) {
            long begin = System.nanoTime();
            Files.deleteIfExists(work.resolve(mode + ".aot"));
            child(mode, true, "train", 1, 5, 0);
            figures.put(mode + ".training_run_ms", (System.nanoTime() - begin) / 1e6);
        }
        double[] build = new double[FIRST_RESULT_RUNS];
        double[] jvm = new double[FIRST_RESULT_RUNS];
        for (int i = 0; i < FIRST_RESULT_RUNS; i++) {
            double[] first = first(child(mode, false, "inc", 1, 0, 0));
            build[i] = first[0];
            jvm[i] = first[1];
        }
        figures.put(mode + ".first_result_ms", build);
        figures.put(mode + ".jvm_to_first_result_ms", jvm);
        boolean curves = !mode.equals("jit-pyc");
        curve(mode, "inc", 1, NEW_WORKERS);
        if (curves) {
            curve(mode, "inc", 2, 0);
            curve(mode, "dict", 1, 0);
            curve(mode, "dict", 2, 0);
            if (!mode.equals("fast-start")) {
                curve(mode, "jinja", 1, 0);
            }
        }
    }

    private void curve(String mode, String kind, int workers, int newWorkers) throws IOException, InterruptedException {
        String only = System.getProperty("interpy.startup.curves");
        if (only != null && !List.of(only.split(",")).contains(kind + "_" + workers + "w")) {
            return;
        }
        int length = kind.equals("jinja") ? Math.max(seconds, 120) : seconds;
        String output = child(mode, false, kind, workers, length, newWorkers);
        String key = mode + "." + kind + "_" + workers + "w";
        double[] windows = values(output, "WINDOW", 2);
        figures.put(key + ".curve_us", windows);
        double steady = steady(windows);
        figures.put(key + ".steady_us", steady);
        figures.put(key + ".within_2x_after_s", (double) settled(windows, 2 * steady));
        double[] workersStarted = values(output, "WORKER", 1);
        if (workersStarted.length > 0) {
            figures.put(mode + ".new_worker_ms", workersStarted);
            figures.put(mode + ".new_worker_after_s", (double) length);
        }
    }

    /** Median of the last 10 windows (or of all, when fewer). */
    static double steady(double[] windows) {
        return Stats.median(Arrays.copyOfRange(windows, Math.max(0, windows.length - 10), windows.length));
    }

    /** The first window from which every window is at most {@code bound}; the length when none. */
    static int settled(double[] windows, double bound) {
        int from = windows.length;
        for (int i = windows.length - 1; i >= 0 && windows[i] <= bound; i--) {
            from = i;
        }
        return from;
    }

    private void cpythonJinja() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(CPYTHON))) {
            return;
        }
        String script = "import sys, timeit; sys.path.insert(0, 'src/main/resources/python'); import bench_jinja;"
                + " t = min(timeit.repeat(bench_jinja.render, number=200, repeat=7)); print('CPYTHON %.2f' % (t / 200 * 1e6))";
        figures.put("cpython.jinja_us", values(run(List.of(CPYTHON, "-c", script), null), "CPYTHON", 1)[0]);
    }

    private void sampleApp(Path root, String mode) throws IOException, InterruptedException {
        Path script = root.resolve("sample-app/startup.sh");
        if (Files.list(root.resolve("sample-app/target")).noneMatch(p -> p.getFileName().toString().endsWith(".jar"))) {
            System.out.println("No packaged sample app: skipping its start-up (package sample-app first)");
            return;
        }
        String output = run(List.of(script.toString(), "--mode=" + mode, "3"), Map.of("JAVA_HOME",
                System.getProperty("java.home")));
        Matcher runLine = Pattern.compile("ready (\\d+) ms after launch.*first request \\d+ in ([0-9.]+) s").matcher(output);
        List<Double> ready = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        while (runLine.find()) {
            ready.add(Double.parseDouble(runLine.group(1)));
            first.add(Double.parseDouble(runLine.group(2)) * 1000);
        }
        figures.put(mode + ".sample_ready_ms", ready.stream().mapToDouble(Double::doubleValue).toArray());
        figures.put(mode + ".sample_first_request_ms", first.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private String child(String mode, boolean training, String kind, int workers, int length, int newWorkers)
            throws IOException, InterruptedException {
        List<String> command = jvm(mode, training);
        command.addAll(List.of(kind, String.valueOf(workers), String.valueOf(length), String.valueOf(newWorkers)));
        System.out.printf(Locale.ROOT, "%s: %s %d worker(s) %d s%s%n", mode, kind, workers, length,
                training ? " (AOT cache training run)" : "");
        return run(command, null);
    }

    private static double[] first(String output) {
        double[] first = values(output, "FIRST", 1);
        double[] jvm = values(output, "FIRST", 2);
        return new double[] {first[0], jvm[0]};
    }

    /** The {@code index}-th field of every line starting with {@code prefix}. */
    static double[] values(String output, String prefix, int index) {
        return output.lines().filter(line -> line.startsWith(prefix + " "))
                .mapToDouble(line -> Double.parseDouble(line.split(" ")[index])).toArray();
    }

    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (environment != null) {
            builder.environment().putAll(environment);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + output);
        }
        return output;
    }

    /** This JVM's class path with every {@code target/classes} directory replaced by its module's jar. */
    private static String jarClassPath() throws IOException {
        List<String> jars = new ArrayList<>();
        for (String entry : JvmLaunch.classPath().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path target = path.getParent();
                try (var files = Files.list(target)) {
                    path = files.filter(p -> p.getFileName().toString().matches("interpy-.*-SNAPSHOT\\.jar")).findFirst()
                            .orElseThrow(() -> new IllegalStateException("the AOT cache needs jars: no jar in " + target
                                    + " (run the package phase)"));
                }
            }
            jars.add(path.toString());
        }
        return String.join(File.pathSeparator, jars);
    }
}
