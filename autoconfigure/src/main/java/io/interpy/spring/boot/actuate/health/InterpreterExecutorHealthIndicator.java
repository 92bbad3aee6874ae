package io.interpy.spring.boot.actuate.health;

import io.interpy.ExecutorStats;
import io.interpy.InterpreterExecutor;
import io.interpy.WorkerStartException;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of one {@link InterpreterExecutor}: whether a call submitted now can be served.
 *
 * <p>DOWN after shutdown, and while the last attempt to create a worker failed and no worker is
 * ready: calls would only queue until {@code worker-start-timeout} and fail, so a load balancer
 * should stop sending them. A pool that still has ready workers while growing fails stays UP
 * (it serves, with less capacity) and shows the failure in the details. A pool with no workers
 * and no failure (min-size 0) is UP: it starts one on the first call.
 */
public class InterpreterExecutorHealthIndicator extends AbstractHealthIndicator {

    private final InterpreterExecutor executor;

    public InterpreterExecutorHealthIndicator(InterpreterExecutor executor) {
        super("Python pool health check failed");
        this.executor = executor;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ExecutorStats stats = executor.stats();
        WorkerStartException failure = executor.lastStartFailure();
        boolean ready = stats.active() + stats.idle() > 0;
        if (executor.isShutdown()) {
            builder.down();
        } else if (failure != null && !ready) {
            builder.down();
        } else {
            builder.up();
        }
        builder.withDetail("name", stats.name())
                .withDetail("state", stats.state())
                .withDetail("size", stats.size())
                .withDetail("active", stats.active())
                .withDetail("idle", stats.idle())
                .withDetail("starting", stats.starting())
                .withDetail("queued", stats.queued())
                .withDetail("minSize", stats.minSize())
                .withDetail("maxSize", stats.maxSize())
                .withDetail("jitEnabled", stats.jitEnabled());
        if (failure != null) {
            builder.withDetail("lastStartFailure", String.valueOf(failure.getMessage()));
        }
    }
}
