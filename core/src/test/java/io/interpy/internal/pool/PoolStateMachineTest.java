package io.interpy.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.CallTimeoutException;
import io.interpy.ContextFactory;
import io.interpy.ExecutorStats;
import io.interpy.PythonException;
import io.interpy.Sandbox;
import io.interpy.WorkerStartException;
import io.interpy.event.CallOutcome;
import io.interpy.event.PoolListener;
import io.interpy.event.RetireReason;
import io.interpy.event.WorkerState;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The pool's state machine (admission, queue, workers, deadlines, cancellation, recycling, start
 * failures, shutdown) driven by stub interpreters instead of GraalPy, so each scenario runs in
 * milliseconds. The stub's targets: {@code ok} returns "ok", {@code fail} raises a Python error,
 * {@code block} runs until interrupted, {@code hang} ignores interrupts until cancelled. Every test
 * ends with the invariants: every future completed, every interpreter closed, every thread ended.
 */
class PoolStateMachineTest {

    /** A scripted interpreter; interrupt and cancel come from other threads, as in GraalPy. */
    static final class StubInterpreter implements Interpreter {
        final AtomicInteger interrupts = new AtomicInteger();
        volatile boolean broken;
        volatile boolean closed;
        private volatile boolean interruptRequested;
        private volatile boolean cancelled;

        @Override
        public Object call(String target, String payload, Type resultType) {
            switch (target) {
                case "stub:ok" -> {
                    return "ok";
                }
                case "stub:fail" -> throw new PythonException(target, "ValueError", "bad", "Traceback...", null);
                case "stub:block", "stub:hang" -> {
                    while (!cancelled && !(interruptRequested && target.equals("stub:block"))) {
                        Thread.onSpinWait();
                    }
                    interruptRequested = false;
                    throw new Stopped(cancelled ? "cancelled" : "interrupted");
                }
                default -> throw new PythonException(target, "ModuleNotFoundError", "no " + target, "", null);
            }
        }

        @Override
        public Object stream(String target, String payload, Type elementType, StreamChannel channel, long idleNanos) {
            throw new UnsupportedOperationException("the state-machine stub does not stream");
        }

        @Override
        public boolean stopSoftly() {
            return false;
        }

        @Override
        public String checkSignature(String target, int positionalArgs, Collection<String> keywordNames) {
            return null;
        }

        @Override
        public Object run(CallBody body, String target) {
            return body.run(this);
        }

        @Override
        public boolean interrupt(Duration wait) {
            interrupts.incrementAndGet();
            interruptRequested = true;
            return true;
        }

        @Override
        public void cancel() {
            broken = true;
            cancelled = true;
        }

        @Override
        public void markBroken() {
            broken = true;
        }

        @Override
        public boolean isBroken() {
            return broken;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Hands out stub interpreters; {@code failures} makes the next starts fail. */
    static final class StubSource implements InterpreterSource {
        final List<StubInterpreter> started = new ArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        volatile boolean closed;

        @Override
        public synchronized Interpreter start() {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new WorkerStartException("stub start failed", null);
            }
            StubInterpreter interpreter = new StubInterpreter();
            started.add(interpreter);
            return interpreter;
        }

        @Override
        public boolean jitEnabled() {
            return true;
        }

        @Override
        public void close() {
            closed = true;
        }

        synchronized List<StubInterpreter> all() {
            return List.copyOf(started);
        }
    }

    private static ExecutorSettings settings(String name, int min, int max, int queue, int maxTasks,
            Duration callTimeout, Duration workerStartTimeout, boolean background) {
        return settings(name, min, max, queue, maxTasks, callTimeout, workerStartTimeout, background, Duration.ofSeconds(60));
    }

    private static ExecutorSettings settings(String name, int min, int max, int queue, int maxTasks,
            Duration callTimeout, Duration workerStartTimeout, boolean background, Duration idleTimeout) {
        return new ExecutorSettings(name, min, max, queue, List.of("classpath:python"), List.of(), callTimeout,
                idleTimeout, maxTasks, null, Duration.ofSeconds(5), workerStartTimeout, Sandbox.denyAll(),
                PoolStateMachineTest.class.getClassLoader(), Map.of(), Map.of(), ContextFactory.DEFAULT, false, null,
                background, 1 << 20, ZoneId.of("UTC"), ForkJoinPool.commonPool(), Duration.ofSeconds(30), false, Duration.ZERO);
    }

    private static ExecutorSettings settings(String name, int min, int max) {
        return settings(name, min, max, 100, 0, null, Duration.ofSeconds(30), false);
    }

    private static CompletableFuture<Object> submit(InterpreterPool pool, String target) {
        return submit(pool, target, null);
    }

    private static CompletableFuture<Object> submit(InterpreterPool pool, String target, Duration timeout) {
        return pool.submitCall(target, () -> "", Object.class, timeout);
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.get()) {
            if (System.nanoTime() - giveUp > 0) {
                throw new AssertionError("not reached in 10 s: " + what);
            }
            Thread.sleep(1);
        }
    }

    /** After shutdown: nothing leaked and every count adds up. */
    private static void assertClosedCleanly(InterpreterPool pool, StubSource source, List<CompletableFuture<Object>> futures) {
        pool.shutdown(Duration.ofSeconds(5));
        ExecutorStats stats = pool.stats();
        assertThat(futures).allSatisfy(f -> assertThat(f).isDone());
        assertThat(source.all()).allSatisfy(i -> assertThat(i.closed).as("interpreter closed").isTrue());
        assertThat(source.closed).isTrue();
        assertThat(stats.state()).isEqualTo("TERMINATED");
        assertThat(stats.threadsCreated()).isEqualTo(stats.threadsClosed());
        assertThat(stats.contextsCreated()).isEqualTo(stats.contextsClosed()).isEqualTo(source.all().size());
        assertThat(stats.completed() + stats.failed() + stats.cancelled()).as("every admitted call ended once")
                .isEqualTo(futures.size());
    }

    @Test
    void callsRunAndFailAndEachIsReportedOnce() throws Exception {
        StubSource source = new StubSource();
        InterpreterPool pool = new InterpreterPool(settings("sm-run", 1, 2, 1000, 0, null, Duration.ofSeconds(30), false),
                source);
        ConcurrentLinkedQueue<CallOutcome> heard = new ConcurrentLinkedQueue<>();
        pool.addListener(new PoolListener() {
            @Override
            public void callFinished(String target, CallOutcome outcome, long runNanos, long waitNanos) {
                heard.add(outcome);
            }
        });
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(submit(pool, i % 10 == 0 ? "stub:fail" : "stub:ok"));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(10, TimeUnit.SECONDS);
        assertThat(futures.get(1).get()).isEqualTo("ok");
        assertThatThrownBy(() -> futures.get(0).get()).hasCauseInstanceOf(PythonException.class);
        assertThat(heard).hasSize(200);
        assertThat(heard.stream().filter(o -> o == CallOutcome.PYTHON_ERROR)).hasSize(20);
        assertThat(pool.stats().completed()).isEqualTo(180);
        assertThat(pool.stats().failed()).isEqualTo(20);
        assertClosedCleanly(pool, source, futures);
    }

    @Test
    void cancellingARunningCallInterruptsItAndTheWorkerServesTheNextCall() throws Exception {
        StubSource source = new StubSource();
        InterpreterPool pool = new InterpreterPool(settings("sm-cancel", 1, 1), source);
        CompletableFuture<Object> blocked = submit(pool, "stub:block");
        await(() -> pool.stats().active() == 1, "call running");
        CompletableFuture<Object> queued = submit(pool, "stub:ok");
        CompletableFuture<Object> queuedThenCancelled = submit(pool, "stub:ok");
        assertThat(queuedThenCancelled.cancel(false)).isTrue();
        assertThat(pool.stats().queued()).isEqualTo(1);
        assertThat(blocked.cancel(true)).isTrue();
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(source.all()).hasSize(1); // an interrupted interpreter stays in use
        assertThat(source.all().get(0).interrupts).hasPositiveValue();
        assertThat(pool.stats().cancelled()).isEqualTo(2);
        assertClosedCleanly(pool, source, List.of(blocked, queued, queuedThenCancelled));
    }

    @Test
    void aDeadlineFailsQueuedAndRunningCallsAndInterruptsTheRunningOne() throws Exception {
        StubSource source = new StubSource();
        InterpreterPool pool = new InterpreterPool(settings("sm-deadline", 1, 1), source);
        CompletableFuture<Object> running = submit(pool, "stub:block", Duration.ofMillis(100));
        CompletableFuture<Object> waiting = submit(pool, "stub:ok", Duration.ofMillis(50));
        assertThatThrownBy(() -> running.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CallTimeoutException.class);
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CallTimeoutException.class);
        CompletableFuture<Object> after = submit(pool, "stub:ok");
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(pool.stats().timedOut()).isEqualTo(2);
        assertThat(source.all()).hasSize(1);
        assertClosedCleanly(pool, source, List.of(running, waiting, after));
    }

    @Test
    void codeThatIgnoresInterruptsHasItsInterpreterCancelledAndReplaced() throws Exception {
        StubSource source = new StubSource();
        InterpreterPool pool = new InterpreterPool(settings("sm-hang", 1, 1), source);
        ConcurrentLinkedQueue<RetireReason> retired = new ConcurrentLinkedQueue<>();
        pool.addListener(new PoolListener() {
            @Override
            public void workerRetired(RetireReason reason) {
                retired.add(reason);
            }
        });
        CompletableFuture<Object> hung = submit(pool, "stub:hang", Duration.ofMillis(50));
        assertThatThrownBy(() -> hung.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CallTimeoutException.class);
        CompletableFuture<Object> next = submit(pool, "stub:ok");
        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(source.all()).hasSize(2);
        assertThat(source.all().get(0).broken).isTrue();
        assertThat(retired).containsExactly(RetireReason.TIMEOUT);
        assertClosedCleanly(pool, source, List.of(hung, next));
    }

    @Test
    void interpretersAreRecycledAfterTheirQuotaOfCalls() throws Exception {
        StubSource source = new StubSource();
        InterpreterPool pool = new InterpreterPool(settings("sm-recycle", 1, 1, 100, 10, null, Duration.ofSeconds(30),
                false), source);
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            futures.add(submit(pool, "stub:ok"));
            futures.get(i).get(10, TimeUnit.SECONDS);
        }
        // quotas are spread by ±2.5%, so 100 calls take 9 to 11 interpreters
        assertThat(source.all().size()).isBetween(9, 12);
        assertThat(pool.stats().retired()).isEqualTo(source.all().size() - 1);
        assertClosedCleanly(pool, source, futures);
    }

    @Test
    void startFailuresAreRetriedAndQueuedCallsFailWhenNoWorkerCanStart() throws Exception {
        StubSource source = new StubSource();
        source.failures.set(3);
        InterpreterPool pool = new InterpreterPool(settings("sm-retry", 1, 1, 100, 0, null, Duration.ofSeconds(30),
                true), source);
        CompletableFuture<Object> first = submit(pool, "stub:ok");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThatThrownBy(() -> pool.prestarted().get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(WorkerStartException.class);
        assertClosedCleanly(pool, source, List.of(first));

        StubSource never = new StubSource();
        never.failures.set(Integer.MAX_VALUE);
        InterpreterPool starved = new InterpreterPool(settings("sm-starved", 1, 1, 100, 0, null, Duration.ofMillis(300),
                true), never);
        CompletableFuture<Object> waiting = submit(starved, "stub:ok");
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(WorkerStartException.class)
                .hasMessageContaining("no worker could start");
        assertThat(starved.lastStartFailure()).hasMessage("stub start failed");
        assertClosedCleanly(starved, never, List.of(waiting));
    }

    @Test
    void aFullPoolRejectsAndAShutdownCancelsQueuedAndStopsRunningCalls() throws Exception {
        StubSource source = new StubSource();
        InterpreterPool pool = new InterpreterPool(settings("sm-full", 1, 1, 1, 0, null, Duration.ofSeconds(30), false),
                source);
        CompletableFuture<Object> running = submit(pool, "stub:block");
        await(() -> pool.stats().active() == 1, "call running");
        CompletableFuture<Object> queued = submit(pool, "stub:ok");
        assertThatThrownBy(() -> submit(pool, "stub:ok")).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("sm-full").hasMessageContaining("queue of 1 is full");
        CountDownLatch done = new CountDownLatch(1);
        Thread.ofPlatform().start(() -> {
            pool.shutdown(Duration.ofMillis(100));
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> queued.get()).isInstanceOf(CancellationException.class)
                .hasStackTraceContaining("before it started");
        assertThatThrownBy(() -> running.get()).isInstanceOf(CancellationException.class)
                .hasStackTraceContaining("did not finish in time");
        assertThat(pool.stats().rejected()).isEqualTo(1);
        assertThat(pool.workers()).allSatisfy(w -> assertThat(w.state()).isEqualTo(WorkerState.CLOSED));
        assertClosedCleanly(pool, source, List.of(running, queued));
    }

    @Test
    void idleWorkersAboveMinSizeRetireAndDemandStartsNewOnes() throws Exception {
        StubSource source = new StubSource();
        InterpreterPool pool = new InterpreterPool(settings("sm-grow", 0, 2, 100, 0, null, Duration.ofSeconds(30), false,
                Duration.ofMillis(50)), source);
        assertThat(pool.stats().size()).isZero();
        CompletableFuture<Object> a = submit(pool, "stub:block");
        CompletableFuture<Object> b = submit(pool, "stub:block");
        await(() -> pool.stats().active() == 2, "two workers running");
        a.cancel(true);
        b.cancel(true);
        await(() -> pool.stats().size() == 0, "idle workers retired");
        assertThat(pool.stats().retired()).isEqualTo(2);
        CompletableFuture<Object> demand = submit(pool, "stub:ok");
        assertThat(demand.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(source.all()).hasSize(3);
        assertClosedCleanly(pool, source, List.of(a, b, demand));
    }
}
