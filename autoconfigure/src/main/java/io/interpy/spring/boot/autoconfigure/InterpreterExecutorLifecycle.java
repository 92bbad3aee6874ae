package io.interpy.spring.boot.autoconfigure;

import io.interpy.InterpreterExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContextException;
import org.springframework.context.SmartLifecycle;

/**
 * Shuts every {@link InterpreterExecutor} singleton of the context down when the context stops,
 * in a phase after the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}) and after
 * the server itself stops ({@code DEFAULT_PHASE - 2048}): requests still in flight during the
 * grace period need their Python calls, so the pool must outlive them.
 *
 * <p>Executors shut down in parallel on their own threads and the lifecycle processor is told
 * when all are done, so {@code spring.lifecycle.timeout-per-shutdown-phase} bounds the wait.
 * Stopping is terminal: an executor cannot be restarted, so a later {@code start()} does not
 * revive it. The executors' destroy method ({@code close()}) still runs when the context closes,
 * which covers executors created after the lifecycle stopped.
 *
 * <p>Starting, it waits for each executor's first workers ({@link InterpreterExecutor#prestarted()}):
 * they may start in the background while the context is refreshed, but the application must not
 * report itself started, nor its web server (a later phase) accept requests, before its pools can
 * serve, and a pool whose first worker fails must fail the start.
 */
public class InterpreterExecutorLifecycle implements SmartLifecycle {

    /** Below the web server's graceful shutdown and stop phases, so executors stop after both. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Log logger = LogFactory.getLog(InterpreterExecutorLifecycle.class);

    private final ConfigurableListableBeanFactory beanFactory;

    private volatile boolean running;

    public InterpreterExecutorLifecycle(ConfigurableListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void start() {
        for (InterpreterExecutor executor : createdExecutors()) {
            awaitFirstWorkers(executor);
        }
        running = true;
    }

    private static void awaitFirstWorkers(InterpreterExecutor executor) {
        CompletableFuture<Void> prestarted = executor.prestarted();
        if (!prestarted.isDone()) {
            logger.info("Waiting for Python pool '" + executor.name() + "' to start its first workers: " + executor.stats());
        }
        try {
            prestarted.get();
        } catch (ExecutionException ex) {
            throw new ApplicationContextException("Python pool '" + executor.name() + "' could not start: "
                    + ex.getCause().getMessage(), ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ApplicationContextException("Interrupted while Python pool '" + executor.name() + "' was starting", ex);
        }
    }

    @Override
    public void stop() {
        List<InterpreterExecutor> executors = createdExecutors();
        running = false;
        executors.forEach(InterpreterExecutor::close);
    }

    @Override
    public void stop(Runnable callback) {
        List<InterpreterExecutor> executors = createdExecutors();
        running = false;
        if (executors.isEmpty()) {
            callback.run();
            return;
        }
        AtomicInteger remaining = new AtomicInteger(executors.size());
        for (InterpreterExecutor executor : executors) {
            Thread.ofPlatform().name("interpy-" + executor.name() + "-shutdown").start(() -> {
                try {
                    logger.info("Shutting down Python pool '" + executor.name() + "': " + executor.stats());
                    executor.close();
                } catch (RuntimeException ex) {
                    logger.warn("Python pool '" + executor.name() + "' failed to shut down cleanly", ex);
                } finally {
                    if (remaining.decrementAndGet() == 0) {
                        callback.run();
                    }
                }
            });
        }
    }

    /** Only singletons that already exist: stopping must not create a lazy executor just to close it. */
    private List<InterpreterExecutor> createdExecutors() {
        List<InterpreterExecutor> executors = new ArrayList<>();
        for (String name : beanFactory.getBeanNamesForType(InterpreterExecutor.class, false, false)) {
            if (beanFactory.containsSingleton(name)
                    && beanFactory.getSingleton(name) instanceof InterpreterExecutor executor
                    && !executor.isShutdown()) {
                executors.add(executor);
            }
        }
        return executors;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
