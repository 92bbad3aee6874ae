package io.interpy.internal.sandbox;

import java.io.File;
import java.time.ZoneId;
import java.util.Objects;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

import io.interpy.Sandbox;

/**
 * Builds GraalPy contexts whose reach outside the interpreter is exactly what a {@link Sandbox}
 * grants.
 *
 * <p>Every privilege is set explicitly rather than left to defaults, so a change of GraalVM's
 * defaults cannot silently widen what Python code may do. {@link SandboxPolicy#CONSTRAINED} would
 * be the declarative way, but in 25.0.3 it rejects both {@code python.PythonPath} and custom file
 * systems, so the policy stays {@code TRUSTED} and the restrictions are spelled out here.
 *
 * <p>All contexts of one engine must have the same host access configuration (Truffle rejects a
 * context whose {@code HostAccess} differs from the engine's earlier contexts with an
 * {@link IllegalStateException}). An engine therefore serves one value of
 * {@link Sandbox#hostAccess()}; the other permissions may differ between contexts of an engine.
 */
public final class SandboxedContexts {

    /** The language every context is built for. */
    public static final String PYTHON = "python";

    private SandboxedContexts() {
    }

    /**
     * An engine builder with the engine-level options the executor relies on. The executor
     * reports whether the JIT is on itself, so Truffle's own interpreter-only warning (printed to
     * stderr, unasked) is switched off.
     */
    public static Engine.Builder newEngineBuilder() {
        return Engine.newBuilder(PYTHON).option("engine.WarnInterpreterOnly", "false");
    }

    /**
     * A context builder for {@code engine} that sees {@code roots} on {@code sys.path} and nothing
     * of the host but what {@code sandbox} grants, with a 64 MiB temporary directory and the JVM's
     * default time zone. Tests use it; workers pass their own {@link ContextFileSystem}.
     */
    public static Context.Builder newBuilder(Engine engine, Sandbox sandbox, ModuleRoots roots) {
        return newBuilder(engine, sandbox, roots, ContextFileSystem.create(roots, sandbox, 64L << 20),
                ZoneId.systemDefault());
    }

    /**
     * A context builder for {@code engine} on {@code files} (which the caller closes after the
     * context), whose local time zone is {@code zone}.
     */
    public static Context.Builder newBuilder(Engine engine, Sandbox sandbox, ModuleRoots roots, ContextFileSystem files,
            ZoneId zone) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(roots, "roots");
        Objects.requireNonNull(zone, "zone");

        IOAccess io = IOAccess.newBuilder()
                .fileSystem(files.fileSystem())
                .allowHostSocketAccess(sandbox.socketAccess())
                .build();

        Context.Builder builder = Context.newBuilder(PYTHON)
                .engine(engine)
                .sandbox(SandboxPolicy.TRUSTED)
                .allowAllAccess(false)
                .allowIO(io)
                .currentWorkingDirectory(files.workingDirectory())
                .timeZone(zone)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowCreateProcess(sandbox.processCreation())
                .allowNativeAccess(sandbox.nativeAccess())
                .allowCreateThread(sandbox.threadCreation())
                .allowEnvironmentAccess(sandbox.environmentAccess() ? EnvironmentAccess.INHERIT : EnvironmentAccess.NONE)
                .allowHostClassLoading(false)
                .allowValueSharing(true)
                .allowInnerContextOptions(false)
                .useSystemExit(false);
        if (sandbox.hostAccess()) {
            builder.allowHostAccess(HostAccess.ALL).allowHostClassLookup(className -> true);
        } else {
            builder.allowHostAccess(HostAccess.NONE).allowHostClassLookup(className -> false);
        }
        TimeZones.environment(zone).forEach(builder::environment);

        return builder
                .option("python.PythonPath", String.join(File.pathSeparator, roots.sysPathEntries()))
                // The module roots are read-only: never try to write __pycache__.
                .option("python.DontWriteBytecodeFlag", "true")
                .option("python.CheckHashPycsMode", "never")
                // site-packages come from the roots; their .pth files are processed by prepare().
                .option("python.ForceImportSite", "false")
                // POSIX calls emulated in Java go through the context's file system and privileges;
                // the native backend would reach the host directly and bypass the sandbox.
                .option("python.PosixModuleBackend", "java");
    }

    /**
     * Finishes a new context before any user code runs: processes the {@code .pth} files of the
     * roots' site directories with {@code site.addsitedir} (only when there are any: importing
     * {@code site} costs interpreted time in every context), and mends what GraalPy 25.0.3's
     * {@code time} and {@code os} get wrong for a sandboxed worker, and turns the denials GraalPy
     * reports as host errors no Python code can catch into ordinary exceptions (see {@link #PREPARE}).
     */
    public static void prepare(Context context, ModuleRoots roots, Sandbox sandbox) {
        // Strings and booleans only: without host access a Java array would reach Python as an
        // opaque foreign object.
        context.eval(PYTHON, PREPARE).execute(String.join(File.pathSeparator, roots.siteDirectories()),
                sandbox.threadCreation(), sandbox.processCreation());
    }

    /**
     * GraalPy 25.0.3 differs from CPython here, each measured against CPython 3.11:
     * <ul>
     * <li>{@code time.tzset} sets the whole JVM's default time zone from {@code TZ}; a worker's
     * zone is fixed when its pool is built, so it does nothing.
     * <li>{@code time.tzname} names a daylight-saving zone for zones without one ("JDT" for
     * Asia/Tokyo, where CPython says "JST" twice).
     * <li>{@code time.strftime} formats {@code %Z} in the JVM's default zone instead of the
     * struct's, and does not know {@code %z}; both are filled in from {@code tm_zone}/{@code tm_gmtoff}.
     * <li>{@code os.O_TMPFILE} makes GraalPy create a named file that is deleted only when the
     * context exits, so every {@code tempfile.TemporaryFile} would stay in the worker's limited
     * temporary directory; without it tempfile creates and unlinks the file at once, as CPython
     * does on platforms without {@code O_TMPFILE}.
     * <li>Denied thread creation fails in {@code _thread.start_new_thread} with a host
     * {@code IllegalStateException} that ends the call and breaks the context; it now raises
     * {@code RuntimeError("can't start new thread ...")}, what CPython raises when it cannot make a
     * thread, so {@code threading} and {@code concurrent.futures} callers can handle it. Denied
     * process creation does the same in {@code os.system}, which now raises {@code PermissionError}.
     * <li>{@code import crypt} calls the Java POSIX backend's missing {@code crypt} at import and dies
     * the same way; {@code _crypt} is marked absent, so it raises {@code ImportError} as on a
     * CPython built without it.
     * </ul>
     */
    private static final String PREPARE = """
            def __interpy_prepare(site_dirs, threads, processes):
                import os
                import sys
                import time

                if not threads:
                    import _thread

                    def start_new_thread(*args, **kwargs):
                        raise RuntimeError("can't start new thread: thread creation is denied by the Interpy sandbox"
                                           " (Sandbox.withThreadCreation, interpy.sandbox.thread-creation)")

                    _thread.start_new_thread = start_new_thread
                    _thread.start_new = start_new_thread
                    if 'threading' in sys.modules:
                        sys.modules['threading']._start_new_thread = start_new_thread
                if not processes:
                    import errno

                    def system(command):
                        raise PermissionError(errno.EPERM, 'process creation is denied by the Interpy sandbox'
                                              ' (Sandbox.withProcessCreation, interpy.sandbox.process-creation)')

                    os.system = system
                sys.modules['_crypt'] = None

                def tzset():
                    'Does nothing: an Interpy worker has the time zone of its pool (interpy.python.time-zone).'

                time.tzset = tzset
                if not time.daylight:
                    time.tzname = (time.tzname[0], time.tzname[0])

                _strftime = time.strftime
                _localtime = time.localtime

                def strftime(format, t=None):
                    if t is None:
                        t = _localtime()
                    zone = getattr(t, 'tm_zone', None)
                    offset = getattr(t, 'tm_gmtoff', None)
                    if (zone is None or offset is None) and isinstance(t, tuple) and len(t) >= 9:
                        # A plain 9-tuple: CPython names the local zone and, with no offset known, +0000.
                        zone = time.tzname[1 if t[8] > 0 else 0]
                        offset = 0
                    if isinstance(format, str) and zone is not None and offset is not None and (
                            '%Z' in format or '%z' in format):
                        sign = '-' if offset < 0 else '+'
                        minutes = abs(offset) // 60
                        numeric = '%s%02d%02d' % (sign, minutes // 60, minutes % 60)
                        format = '%%'.join(part.replace('%z', numeric).replace('%Z', zone.replace('%', '%%'))
                                           for part in format.split('%%'))
                    return _strftime(format, t)

                strftime.__doc__ = _strftime.__doc__
                time.strftime = strftime
                if hasattr(os, 'O_TMPFILE'):
                    del os.O_TMPFILE
                if site_dirs:
                    import site
                    for d in site_dirs.split(os.pathsep):
                        site.addsitedir(d)
            __interpy_prepare
            """;
}
