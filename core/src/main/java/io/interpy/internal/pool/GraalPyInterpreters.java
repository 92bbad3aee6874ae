package io.interpy.internal.pool;

import io.interpy.InvalidSettingException;
import io.interpy.WorkerStartException;
import io.interpy.internal.sandbox.ModuleRoots;
import org.graalvm.polyglot.Engine;
import org.slf4j.Logger;

/**
 * A pool's GraalPy side: the module roots resolved once, the one engine every context shares
 * (so parsed and compiled code is shared), and the routing of Python's output to the log.
 */
final class GraalPyInterpreters implements InterpreterSource {

    private final ExecutorSettings settings;
    private final SourceWatcher watcher;
    private volatile ModuleRoots roots;
    private long rootsGeneration;
    private final SharedEngines.Lease lease;
    private final Engine engine;
    private final boolean jitEnabled;
    private final PythonOutput output;

    private GraalPyInterpreters(ExecutorSettings settings, ModuleRoots roots, SharedEngines.Lease lease, SourceWatcher watcher) {
        this.settings = settings;
        this.roots = roots;
        this.watcher = watcher;
        this.lease = lease;
        this.engine = lease.engine();
        this.jitEnabled = Engines.isJitEnabled(engine);
        this.output = new PythonOutput(settings.name(), settings.logPythonOutput());
    }

    /** Resolves the module roots (failing on a bad entry before any engine exists) and creates the engine. */
    static GraalPyInterpreters open(ExecutorSettings settings, Logger log) {
        ModuleRoots roots;
        try {
            roots = ModuleRoots.resolve(settings.pythonPath(), settings.classLoader());
        } catch (InvalidSettingException e) {
            throw e.forPool(settings.name());
        }
        SharedEngines.Key key = new SharedEngines.Key(settings.engineOptions(), settings.sandbox().hostAccess());
        SharedEngines.Lease lease = SharedEngines.acquire(key, settings.engineKeepAlive(), () -> Engines.create(settings));
        SourceWatcher watcher = null;
        if (settings.reloadModules()) {
            try {
                watcher = new SourceWatcher(settings.name(), roots.watchedDirectories(), log);
            } catch (java.io.IOException e) {
                log.warn("Pool '{}' cannot watch its Python sources, so they will not reload: {}", settings.name(), e.toString());
            }
        }
        GraalPyInterpreters interpreters = new GraalPyInterpreters(settings, roots, lease, watcher);
        Engines.logStart(log, settings, interpreters.engine, interpreters.jitEnabled, roots.describe()
                + (lease.reused() ? ", warm engine shared with an earlier pool" : ""));
        return interpreters;
    }

    @Override
    public Interpreter start() {
        return WorkerContext.start(engine, settings, currentRoots(), output);
    }

    @Override
    public long sourceGeneration() {
        return watcher == null ? 0 : watcher.generation();
    }

    /**
     * The roots as they are now: after a change they are resolved again, since a classpath
     * directory's index lists the files it had when it was resolved and a new module would
     * otherwise stay invisible.
     */
    private ModuleRoots currentRoots() {
        if (watcher == null) {
            return roots;
        }
        synchronized (this) {
            long now = watcher.generation();
            if (now != rootsGeneration) {
                try {
                    roots = ModuleRoots.resolve(settings.pythonPath(), settings.classLoader());
                    watcher.watchAlso(roots.watchedDirectories());
                } catch (RuntimeException e) {
                    throw new WorkerStartException("pool '" + settings.name() + "' could not resolve its python path again"
                            + " after a source change: " + e.getMessage(), e);
                }
                rootsGeneration = now;
            }
            return roots;
        }
    }

    @Override
    public boolean jitEnabled() {
        return jitEnabled;
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        lease.release();
    }
}
