package io.interpy.internal.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Objects;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

import io.interpy.InterpreterExecutorBuilder;
import io.interpy.Sandbox;
import io.interpy.internal.stdlib.StandardLibraryBridges;

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
        return newBuilder(engine, sandbox, roots, ContextFileSystem.create(roots, sandbox,
                InterpreterExecutorBuilder.DEFAULT_TEMP_DIRECTORY_MAX_SIZE),
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
     * {@code site} costs interpreted time in every context), mends what GraalPy 25.0.3 does
     * differently from CPython in a sandboxed context (time zones, strftime, tempfile,
     * unicodedata.lookup, re.Scanner, asyncio's event loop), and turns the denials GraalPy reports
     * as host errors no Python code can catch into the exceptions CPython raises (thread start,
     * os.system, crypt). Each is explained in {@code interpy_prepare.py} and tested against CPython.
     */
    public static void prepare(Context context, ModuleRoots roots, Sandbox sandbox) {
        // Strings and booleans only: without host access a Java array would reach Python as an
        // opaque foreign object.
        // Proxies cross without host access; with native access the real C modules load instead.
        context.eval(PREPARE).execute(String.join(File.pathSeparator, roots.siteDirectories()),
                sandbox.threadCreation(), sandbox.processCreation(),
                StandardLibraryBridges.forWorker(sandbox.nativeAccess()));
    }

    /** One Source for all contexts: the shared engine caches its parsed code. */
    private static final Source PREPARE = loadPrepare();

    private static Source loadPrepare() {
        try (InputStream in = SandboxedContexts.class.getResourceAsStream("interpy_prepare.py")) {
            if (in == null) {
                throw new IllegalStateException("interpy_prepare.py is missing from the Interpy jar");
            }
            return Source.newBuilder(PYTHON, new String(in.readAllBytes(), StandardCharsets.UTF_8), "interpy_prepare.py")
                    .cached(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
