package io.interpy.spring.boot.actuate.metrics;

import io.interpy.InterpreterExecutor;
import io.interpy.event.CallOutcome;
import io.interpy.event.PoolListener;
import io.interpy.event.RetireReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Micrometer meters of one {@link InterpreterExecutor}, in the spirit of Boot's
 * {@code executor.*} and HikariCP's {@code hikaricp.*} meters: gauges read the executor's
 * snapshot at scrape time, while timers and counters are fed by pool events, because a snapshot
 * cannot tell how long calls took or why a worker went away.
 *
 * <p>Every meter is tagged {@code name=<executor name>}. The {@code target} tag of
 * {@code interpy.calls} takes the call's {@code "module:function"}, which comes from code
 * ({@code @RunInInterpreter} methods or explicit calls), never from argument values, so its
 * cardinality is that of the functions an application calls.
 */
public class InterpreterExecutorMetrics implements MeterBinder {

    /** Reasons registered up front, so dashboards and alerts see a zero rather than no series. */
    private static final List<RetireReason> RETIRE_REASONS = List.of(RetireReason.IDLE, RetireReason.MAX_TASKS,
            RetireReason.MAX_AGE, RetireReason.BROKEN, RetireReason.TIMEOUT);

    private final InterpreterExecutor executor;
    private final Tags tags;

    public InterpreterExecutorMetrics(InterpreterExecutor executor) {
        this(executor, Tags.empty());
    }

    public InterpreterExecutorMetrics(InterpreterExecutor executor, Iterable<Tag> extraTags) {
        this.executor = executor;
        this.tags = Tags.of("name", executor.name()).and(extraTags);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        workerGauge(registry, "active", e -> e.stats().active());
        workerGauge(registry, "idle", e -> e.stats().idle());
        workerGauge(registry, "starting", e -> e.stats().starting());
        Gauge.builder("interpy.queue.size", executor, e -> e.stats().queued())
                .tags(tags).description("Calls waiting for a free worker").baseUnit("calls").register(registry);
        for (RetireReason reason : RETIRE_REASONS) {
            retiredBuilder().tag("reason", reason.tag()).register(registry);
        }
        executor.addListener(new MetricsListener(registry));
    }

    private void workerGauge(MeterRegistry registry, String state, ToDoubleFunction<InterpreterExecutor> value) {
        Gauge.builder("interpy.workers", executor, value).tags(tags).tag("state", state)
                .description("Workers (one GraalPy context each) by state").baseUnit("workers").register(registry);
    }

    private Counter.Builder retiredBuilder() {
        return Counter.builder("interpy.workers.retired").tags(tags)
                .description("Worker contexts closed, by reason").baseUnit("workers");
    }

    /** Feeds the event-driven meters; meter lookups are cached by the registry, so this stays cheap per call. */
    private final class MetricsListener implements PoolListener {

        private final MeterRegistry registry;
        private final Meter.MeterProvider<Timer> calls;
        private final Timer queueWait;
        private final Timer workerStart;

        MetricsListener(MeterRegistry registry) {
            this.registry = registry;
            this.calls = Timer.builder("interpy.calls").tags(tags)
                    .description("Python calls by target and outcome; time spent running in a worker")
                    .withRegistry(registry);
            this.queueWait = Timer.builder("interpy.queue.wait").tags(tags)
                    .description("Time admitted calls waited for a worker").register(registry);
            this.workerStart = Timer.builder("interpy.worker.start").tags(tags)
                    .description("Time to create a worker's GraalPy context").register(registry);
        }

        @Override
        public void callFinished(String target, CallOutcome outcome, long runNanos, long waitNanos) {
            calls.withTags("target", target, "outcome", outcome.tag()).record(runNanos, TimeUnit.NANOSECONDS);
            queueWait.record(waitNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void callRejected(String target) {
            calls.withTags("target", target, "outcome", CallOutcome.REJECTED.tag()).record(0, TimeUnit.NANOSECONDS);
        }

        @Override
        public void workerStarted(long nanos) {
            workerStart.record(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void workerRetired(RetireReason reason) {
            retiredBuilder().tag("reason", reason.tag()).register(registry).increment();
        }
    }
}
