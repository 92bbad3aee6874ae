package io.interpy.bench.workloads;

/**
 * How long each workload runs. Interpy runs {@code seconds} from its first call (the 8–12 s window
 * and a steady state after it); CPython, which has no warm-up, runs {@code cpythonSeconds}, enough
 * to cover the same window. {@code smoke} checks the suite end to end on five workloads;
 * {@code quick} (the suite.txt subset) stays under 15 minutes; {@code full} runs every workload.
 */
public record WorkloadProfile(String name, double seconds, double steadySeconds, double cpythonSeconds,
        double cpythonSteadySeconds, String selection) {

    public static final double WINDOW_START = 8;
    public static final double WINDOW_END = 12;
    /** A handful of kinds (a loop, a stdlib parser, a slow kind, a library), each a few seconds of CPython. */
    static final String SMOKE = "nbody,json_loads,xml_etree,pprint,jinja2_render";

    public static WorkloadProfile named(String name) {
        return switch (name) {
            case "smoke" -> new WorkloadProfile(name, 14, 2, 12, 4, SMOKE);
            case "quick" -> new WorkloadProfile(name, 20, 6, 12, 4, "quick");
            case "full" -> new WorkloadProfile(name, 40, 10, 14, 6, "all");
            default -> throw new IllegalArgumentException("unknown workload profile '" + name + "': smoke, quick or full");
        };
    }
}
