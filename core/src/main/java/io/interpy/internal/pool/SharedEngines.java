package io.interpy.internal.pool;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.graalvm.polyglot.Engine;

/**
 * One GraalPy engine per JVM for every pool with the same engine settings, kept open for a
 * while after its last pool closed. An engine holds what makes Python fast after the first
 * seconds: parsed sources, the standard library's loaded code and the JIT's compiled code. A
 * Spring test suite starts and closes many application contexts with the same settings, and
 * DevTools restarts the application in the same JVM; with a fresh engine each of them paid the
 * whole warm-up again (see the project's RESULTS for the measured pair of test contexts).
 *
 * <p>Pools share an engine only when they could share it safely: the same engine options and the
 * same host access (Truffle requires one host access configuration per engine). Each pool still
 * has its own contexts, so module state is never shared.
 */
final class SharedEngines {

    /** What must be equal for two pools to share an engine. */
    record Key(Map<String, String> options, boolean hostAccess) {
        Key {
            options = new TreeMap<>(options);
        }
    }

    private static final Map<Key, Shared> ENGINES = new HashMap<>();
    private static ScheduledExecutorService closer;

    private SharedEngines() {
    }

    /** The engine a pool uses until it gives it back with {@link Lease#release()}; exactly one release each. */
    static final class Lease {
        private final Shared shared;
        private final Duration keepAlive;
        private boolean released;

        private Lease(Shared shared, Duration keepAlive) {
            this.shared = shared;
            this.keepAlive = keepAlive;
        }

        Engine engine() {
            return shared.engine;
        }

        /** Whether this pool got an engine another pool had warmed (for the start-up log line). */
        boolean reused() {
            return shared.leases > 1 || shared.reused;
        }

        void release() {
            synchronized (ENGINES) {
                if (released) {
                    return;
                }
                released = true;
                shared.release(keepAlive);
            }
        }
    }

    private static final class Shared {
        final Key key;
        final Engine engine;
        int leases;
        boolean reused;
        ScheduledFuture<?> closing;

        Shared(Key key, Engine engine) {
            this.key = key;
            this.engine = engine;
        }

        void release(Duration keepAlive) {
            if (--leases > 0) {
                return;
            }
            if (keepAlive.isZero()) {
                closeNow();
                return;
            }
            closing = closer().schedule(() -> {
                synchronized (ENGINES) {
                    if (leases == 0 && closing != null) {
                        closeNow();
                    }
                }
            }, keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        }

        void closeNow() {
            ENGINES.remove(key);
            closing = null;
            try {
                engine.close(true);
            } catch (RuntimeException e) {
                // a cancelled context may still be unwinding; the engine goes either way
            }
        }
    }

    /**
     * The shared engine for {@code key}, created by {@code create} when there is none.
     * {@code keepAlive} is how long it stays open after its last lease is released (zero: it
     * closes with the last pool).
     */
    static Lease acquire(Key key, Duration keepAlive, Supplier<Engine> create) {
        Objects.requireNonNull(keepAlive, "keepAlive");
        synchronized (ENGINES) {
            Shared shared = ENGINES.get(key);
            if (shared != null) {
                if (shared.closing != null) {
                    shared.closing.cancel(false);
                    shared.closing = null;
                    shared.reused = true;
                }
            } else {
                shared = new Shared(key, create.get());
                ENGINES.put(key, shared);
            }
            shared.leases++;
            return new Lease(shared, keepAlive);
        }
    }

    private static ScheduledExecutorService closer() {
        if (closer == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "interpy-engine-closer");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            closer = executor;
        }
        return closer;
    }
}
