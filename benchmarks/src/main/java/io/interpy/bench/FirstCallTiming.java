package io.interpy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Spawns fresh JVMs (same JDK, JIT flags and class path) and collects their build-to-first-result times. */
final class FirstCallTiming {

    /** Milliseconds: median build-to-first-result, and median wall time of the whole JVM process. */
    record Result(double median, double processMedian, double[] samples) {
    }

    private FirstCallTiming() {
    }

    static Result measure(int runs) throws IOException, InterruptedException {
        double[] samples = new double[runs];
        double[] process = new double[runs];
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>();
            command.add(JvmLaunch.java());
            command.addAll(JvmLaunch.jitArgs());
            command.addAll(List.of("-cp", JvmLaunch.classPath(), FirstCallMain.class.getName()));
            long begin = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = child.waitFor();
            process[i] = (System.nanoTime() - begin) / 1e6;
            samples[i] = parse(output, exit);
        }
        return new Result(Stats.median(samples), Stats.median(process), samples);
    }

    private static double parse(String output, int exit) {
        for (String line : output.split("\n")) {
            if (line.startsWith(FirstCallMain.PREFIX)) {
                return Long.parseLong(line.substring(FirstCallMain.PREFIX.length()).trim()) / 1e6;
            }
        }
        throw new IllegalStateException("fresh JVM exited with " + exit + " without a timing:\n" + output);
    }
}
