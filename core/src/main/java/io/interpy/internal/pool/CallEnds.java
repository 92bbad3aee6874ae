package io.interpy.internal.pool;

import io.interpy.CallTimeoutException;
import io.interpy.WorkerStartException;
import io.interpy.event.CallOutcome;
import org.slf4j.Logger;

/**
 * Every way an admitted call can end (a worker ran it, its caller cancelled or completed it, its
 * deadline passed, no worker could start, shutdown) goes through {@link #end}, once, called by
 * whoever won the call's state: so each call is counted, reported and completed exactly once, and
 * gives back its queue place or has its Python code stopped.
 */
final class CallEnds {

    private final InterpreterPool pool;
    private final Logger log;
    private final PoolCounters counters;
    private final PoolEvents events;
    private final CallQueue queue;
    private final Housekeeper housekeeper;
    private final StartFailures startFailures;

    CallEnds(InterpreterPool pool, Logger log, PoolCounters counters, PoolEvents events, CallQueue queue,
            Housekeeper housekeeper, StartFailures startFailures) {
        this.pool = pool;
        this.log = log;
        this.counters = counters;
        this.events = events;
        this.queue = queue;
        this.housekeeper = housekeeper;
        this.startFailures = startFailures;
    }

    /** What else an ending does beyond counting, reporting and completing. */
    enum Ending {
        /** A worker ran the call to its end and completes the future with what it got. */
        RAN(true, false),
        /** The caller completed or cancelled the future itself: nothing to complete. */
        BY_CALLER(false, false),
        /** As BY_CALLER, and the running Python code is to be interrupted. */
        BY_CALLER_INTERRUPT(false, true),
        /** The pool decided (deadline, no worker could start): it completes the future and stops running code. */
        BY_POOL(true, true),
        /** Shutdown: the pool completes the future; shutdown stops running code itself and waits for it. */
        BY_SHUTDOWN(true, false);

        final boolean completes;
        final boolean interrupts;

        Ending(boolean completes, boolean interrupts) {
            this.completes = completes;
            this.interrupts = interrupts;
        }
    }

    /**
     * The one way an admitted call ends, called once by whoever won its state (from
     * {@code prior} to DONE): count it, report it, complete its future, then give back its queue
     * place or stop its Python code.
     */
    void end(PendingCall call, int prior, CallOutcome outcome, Object value, Throwable failure, Ending ending) {
        boolean started = prior == PendingCall.RUNNING;
        switch (outcome) {
            case SUCCESS -> counters.completed.incrementAndGet();
            case CANCELLED -> counters.cancelled.incrementAndGet();
            case TIMEOUT -> {
                counters.failed.incrementAndGet();
                counters.timedOut.incrementAndGet();
                call.markTimedOut(); // before the interrupt, so the worker can tell why its context had to go
            }
            default -> counters.failed.incrementAndGet();
        }
        // reported before completing, so whoever sees the result also sees it in metrics and logs
        if (ending == Ending.RAN) {
            events.callRan(call, outcome, System.nanoTime());
        } else {
            events.callEnded(call, outcome, started);
        }
        StreamChannel stream = call.stream();
        if (stream != null) {
            // the consumer learns why its stream ended; the worker, if it waits for a request, stops
            stream.end(failure != null ? failure : outcome == CallOutcome.CANCELLED
                    ? new java.util.concurrent.CancellationException("stream of Python call " + call.target() + " was cancelled")
                    : null);
        }
        if (ending.completes) {
            if (failure == null) {
                call.future().settle(value);
            } else {
                call.future().settleExceptionally(failure);
            }
        }
        if (!started) {
            queue.remove(call);
            pool.release(call);
        } else if (ending.interrupts) {
            housekeeper.interrupt(call);
        }
    }

    /** The caller completed or cancelled its future: take the call back if it has not run. */
    void abandon(PendingCall call, boolean interrupt) {
        int prior = call.finish();
        if (prior != PendingCall.DONE) {
            end(call, prior, CallOutcome.CANCELLED, null, null, interrupt ? Ending.BY_CALLER_INTERRUPT : Ending.BY_CALLER);
        } // else already ended by the worker, a deadline or shutdown: counted there
    }

    void onDeadline(PendingCall call) {
        int prior = call.finish();
        if (prior != PendingCall.DONE) {
            CallTimeoutException timeout = timeoutOf(call, prior == PendingCall.RUNNING);
            log.warn("{}", timeout.getMessage());
            end(call, prior, CallOutcome.TIMEOUT, null, timeout, Ending.BY_POOL);
        }
    }

    CallTimeoutException timeoutOf(PendingCall call, boolean started) {
        WorkerStartException cause = started ? null : startFailures.last();
        return new CallTimeoutException(call.target(), call.timeout(), started, pool.stats().toString(), cause);
    }

}
