package io.interpy.internal.pool;

import io.interpy.ConversionException;
import io.interpy.PythonException;
import io.interpy.WorkerInfo;
import io.interpy.WorkerStartException;
import io.interpy.event.RetireReason;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.PolyglotException;
import org.slf4j.Logger;

/**
 * One platform thread that owns one GraalPy context at a time (like HikariCP's PoolEntry, but
 * the entry is a thread: a context must only ever be entered by the thread that owns it). It
 * takes calls from the shared queue, and replaces its context when it is broken, has served
 * its quota of calls, or is too old. State changes are compare-and-set so stats and the
 * housekeeper read a consistent state without locking the worker.
 */
final class Worker implements Runnable {

    static final int STARTING = 0;
    static final int IDLE = 1;
    static final int BUSY = 2;
    static final int CLOSED = 3;
    private static final String[] STATE_NAMES = {"STARTING", "IDLE", "BUSY", "CLOSED"};
    private static final Duration INTERRUPT_WAIT = Duration.ofMillis(500);
    private static final long MAX_BACKOFF_MILLIS = 250;

    private final int id;
    private final InterpreterPool pool;
    private final Logger log;
    private final Thread thread;
    private final AtomicInteger state = new AtomicInteger(STARTING);
    /** Completes when the first context is ready or its first attempt failed: what prestart waits for. */
    final CompletableFuture<Void> firstStart = new CompletableFuture<>();
    /** Held while the current call changes and while another thread interrupts it, so an interrupt never hits the next call. */
    private final ReentrantLock callLock = new ReentrantLock();
    private volatile WorkerContext context;
    private volatile PendingCall current;
    private volatile long contextStartedNanos;
    private volatile long callsServed;
    private long contextCalls;
    private long contextTaskLimit;
    private long contextAgeLimitNanos;
    /** Why the current context is broken: TIMEOUT when a deadline had to cancel it, else BROKEN. */
    private RetireReason brokenReason = RetireReason.BROKEN;

    Worker(int id, InterpreterPool pool) {
        this.log = pool.log();
        this.id = id;
        this.pool = pool;
        this.thread = Thread.ofPlatform().name("interpy-" + pool.name() + "-" + id).daemon(true)
                .stackSize(16L * 1024 * 1024).unstarted(this);
    }

    void start() {
        pool.counters().threadsCreated.incrementAndGet();
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
                state.set(IDLE);
                if (!firstStart.isDone()) {
                    // only now, when stats() already counts this worker idle and no longer starting
                    firstStart.complete(null);
                }
                PendingCall call = pool.nextCall(pollNanos());
                if (call == null) {
                    if (pool.isClosing()) {
                        break;
                    }
                    if (pool.tryRetireIdle(this)) {
                        exitReason = RetireReason.IDLE;
                        break;
                    }
                    if (isPastAge()) {
                        replaceContext(RetireReason.MAX_AGE);
                    }
                    continue;
                }
                state.set(BUSY);
                execute(call);
                RetireReason reason = recycleReason();
                if (reason != null) {
                    replaceContext(reason);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            log.error("Worker {} of pool '{}' failed unexpectedly; it is replaced if needed", id, pool.name(), t);
            exitReason = RetireReason.BROKEN;
        } finally {
            state.set(CLOSED);
            if (!firstStart.isDone()) {
                // whoever waits for this worker learns it never will start
                firstStart.completeExceptionally(new WorkerStartException("worker " + id + " of pool '"
                        + pool.name() + "' stopped before its context was ready (" + exitReason.tag() + ")", null));
            }
            closeContext(exitReason);
            pool.workerExited(this, exitReason);
            pool.counters().threadsClosed.incrementAndGet();
        }
    }

    /** Creates a context, retrying with backoff until it works or the pool closes. */
    private boolean startContext() throws InterruptedException {
        long backoffMillis = 50;
        try {
            return startContextWithRetries(backoffMillis);
        } finally {
            pool.starting().decrementAndGet();
        }
    }

    private boolean startContextWithRetries(long backoffMillis) throws InterruptedException {
        while (!pool.isClosing()) {
            state.set(STARTING);
            long begin = System.nanoTime();
            try {
                WorkerContext created = pool.newWorkerContext();
                context = created;
                contextStartedNanos = System.nanoTime();
                contextCalls = 0;
                contextTaskLimit = spread(pool.settings().maxTasksPerWorker());
                contextAgeLimitNanos = pool.settings().maxWorkerAge() == null ? 0
                        : spread(pool.settings().maxWorkerAge().toNanos());
                pool.workerStarted(this, System.nanoTime() - begin);
                if (pool.isClosing()) {
                    return false;
                }
                return true;
            } catch (WorkerStartException e) {
                pool.workerStartFailed(this, e);
                firstStart.completeExceptionally(e);
                if (!pool.sleepUnlessClosing(backoffMillis)) {
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
        long idle = pool.settings().idleTimeout().toNanos();
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

    private void execute(PendingCall call) {
        if (!call.tryStart(this)) {
            pool.release(call);
            return;
        }
        setCurrent(call);
        Object value = null;
        Throwable failure = null;
        try {
            if (call.isDone()) {
                failure = pool.interruptedOf(call);
            } else if (call.isPastDeadline(System.nanoTime())) {
                failure = pool.timeoutOf(call, false);
            } else {
                value = call.body().run(context);
            }
        } catch (PythonException | ConversionException e) {
            failure = e;
        } catch (PolyglotException e) {
            failure = e.isInterrupted() ? pool.interruptedOf(call) : context.failure(call.target(), e);
            if (e.isCancelled()) {
                brokenReason = call.timedOut() ? RetireReason.TIMEOUT : RetireReason.BROKEN;
                context.markBroken();
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
        // Release the admission slot before completing: a caller that submits again from the
        // completion must not be refused for a slot this call no longer uses.
        pool.release(call);
        pool.finishRunning(call, value, failure);
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
        // interrupt of a context that is not executing has no effect.
        long giveUp = System.nanoTime() + INTERRUPT_WAIT.toNanos();
        while (true) {
            callLock.lock();
            try {
                WorkerContext running = context;
                if (current != call || running == null) {
                    return;
                }
                if (System.nanoTime() - giveUp > 0) {
                    log.warn("Python code of {} in worker {} ignored interrupts for {} ms; cancelling its context ({})",
                            call.target(), id, INTERRUPT_WAIT.toMillis(), pool.stats());
                    running.cancel();
                    return;
                }
                running.interrupt(Duration.ofMillis(100));
            } finally {
                callLock.unlock();
            }
            Thread.sleep(1);
        }
    }

    private void replaceContext(RetireReason reason) {
        closeContext(reason);
        pool.starting().incrementAndGet(); // given back by startContext
    }

    private void closeContext(RetireReason reason) {
        WorkerContext closing = context;
        if (closing == null) {
            return;
        }
        context = null;
        closing.close();
        pool.counters().contextClosed();
        pool.workerRetired(this, reason);
    }

    /** For shutdown: waits for the thread to end. */
    boolean join(long millis) throws InterruptedException {
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    /** For shutdown when joining failed: the context is killed so the thread can leave Python. */
    void cancelContext() {
        WorkerContext running = context;
        if (running != null) {
            running.cancel();
        }
    }

    PendingCall current() {
        return current;
    }

    int state() {
        return state.get();
    }

    int id() {
        return id;
    }

    WorkerInfo info() {
        long now = System.nanoTime();
        PendingCall call = current;
        WorkerContext ctx = context;
        return new WorkerInfo(id, STATE_NAMES[state.get()], callsServed,
                ctx == null ? Duration.ZERO : Duration.ofNanos(now - contextStartedNanos),
                call == null ? null : call.target(),
                call == null ? null : Duration.ofNanos(now - call.startedNanos()));
    }

    @Override
    public String toString() {
        return thread.getName() + "[" + STATE_NAMES[state.get()] + "]";
    }
}
