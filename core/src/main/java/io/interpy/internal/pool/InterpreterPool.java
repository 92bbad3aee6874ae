package io.interpy.internal.pool;

import io.interpy.CallTimeoutException;
import io.interpy.ExecutorStats;
import io.interpy.WorkerInfo;
import io.interpy.WorkerStartException;
import io.interpy.event.CallOutcome;
import io.interpy.event.PoolListener;
import io.interpy.event.RetireReason;
import io.interpy.event.WorkerState;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * The pool behind an {@code InterpreterExecutor} (the counterpart of HikariCP's HikariPool):
 * admission, the queue, growing and shrinking workers, deadlines, cancellation and shutdown.
 * Workers own their contexts; the pool never touches a context except through a worker, and a
 * worker sees the pool only as its {@link WorkerHost}. Every way a call can end goes through
 * {@link CallEnds#end}, which whoever won the call's state calls once.
 */
public final class InterpreterPool implements WorkerHost {

    private final Logger log;
    private static final int RUNNING = 0;
    private static final int CLOSING = 1;
    private static final int TERMINATED = 2;
    private static final String[] STATE_NAMES = {"RUNNING", "SHUTTING_DOWN", "TERMINATED"};

    private final ExecutorSettings settings;
    private final InterpreterSource interpreters;
    private final boolean jitEnabled;
    private final CallQueue queue = new CallQueue();
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    private final PoolCounters counters = new PoolCounters();
    private final Housekeeper housekeeper;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicInteger starting = new AtomicInteger();
    private final AtomicInteger workerIds = new AtomicInteger();
    private final CountDownLatch closingSignal = new CountDownLatch(1);
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final Prestart prestart;
    private final Object lifecycle = new Object();
    private final PoolEvents events;
    private final StartFailures startFailures = new StartFailures();
    private final CallEnds ends;
    private final Admission admission;

    public InterpreterPool(ExecutorSettings settings) {
        this(settings, GraalPyInterpreters.open(settings, PoolLog.of(settings.name())));
    }

    /** A pool on any interpreter source: GraalPy's, or a stub in the state-machine tests. */
    InterpreterPool(ExecutorSettings settings, InterpreterSource interpreters) {
        this.settings = settings;
        this.log = PoolLog.of(settings.name());
        this.interpreters = interpreters;
        this.jitEnabled = interpreters.jitEnabled();
        this.events = new PoolEvents(settings.name(), settings.slowCallThreshold(), log);
        this.admission = new Admission(settings, counters, events, this::stats);
        this.housekeeper = new Housekeeper(this);
        this.ends = new CallEnds(this, log, counters, events, queue, housekeeper, startFailures);
        this.prestart = new Prestart(settings.name());
        prestart();
    }

    /**
     * Starts the first {@code minSize} workers. In the background, a failed first start leaves
     * the pool running (its workers keep retrying) and only fails {@link #prestarted()}: the
     * caller decides, as Spring's lifecycle does by failing the application start.
     */
    private void prestart() {
        List<CompletableFuture<Void>> first = new ArrayList<>();
        for (int i = 0; i < settings.minSize(); i++) {
            size.incrementAndGet();
            first.add(addWorker().firstStart);
        }
        prestart.track(first);
        if (settings.prestartInBackground()) {
            return;
        }
        try {
            prestart.await();
        } catch (WorkerStartException e) {
            shutdown(Duration.ZERO);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(Duration.ZERO);
            throw new WorkerStartException("pool '" + settings.name() + "' was interrupted while starting", e);
        }
    }

    /** Completes when the first {@code minSize} workers are ready, or with the first one's start failure. */
    public CompletableFuture<Void> prestarted() {
        return prestart.future();
    }

    /** The pool's one logger ({@link PoolLog}). */
    Logger log() {
        return log;
    }

    /**
     * Queues a call; its arguments are encoded by {@code encoder} once it is admitted, in the caller's thread.
     *
     * @throws RejectedExecutionException when the pool is shut down or queue and workers are full
     */
    public CompletableFuture<Object> submitCall(String target, Supplier<String> encoder, Type resultType,
            Duration timeout) {
        String payload = admitAndEncode(target, encoder);
        return enqueue(target, context -> context.call(target, payload, resultType), timeout, null);
    }

    /**
     * Queues a streamed call: the worker that takes it keeps the generator and hands over
     * batches of at most {@code batchSize} items as the returned iterator asks for them.
     *
     * @throws RejectedExecutionException as {@link #submitCall}
     */
    public StreamedCall submitStream(String target, Supplier<String> encoder, Type elementType, Duration timeout,
            int batchSize) {
        String payload = admitAndEncode(target, encoder);
        StreamChannel channel = new StreamChannel();
        long idle = settings.streamIdleTimeout().toNanos();
        CompletableFuture<Object> future = enqueue(target,
                context -> context.stream(target, payload, elementType, channel, idle), timeout, channel);
        return new StreamedCall(channel, future, batchSize);
    }

    /** Admits a call, then encodes its arguments; a failed encoding gives the place back. */
    private String admitAndEncode(String target, Supplier<String> encoder) {
        admission.admit(target, state.get() == RUNNING);
        try {
            return encoder.get();
        } catch (RuntimeException | Error e) {
            admission.giveBack();
            throw e;
        }
    }

    /** Queues a check that {@code target} exists and binds these arguments; completes with null or the problem. */
    public CompletableFuture<Object> submitVerify(String target, int positionalArgs, List<String> keywordNames) {
        admission.admit(target, state.get() == RUNNING);
        return enqueue(target, context -> context.checkSignature(target, positionalArgs, keywordNames), null, null);
    }

    /** Queues an admitted call. */
    private CompletableFuture<Object> enqueue(String target, CallBody body, Duration timeout, StreamChannel stream) {
        Duration effective = timeout != null ? timeout : settings.callTimeout();
        PendingCall call = new PendingCall(target, body, effective, this);
        call.stream(stream);
        int demand = queue.offer(call);
        if (demand == CallQueue.CLOSED) {
            admission.release(call);
            throw admission.rejected(target, "it is shutting down");
        }
        if (effective != null) {
            call.deadlineTask(housekeeper.schedule(() -> ends.onDeadline(call), effective));
        }
        maybeGrow(demand);
        return call.future();
    }

    /** Starts a worker when {@code demand} (calls no parked or spinning worker will take) exceeds those starting. */
    private void maybeGrow(int demand) {
        while (true) {
            if (demand - starting.get() <= 0) {
                return;
            }
            int current = size.get();
            if (current >= settings.maxSize()) {
                return;
            }
            if (size.compareAndSet(current, current + 1)) {
                addWorker();
                return;
            }
        }
    }

    private Worker addWorker() {
        Worker worker = new Worker(workerIds.incrementAndGet(), settings, this, log);
        synchronized (lifecycle) {
            if (state.get() != RUNNING) {
                size.decrementAndGet();
                worker.firstStart.completeExceptionally(new WorkerStartException("pool '" + settings.name() + "' is shutting down", null));
                return worker;
            }
            workers.add(worker);
            starting.incrementAndGet(); // given back when its context is ready or it exits without one
            counters.threadsCreated.incrementAndGet();
            worker.start();
        }
        return worker;
    }

    @Override
    public PendingCall nextCall(long timeoutNanos, boolean announced) throws InterruptedException {
        return queue.poll(timeoutNanos, announced);
    }

    @Override
    public long sourceGeneration() {
        return interpreters.sourceGeneration();
    }

    @Override
    public void returning() {
        queue.returning();
    }

    @Override
    public void notReturning() {
        queue.notReturning();
    }

    @Override
    public boolean retireIdle() {
        while (true) {
            int current = size.get();
            if (current <= settings.minSize()) {
                return false;
            }
            if (size.compareAndSet(current, current - 1)) {
                return true;
            }
        }
    }

    @Override
    public Interpreter newInterpreter() {
        Interpreter interpreter = interpreters.start();
        counters.contextCreated();
        return interpreter;
    }

    @Override
    public void started(Worker worker, long nanos) {
        starting.decrementAndGet();
        counters.workersStarted.incrementAndGet();
        startFailures.reset();
        events.workerStarted(nanos);
        log.debug("Worker {} of {} started in {} ms", worker.id(), settings.name(), nanos / 1_000_000);
    }

    @Override
    public void startFailed(Worker worker, WorkerStartException e) {
        if (startFailures.record(e, System.nanoTime())) {
            log.warn("Worker {} could not start ({}); retrying: {}", worker.id(), stats(), e.getMessage());
        } else {
            log.debug("Worker {} could not start again: {}", worker.id(), e.getMessage());
        }
    }

    @Override
    public void retired(Worker worker, RetireReason reason, boolean replacing) {
        if (replacing) {
            starting.incrementAndGet(); // given back by started() or exited()
        }
        counters.contextClosed();
        counters.workersRetired.incrementAndGet();
        events.workerRetired(reason);
        if (reason != RetireReason.SHUTDOWN) {
            log.debug("Worker {} of {} retired its context: {}", worker.id(), settings.name(), reason.tag());
        }
    }

    @Override
    public void exited(Worker worker, RetireReason reason, boolean whileStarting) {
        if (whileStarting) {
            starting.decrementAndGet();
        }
        workers.remove(worker);
        counters.threadsClosed.incrementAndGet();
        if (reason != RetireReason.IDLE) {
            size.decrementAndGet();
        }
        if (state.get() == RUNNING && reason != RetireReason.IDLE) {
            // keep capacity: a worker that died unexpectedly is replaced
            size.incrementAndGet();
            addWorker();
        }
    }

    /**
     * A call a worker took has ended there. Its place is given back before its future completes:
     * a caller that submits again from the completion must not be refused for a slot this call no
     * longer uses.
     */
    @Override
    public void finished(PendingCall call, Object value, Throwable failure) {
        release(call);
        if (call.tryFinishRunning()) {
            ends.end(call, PendingCall.RUNNING, failure == null ? CallOutcome.SUCCESS : CallOutcome.of(failure), value,
                    failure, CallEnds.Ending.RAN);
        } // else timed out, cancelled or shut down meanwhile: the result is dropped
    }

    @Override
    public Throwable expired(PendingCall call) {
        return ends.timeoutOf(call, false);
    }

    @Override
    public RuntimeException stopped(PendingCall call) {
        return new CancellationException("Python call " + call.target() + " was stopped (" + stats() + ")");
    }

    @Override
    public boolean awaitRetry(long millis) throws InterruptedException {
        return !closingSignal.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public String describe() {
        return stats().toString();
    }

    void release(PendingCall call) {
        admission.release(call);
    }

    /** The caller completed or cancelled its future: take the call back if it has not run. */
    void abandon(PendingCall call, boolean interrupt) {
        ends.abandon(call, interrupt);
    }

    CallEnds ends() {
        return ends;
    }

    /** Fails calls that waited too long while no worker could start at all. */
    void failStarvedCalls() {
        WorkerStartException failure = startFailures.last();
        long now = System.nanoTime();
        long limit = settings.workerStartTimeout().toNanos();
        if (failure == null || state.get() != RUNNING || !startFailures.failingLongerThan(limit, now) || readyWorkers() > 0) {
            return;
        }
        for (PendingCall call : queue.waitingLongerThan(limit, now)) {
            if (call.tryFinishQueued()) {
                ends.end(call, PendingCall.QUEUED, CallOutcome.ERROR, null, new WorkerStartException("Python call "
                        + call.target() + " waited " + settings.workerStartTimeout().toMillis()
                        + " ms but no worker could start (" + stats() + "): " + failure.getMessage(), failure),
                        CallEnds.Ending.BY_POOL);
            }
        }
    }

    private int readyWorkers() {
        int ready = 0;
        for (Worker worker : workers) {
            WorkerState s = worker.state();
            if (s == WorkerState.IDLE || s == WorkerState.BUSY) {
                ready++;
            }
        }
        return ready;
    }

    @Override
    public boolean isClosing() {
        return state.get() != RUNNING;
    }

    /** Stops accepting, cancels queued calls, lets running ones finish for {@code await}, then stops them. */
    public void shutdown(Duration await) {
        if (!state.compareAndSet(RUNNING, CLOSING)) {
            awaitTerminated(await);
            return;
        }
        prestart.abandon();
        try {
            new PoolShutdown(this, queue, workers, housekeeper, interpreters).run(await);
        } finally {
            state.set(TERMINATED);
            terminated.countDown();
        }
    }

    private void awaitTerminated(Duration await) {
        try {
            if (!terminated.await(await.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                log.warn("Shutdown of {} did not finish in time", stats());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void signalClosing() {
        closingSignal.countDown();
    }

    public boolean isTerminated() {
        return state.get() == TERMINATED;
    }

    public boolean isShutdown() {
        return state.get() != RUNNING;
    }

    public ExecutorStats stats() {
        return counters.snapshot(settings, STATE_NAMES[state.get()], workers, queue.size(), jitEnabled);
    }

    public List<WorkerInfo> workers() {
        return workers.stream().map(Worker::info).sorted(Comparator.comparingInt(WorkerInfo::id)).toList();
    }

    /** Why no worker can start now, or {@code null} when the last start succeeded. */
    public WorkerStartException lastStartFailure() {
        return startFailures.last();
    }

    public void addListener(PoolListener listener) {
        events.addListener(listener);
    }

    public String name() {
        return settings.name();
    }

    public boolean isJitEnabled() {
        return jitEnabled;
    }

    public ExecutorSettings settings() {
        return settings;
    }

    PoolCounters counters() {
        return counters;
    }

}
