package io.interpy.internal.pool;

import io.interpy.event.CallOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;

/**
 * The steps of a graceful shutdown, in order. Every step is bounded in time, and each later
 * step is harsher than the one before, so that shutdown finishes even while Python runs
 * {@code while True: pass} or a worker hangs creating its context.
 */
final class PoolShutdown {

    private static final long STOP_WAIT_MILLIS = 5_000;

    private final InterpreterPool pool;
    private final Logger log;
    private final CallQueue queue;
    private final Set<Worker> workers;
    private final Housekeeper housekeeper;
    private final InterpreterSource interpreters;

    PoolShutdown(InterpreterPool pool, CallQueue queue, Set<Worker> workers, Housekeeper housekeeper,
            InterpreterSource interpreters) {
        this.log = pool.log();
        this.pool = pool;
        this.queue = queue;
        this.workers = workers;
        this.housekeeper = housekeeper;
        this.interpreters = interpreters;
    }

    void run(Duration await) {
        long begin = System.nanoTime();
        pool.signalClosing();
        List<PendingCall> queued = queue.closeAndDrain();
        for (PendingCall call : queued) {
            if (call.tryFinishQueued()) {
                pool.ends().end(call, PendingCall.QUEUED, CallOutcome.CANCELLED, null, new CancellationException(
                        "Python call " + call.target() + " was cancelled: " + pool.stats() + " before it started"),
                        CallEnds.Ending.BY_SHUTDOWN);
            }
            pool.release(call);
        }
        List<Worker> remaining = new ArrayList<>(workers);
        try {
            remaining = joinAll(remaining, await.toMillis());
            if (!remaining.isEmpty()) {
                log.info("Stopping {} Python calls still running after {} ms ({})", remaining.size(), await.toMillis(), pool.stats());
                for (Worker worker : remaining) {
                    stopCurrentCall(worker);
                }
                remaining = joinAll(remaining, STOP_WAIT_MILLIS);
            }
            for (Worker worker : remaining) {
                worker.cancelContext();
            }
            remaining = joinAll(remaining, STOP_WAIT_MILLIS);
            if (!remaining.isEmpty()) {
                log.warn("{} worker threads of {} did not end: {}", remaining.size(), pool.stats(), remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            housekeeper.shutdown();
            closeEngine();
        }
        log.info("Interpy pool '{}' shut down in {} ms (completed={}, failed={}, cancelled={})", pool.name(),
                (System.nanoTime() - begin) / 1_000_000, pool.counters().completed.get(), pool.counters().failed.get(),
                pool.counters().cancelled.get());
    }

    private void stopCurrentCall(Worker worker) throws InterruptedException {
        PendingCall call = worker.current();
        if (call == null) {
            return;
        }
        int prior = call.finish();
        if (prior != PendingCall.DONE) {
            pool.ends().end(call, prior, CallOutcome.CANCELLED, null, new CancellationException("Python call "
                    + call.target() + " was stopped because " + pool.stats() + " did not finish in time"),
                    CallEnds.Ending.BY_SHUTDOWN);
        }
        worker.interrupt(call);
    }

    private static List<Worker> joinAll(List<Worker> workers, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<Worker> alive = new ArrayList<>();
        for (Worker worker : workers) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (!worker.join(left)) {
                alive.add(worker);
            }
        }
        return alive;
    }

    private void closeEngine() {
        try {
            interpreters.close();
        } catch (RuntimeException e) {
            log.warn("Engine of pool '{}' did not close cleanly: {}", pool.name(), e.toString());
        }
    }
}
