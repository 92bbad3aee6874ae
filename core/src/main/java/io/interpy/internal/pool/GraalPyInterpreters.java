package io.interpy.internal.pool;

import io.interpy.InvalidSettingException;
import io.interpy.internal.sandbox.ModuleRoots;
import org.graalvm.polyglot.Engine;
import org.slf4j.Logger;

/**
 * A pool's GraalPy side: the module roots resolved once, the one engine every context shares
 * (so parsed and compiled code is shared), and the routing of Python's output to the log.
 */
final class GraalPyInterpreters implements InterpreterSource {

    private final ExecutorSettings settings;
    private final ModuleRoots roots;
    private final SharedEngines.Lease lease;
    private final Engine engine;
    private final boolean jitEnabled;
    private final PythonOutput output;

    private GraalPyInterpreters(ExecutorSettings settings, ModuleRoots roots, SharedEngines.Lease lease) {
        this.settings = settings;
        this.roots = roots;
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
        GraalPyInterpreters interpreters = new GraalPyInterpreters(settings, roots, lease);
        Engines.logStart(log, settings, interpreters.engine, interpreters.jitEnabled, roots.describe()
                + (lease.reused() ? ", warm engine shared with an earlier pool" : ""));
        return interpreters;
    }

    @Override
    public Interpreter start() {
        return WorkerContext.start(engine, settings, roots, output);
    }

    @Override
    public boolean jitEnabled() {
        return jitEnabled;
    }

    @Override
    public void close() {
        lease.release();
    }
}
