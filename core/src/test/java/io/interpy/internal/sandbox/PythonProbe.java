package io.interpy.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import io.interpy.Sandbox;

/**
 * Runs a snippet in a context and reports how it ended, so tests can state precisely whether a
 * denied operation is a Python exception the code could catch, or a host exception that escapes
 * Python altogether.
 */
final class PythonProbe {

    private static final String ATTEMPT = """
            def __interpy_attempt(src):
                scope = {}
                try:
                    exec(src, scope)
                    return 'ok: ' + repr(scope.get('result'))
                except BaseException as e:
                    return type(e).__name__ + ': ' + str(e)
            """;

    private PythonProbe() {
    }

    /**
     * {@code "ok: <repr of result>"}, {@code "<PythonType>: <message>"} when Python caught an
     * exception, or {@code "uncatchable: <message>"} when a host exception escaped the {@code try}.
     */
    static String attempt(Context context, String source) {
        Value bindings = context.getBindings("python");
        if (!bindings.hasMember("__interpy_attempt")) {
            context.eval("python", ATTEMPT);
        }
        try {
            return bindings.getMember("__interpy_attempt").execute(source).asString();
        } catch (PolyglotException e) {
            return "uncatchable: " + e.getMessage();
        }
    }

    private static final String RUN = """
            def __interpy_run(src):
                scope = {'__name__': 'probe'}
                exec(src, scope)
                return scope['result']
            """;

    /** A context as a worker gets it: built on {@code engine} and prepared (site directories processed). */
    static Context context(Engine engine, ModuleRoots roots, Sandbox sandbox) {
        Context context = SandboxedContexts.newBuilder(engine, sandbox, roots).build();
        SandboxedContexts.prepare(context, roots, sandbox);
        return context;
    }

    /** Runs {@code source} (a script that sets {@code result} to a string) and returns {@code result}. */
    static String run(Context context, String source) {
        Value bindings = context.getBindings("python");
        if (!bindings.hasMember("__interpy_run")) {
            context.eval("python", RUN);
        }
        return bindings.getMember("__interpy_run").execute(source).asString();
    }

    /** A test resource as text. */
    static String resource(String name) {
        try (java.io.InputStream in = PythonProbe.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The context still evaluates code and imports after whatever happened before. */
    static void assertUsable(Context context) {
        assertThat(context.eval("python", "import json\njson.dumps(sum(range(10)))").asString()).isEqualTo("45");
    }

    /** Writes a jar holding {@code files} (path to content) and, unless told not to, their directory entries. */
    static Path jar(Path file, Map<String, String> files, boolean directoryEntries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            java.util.Set<String> written = new java.util.HashSet<>();
            for (Map.Entry<String, String> entry : files.entrySet()) {
                String name = entry.getKey();
                if (directoryEntries) {
                    for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                        String dir = name.substring(0, slash + 1);
                        if (written.add(dir)) {
                            jar.putNextEntry(new JarEntry(dir));
                            jar.closeEntry();
                        }
                    }
                }
                jar.putNextEntry(new JarEntry(name));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
