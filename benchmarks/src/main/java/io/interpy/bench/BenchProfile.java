package io.interpy.bench;

/**
 * Iteration counts. {@code quick} finishes in a few minutes on 2 cores; {@code full} gives
 * steadier figures. Selected with {@code -Dbench.profile=full} on the Maven command line.
 */
record BenchProfile(String name, int warmupIterations, int iterations, int iterationSeconds, int forks,
        int spinBatches, int workerStarts, int freshJvms) {

    static BenchProfile named(String name) {
        return switch (name) {
            case "quick" -> new BenchProfile(name, 6, 5, 1, 1, 3, 8, 3);
            case "full" -> new BenchProfile(name, 15, 10, 2, 2, 7, 20, 7);
            default -> throw new IllegalArgumentException("unknown benchmark profile '" + name + "': quick or full");
        };
    }
}
