package io.interpy.spring.boot.actuate.endpoint;

import io.interpy.ExecutorStats;
import io.interpy.InterpreterExecutor;
import io.interpy.WorkerInfo;
import io.interpy.WorkerStartException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * {@code /actuator/interpy}: what every worker of every executor is doing now, for an operator
 * asking "which call is stuck, and for how long" (the metrics only show aggregates). Read-only:
 * stopping a call from here would bypass the application's own error handling.
 *
 * <p>Durations are milliseconds, so the JSON does not depend on how the endpoint's JSON mapper
 * is configured to write {@link Duration}.
 */
@Endpoint(id = "interpy")
public class InterpyEndpoint {

    private final ObjectProvider<InterpreterExecutor> executors;

    public InterpyEndpoint(ObjectProvider<InterpreterExecutor> executors) {
        this.executors = executors;
    }

    @ReadOperation
    public ExecutorsDescriptor executors() {
        Map<String, ExecutorDescriptor> byName = new LinkedHashMap<>();
        executors.orderedStream().forEach(executor -> byName.put(executor.name(), describe(executor)));
        return new ExecutorsDescriptor(byName);
    }

    /** One executor by its name; {@code null} (404) when there is none. */
    @ReadOperation
    public ExecutorDescriptor executor(@Selector String name) {
        return executors.orderedStream().filter(executor -> executor.name().equals(name)).findFirst()
                .map(InterpyEndpoint::describe).orElse(null);
    }

    private static ExecutorDescriptor describe(InterpreterExecutor executor) {
        ExecutorStats stats = executor.stats();
        WorkerStartException failure = executor.lastStartFailure();
        List<WorkerDescriptor> workers = executor.workers().stream().map(InterpyEndpoint::describe).toList();
        return new ExecutorDescriptor(stats.state(), stats.size(), stats.active(), stats.idle(), stats.starting(),
                stats.queued(), stats.minSize(), stats.maxSize(), stats.completed(), stats.failed(), stats.timedOut(),
                stats.cancelled(), stats.rejected(), stats.jitEnabled(), executor.pythonPath(),
                failure == null ? null : failure.getMessage(), workers);
    }

    private static WorkerDescriptor describe(WorkerInfo worker) {
        return new WorkerDescriptor(worker.id(), worker.state().name(), worker.callsServed(), worker.contextAge().toMillis(),
                worker.currentTarget(), worker.runningFor() == null ? null : worker.runningFor().toMillis());
    }

    /** Executors by name. */
    public record ExecutorsDescriptor(Map<String, ExecutorDescriptor> executors) implements OperationResponseBody {
    }

    /**
     * One executor: its snapshot and its workers.
     *
     * @param lastStartFailure why the last worker start failed, {@code null} once one succeeded since
     */
    public record ExecutorDescriptor(String state, int size, int active, int idle, int starting, int queued,
            int minSize, int maxSize, long completed, long failed, long timedOut, long cancelled, long rejected,
            boolean jitEnabled, List<String> pythonPath, String lastStartFailure, List<WorkerDescriptor> workers)
            implements OperationResponseBody {
    }

    /**
     * One worker.
     *
     * @param ageMillis        age of its current context (0 while starting)
     * @param currentTarget    the call running now, {@code null} when not busy
     * @param runningForMillis how long the current call has run, {@code null} when not busy
     */
    public record WorkerDescriptor(int id, String state, long callsServed, long ageMillis, String currentTarget,
            Long runningForMillis) {
    }
}
