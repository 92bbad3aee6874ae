package io.interpy.internal.sandbox;

import java.io.File;
import java.util.Objects;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.FileSystem;
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
     * of the host but what {@code sandbox} grants. Each call creates a fresh {@link ModuleFileSystem}
     * (it carries the context's working directory); the roots' indexes are shared.
     */
    public static Context.Builder newBuilder(Engine engine, Sandbox sandbox, ModuleRoots roots) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(roots, "roots");

        // GraalPy's standard library lives in the language home / internal resources; these
        // wrappers let the context read them without granting the host file system.
        FileSystem fileSystem = FileSystem.allowInternalResourceAccess(
                FileSystem.allowLanguageHomeAccess(ModuleFileSystem.create(roots, sandbox)));
        IOAccess io = IOAccess.newBuilder()
                .fileSystem(fileSystem)
                .allowHostSocketAccess(sandbox.socketAccess())
                .build();

        Context.Builder builder = Context.newBuilder(PYTHON)
                .engine(engine)
                .sandbox(SandboxPolicy.TRUSTED)
                .allowAllAccess(false)
                .allowIO(io)
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

        return builder
                .option("python.PythonPath", String.join(File.pathSeparator, roots.sysPathEntries()))
                // The module file system is read-only: never try to write __pycache__.
                .option("python.DontWriteBytecodeFlag", "true")
                .option("python.CheckHashPycsMode", "never")
                // No site-packages to find: the roots are the whole module world.
                .option("python.ForceImportSite", "false")
                // POSIX calls emulated in Java go through the context's file system and privileges;
                // the native backend would reach the host directly and bypass the sandbox.
                .option("python.PosixModuleBackend", "java");
    }
}
