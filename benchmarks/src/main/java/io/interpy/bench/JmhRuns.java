package io.interpy.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks in forks that get this JVM's JDK and JIT flags; returns score by method name. */
final class JmhRuns {

    private JmhRuns() {
    }

    static Map<String, Double> run(BenchProfile profile, String... includes) throws RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        for (String include : includes) {
            builder.include(include);
        }
        TimeValue time = TimeValue.seconds(profile.iterationSeconds());
        Options options = builder
                .jvm(JvmLaunch.java())
                .jvmArgs(JvmLaunch.jitArgs().toArray(String[]::new))
                .forks(profile.forks())
                .warmupIterations(profile.warmupIterations()).warmupTime(time)
                .measurementIterations(profile.iterations()).measurementTime(time)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> scores = new HashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String name = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
            scores.put(name, result.getPrimaryResult().getScore());
        }
        return scores;
    }
}
