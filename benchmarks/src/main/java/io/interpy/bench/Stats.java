package io.interpy.bench;

import java.util.Arrays;

final class Stats {

    private Stats() {
    }

    static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(double[] samples) {
        return Arrays.stream(samples).min().orElse(Double.NaN);
    }

    static String describe(double[] samples) {
        return Arrays.stream(samples).mapToObj(Report::format).toList().toString();
    }
}
