package io.interpy.bench.workloads;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Python harness measured for one workload on one runtime (seconds, timed inside Python):
 * the first iteration, the mean in the 8–12 s window (NaN when the run ended before it), the
 * steady state (the median of the iterations started in the last seconds, or of the last three
 * when fewer started there: {@code steadyIterations} says which), and the answer's repr.
 */
public record Timing(double importSeconds, double firstSeconds, double windowSeconds, double steadySeconds,
        int steadyIterations, int iterations, double elapsedSeconds, List<Double> perSecond, String answer, String unstable) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Parses the harness's JSON object. */
    public static Timing parse(String json) {
        JsonNode node = JSON.readTree(json);
        List<Double> perSecond = new ArrayList<>();
        node.get("per_second_s").forEach(v -> perSecond.add(v.isNull() ? Double.NaN : v.asDouble()));
        return new Timing(number(node, "import_s"), number(node, "first_s"), number(node, "window_s"),
                number(node, "steady_s"), node.get("steady_iterations").asInt(), node.get("iterations").asInt(),
                number(node, "elapsed_s"), perSecond,
                node.get("answer").asString(), node.get("unstable").isNull() ? null : node.get("unstable").asString());
    }

    private static double number(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Double.NaN : value.asDouble();
    }
}
