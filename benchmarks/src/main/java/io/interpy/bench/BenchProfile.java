package io.interpy.bench;

/**
 * Iteration counts. Warm-up is long because it is compile-bound: on 2 cores one Truffle compiler
 * thread (the Graal compiler itself running as Java bytecode) takes 30–90 s to compile the call
 * path. {@code quick} finishes in under 10 minutes on 2 cores; {@code full} gives steadier figures. Selected with {@code -Dbench.profile=full} on the Maven command line.
 */
record BenchProfile(String name, int warmupIterations, int iterations, int iterationSeconds, int forks,
        int spinBatches, int workerStarts, int freshJvms) {

    static BenchProfile named(String name) {
        return switch (name) {
            case "quick" -> new BenchProfile(name, 50, 5, 1, 1, 3, 9, 3);
            case "full" -> new BenchProfile(name, 60, 10, 1, 2, 7, 20, 5);
            default -> throw new IllegalArgumentException("unknown benchmark profile '" + name + "': quick or full");
        };
    }
}
