package io.interpy.internal.pool;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;

/**
 * The pool's helper threads: one timer thread for call deadlines and periodic checks, and a
 * small pool that interrupts Python code. Interrupting waits until GraalPy has stopped the
 * code, so it runs apart from the timer: one slow interrupt must not delay other deadlines.
 */
final class Housekeeper {

    private static final long CHECK_PERIOD_MILLIS = 200;

    private final InterpreterPool pool;
    private final Logger log;
    /** Every thread the two executors made, joined by {@link #shutdown()}. */
    private final java.util.Queue<Thread> threads = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final ScheduledThreadPoolExecutor timer;
    private final ExecutorService interrupter;

    Housekeeper(InterpreterPool pool) {
        this.log = pool.log();
        this.pool = pool;
        this.timer = new ScheduledThreadPoolExecutor(1, named("interpy-" + pool.name() + "-housekeeper"));
        this.timer.setRemoveOnCancelPolicy(true);
        this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        // Two threads at most: interrupts take milliseconds, and a burst of timeouts must not
        // turn into a burst of threads.
        ThreadPoolExecutor interrupts = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                named("interpy-" + pool.name() + "-interrupter"));
        interrupts.allowCoreThreadTimeOut(true);
        this.interrupter = interrupts;
        this.timer.scheduleWithFixedDelay(this::check, CHECK_PERIOD_MILLIS, CHECK_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return timer.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("Deadline task of pool '{}' failed", pool.name(), e);
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops the call's Python code on its worker, if it still runs there. */
    void interrupt(PendingCall call) {
        Worker worker = call.worker();
        if (worker == null) {
            return;
        }
        try {
            interrupter.execute(() -> {
                try {
                    worker.interrupt(call);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: PoolShutdown interrupts running calls itself
        }
    }

    private void check() {
        try {
            pool.failStarvedCalls();
        } catch (RuntimeException e) {
            log.error("Housekeeping of pool '{}' failed", pool.name(), e);
        }
    }

    void shutdown() {
        timer.shutdownNow();
        interrupter.shutdown();
        try {
            if (!interrupter.awaitTermination(5, TimeUnit.SECONDS)) {
                interrupter.shutdownNow();
            }
            timer.awaitTermination(5, TimeUnit.SECONDS);
            // A terminated executor's last thread may still be finishing its run(); close() promises
            // that no pool thread outlives it.
            for (Thread thread : threads) {
                if (thread != Thread.currentThread()) {
                    thread.join(TimeUnit.SECONDS.toMillis(5));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, count.getAndIncrement() == 0 ? name : name + "-" + count.get());
            thread.setDaemon(true);
            threads.removeIf(old -> !old.isAlive() && old.getState() == Thread.State.TERMINATED);
            threads.add(thread);
            return thread;
        };
    }
}
