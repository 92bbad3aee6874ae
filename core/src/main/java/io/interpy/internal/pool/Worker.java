package io.interpy.internal.pool;

import io.interpy.ConversionException;
import io.interpy.PythonException;
import io.interpy.WorkerInfo;
import io.interpy.WorkerStartException;
import io.interpy.event.RetireReason;
import io.interpy.event.WorkerState;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;

/**
 * One platform thread that owns one interpreter (a GraalPy context) at a time (like HikariCP's PoolEntry, but
 * the entry is a thread: a context must only ever be entered by the thread that owns it). It
 * takes calls from the shared queue, and replaces its context when it is broken, has served
 * its quota of calls, or is too old. It talks to its pool only through {@link WorkerHost}. Its
 * state is one atomic reference, so stats and the housekeeper read it without locking the worker.
 */
final class Worker implements Runnable {

    private static final Duration INTERRUPT_WAIT = Duration.ofMillis(500);
    private static final Duration SOFT_STOP_WAIT = Duration.ofMillis(250);
    private static final long MAX_BACKOFF_MILLIS = 250;

    private final int id;
    private final String poolName;
    private final WorkerHost host;
    private final ExecutorSettings settings;
    private final Logger log;
    private final Thread thread;
    private final AtomicReference<WorkerState> state = new AtomicReference<>(WorkerState.STARTING);
    /** Completes when the first context is ready or its first attempt failed: what prestart waits for. */
    final CompletableFuture<Void> firstStart = new CompletableFuture<>();
    /** Held while the current call changes and while another thread interrupts it, so an interrupt never hits the next call. */
    private final ReentrantLock callLock = new ReentrantLock();
    private volatile Interpreter context;
    private volatile PendingCall current;
    private volatile long contextStartedNanos;
    private volatile long callsServed;
    private long contextCalls;
    private long contextGeneration;
    private long contextTaskLimit;
    private long contextAgeLimitNanos;
    /** Why the current context is broken: TIMEOUT when a deadline had to cancel it, else BROKEN. */
    private RetireReason brokenReason = RetireReason.BROKEN;
    /** This worker told the queue it will poll again at once ({@link WorkerHost#returning}). */
    private boolean announced;

    Worker(int id, ExecutorSettings settings, WorkerHost host, Logger log) {
        this.log = log;
        this.id = id;
        this.poolName = settings.name();
        this.settings = settings;
        this.host = host;
        this.thread = Thread.ofPlatform().name("interpy-" + poolName + "-" + id).daemon(true)
                .stackSize(16L * 1024 * 1024).unstarted(this);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        RetireReason exitReason = RetireReason.SHUTDOWN;
        try {
            while (true) {
                if (context == null && !startContext()) {
                    break;
                }
                state.set(WorkerState.IDLE);
                if (!firstStart.isDone()) {
                    // only now, when stats() already counts this worker idle and no longer starting
                    firstStart.complete(null);
                }
                PendingCall call = host.nextCall(pollNanos(), announced);
                announced = false;
                if (call == null) {
                    if (host.isClosing()) {
                        break;
                    }
                    if (host.retireIdle()) {
                        exitReason = RetireReason.IDLE;
                        break;
                    }
                    if (isPastAge()) {
                        replaceContext(RetireReason.MAX_AGE);
                    }
                    continue;
                }
                state.set(WorkerState.BUSY);
                if (settings.reloadModules() && host.sourceGeneration() != contextGeneration) {
                    // the call in hand runs on the new sources; a call still running elsewhere finishes on the old
                    replaceContext(RetireReason.RELOADED);
                    if (!startContext()) { // the pool is closing: the call in hand ends as stopped
                        host.finished(call, null, call.tryStart(this) ? host.stopped(call) : null);
                        break;
                    }
                }
                RetireReason reason = execute(call);
                if (reason != null) {
                    replaceContext(reason);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            log.error("Worker {} of pool '{}' failed unexpectedly; it is replaced if needed", id, poolName, t);
            exitReason = RetireReason.BROKEN;
        } finally {
            if (announced) {
                host.notReturning();
            }
            state.set(WorkerState.CLOSED);
            if (!firstStart.isDone()) {
                // whoever waits for this worker learns it never will start
                firstStart.completeExceptionally(new WorkerStartException("worker " + id + " of pool '"
                        + poolName + "' stopped before its context was ready (" + exitReason.tag() + ")", null));
            }
            boolean whileStarting = context == null; // a start was pending: the pool counted it
            closeContext(exitReason, false);
            host.exited(this, exitReason, whileStarting);
        }
    }

    /** Creates a context, retrying with backoff until it works or the pool closes. */
    private boolean startContext() throws InterruptedException {
        long backoffMillis = 50;
        while (!host.isClosing()) {
            state.set(WorkerState.STARTING);
            long begin = System.nanoTime();
            try {
                long generation = host.sourceGeneration(); // before the start: a change during it reloads again
                Interpreter created = host.newInterpreter();
                contextGeneration = generation;
                context = created;
                contextStartedNanos = System.nanoTime();
                contextCalls = 0;
                contextTaskLimit = spread(settings.maxTasksPerWorker());
                contextAgeLimitNanos = settings.maxWorkerAge() == null ? 0 : spread(settings.maxWorkerAge().toNanos());
                host.started(this, System.nanoTime() - begin);
                return !host.isClosing();
            } catch (WorkerStartException e) {
                host.startFailed(this, e);
                firstStart.completeExceptionally(e);
                if (!host.awaitRetry(backoffMillis)) {
                    return false;
                }
                // Capped low so waiting calls are served soon after the cause goes away.
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
            }
        }
        return false;
    }

    /** ±2.5% so that workers started together do not all restart together. */
    private static long spread(long limit) {
        if (limit <= 0) {
            return 0;
        }
        double factor = 1.0 + ThreadLocalRandom.current().nextDouble(-0.025, 0.025);
        return Math.max(1, Math.round(limit * factor));
    }

    private long pollNanos() {
        long idle = settings.idleTimeout().toNanos();
        if (contextAgeLimitNanos > 0) {
            long untilOld = contextAgeLimitNanos - (System.nanoTime() - contextStartedNanos);
            return Math.max(1, Math.min(idle, untilOld));
        }
        return idle;
    }

    private boolean isPastAge() {
        return contextAgeLimitNanos > 0 && System.nanoTime() - contextStartedNanos >= contextAgeLimitNanos;
    }

    private RetireReason recycleReason() {
        if (context.isBroken()) {
            return brokenReason;
        }
        if (contextTaskLimit > 0 && contextCalls >= contextTaskLimit) {
            return RetireReason.MAX_TASKS;
        }
        return isPastAge() ? RetireReason.MAX_AGE : null;
    }

    /** Runs a call and reports it; returns why the context must go now, or null. */
    private RetireReason execute(PendingCall call) {
        if (!call.tryStart(this)) {
            host.finished(call, null, null); // decided elsewhere meanwhile: only its place goes back
            return null;
        }
        setCurrent(call);
        Object value = null;
        Throwable failure = null;
        try {
            if (call.isDone()) {
                failure = host.stopped(call);
            } else if (call.isPastDeadline(System.nanoTime())) {
                failure = host.expired(call);
            } else {
                value = context.run(call.body(), call.target());
            }
        } catch (PythonException | ConversionException | StreamIdleException e) {
            failure = e;
        } catch (Interpreter.Stopped e) {
            failure = host.stopped(call);
            if (context.isBroken()) {
                brokenReason = call.timedOut() ? RetireReason.TIMEOUT : RetireReason.BROKEN;
            }
        } catch (RuntimeException | StackOverflowError e) {
            failure = e;
            brokenReason = RetireReason.BROKEN;
            context.markBroken();
        } finally {
            setCurrent(null);
        }
        contextCalls++;
        callsServed++;
        RetireReason reason = recycleReason();
        // Announced before the caller learns the result: its next call, submitted at once, then
        // waits for this worker instead of waking a parked one (an unpark that doubled the round trip).
        announced = reason == null;
        if (announced) {
            host.returning();
        }
        host.finished(call, value, failure);
        return reason;
    }

    private void setCurrent(PendingCall call) {
        callLock.lock();
        try {
            current = call;
        } finally {
            callLock.unlock();
        }
    }

    /**
     * Stops {@code call} if this worker is still running it. Called from the pool's interrupter
     * thread, never from the worker itself.
     */
    void interrupt(PendingCall call) throws InterruptedException {
        // Repeated because the worker may claim the call a moment before it enters Python, and an
        // interrupt of a context that is not executing has no effect. Code that can stop by
        // itself (a coroutine waiting in the event loop, a stream waiting for its consumer) is
        // asked first and interrupted only if it has not stopped within SOFT_STOP_WAIT.
        long softUntil = System.nanoTime() + SOFT_STOP_WAIT.toNanos();
        long giveUp = softUntil + INTERRUPT_WAIT.toNanos();
        while (true) {
            callLock.lock();
            try {
                Interpreter running = context;
                if (current != call || running == null) {
                    return;
                }
                long now = System.nanoTime();
                if (now - giveUp > 0) {
                    log.warn("Python code of {} in worker {} ignored interrupts for {} ms; cancelling its context ({})",
                            call.target(), id, INTERRUPT_WAIT.toMillis(), host.describe());
                    running.cancel();
                    return;
                }
                if (!running.stopSoftly() || now - softUntil > 0) {
                    running.interrupt(Duration.ofMillis(100));
                }
            } finally {
                callLock.unlock();
            }
            Thread.sleep(1);
        }
    }

    private void replaceContext(RetireReason reason) {
        closeContext(reason, true);
    }

    private void closeContext(RetireReason reason, boolean replacing) {
        Interpreter closing = context;
        if (closing == null) {
            return;
        }
        context = null;
        closing.close();
        host.retired(this, reason, replacing);
    }

    /** For shutdown: waits for the thread to end. */
    boolean join(long millis) throws InterruptedException {
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    /** For shutdown when joining failed: the context is killed so the thread can leave Python. */
    void cancelContext() {
        Interpreter running = context;
        if (running != null) {
            running.cancel();
        }
    }

    PendingCall current() {
        return current;
    }

    WorkerState state() {
        return state.get();
    }

    int id() {
        return id;
    }

    WorkerInfo info() {
        long now = System.nanoTime();
        PendingCall call = current;
        Interpreter ctx = context;
        return new WorkerInfo(id, state.get(), callsServed,
                ctx == null ? Duration.ZERO : Duration.ofNanos(now - contextStartedNanos),
                call == null ? null : call.target(),
                call == null ? null : Duration.ofNanos(now - call.startedNanos()));
    }

    @Override
    public String toString() {
        return thread.getName() + "[" + state.get() + "]";
    }
}
