package io.interpy.internal.pool;

import io.interpy.WorkerStartException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The start of a pool's first {@code minSize} workers, as one future. It exists apart from the
 * workers' own start futures because a pool may be built without waiting for them (background
 * prestart): then the first failure must still reach whoever waits for the pool, with the pool's
 * name, and a pool closed while its workers are still starting must not leave that waiter hanging.
 */
final class Prestart {

    private final String poolName;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    Prestart(String poolName) {
        this.poolName = poolName;
    }

    /** Completes when all of {@code firstStarts} do, or with the first failure among them. */
    void track(List<CompletableFuture<Void>> firstStarts) {
        for (CompletableFuture<Void> start : firstStarts) {
            start.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    done.completeExceptionally(new WorkerStartException("pool '" + poolName
                            + "' could not start its first workers: " + cause.getMessage(), cause));
                }
            });
        }
        CompletableFuture.allOf(firstStarts.toArray(CompletableFuture[]::new))
                .whenComplete((ignored, failure) -> {
                    if (failure == null) {
                        done.complete(null);
                    }
                });
    }

    /**
     * Waits for the first workers.
     *
     * @throws WorkerStartException naming the pool and the first failure
     */
    void await() throws InterruptedException {
        try {
            done.get();
        } catch (ExecutionException e) {
            throw (WorkerStartException) e.getCause();
        }
    }

    /** Called when the pool closes: workers still starting then never report. */
    void abandon() {
        done.completeExceptionally(new WorkerStartException("pool '" + poolName
                + "' was shut down before its first workers started", null));
    }

    /** A copy, so that callers cannot complete the pool's own future. */
    CompletableFuture<Void> future() {
        return done.copy();
    }
}
