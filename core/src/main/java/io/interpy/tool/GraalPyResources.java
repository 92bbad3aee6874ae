package io.interpy.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

import io.interpy.internal.pool.PrecompiledResources;

/**
 * Copies GraalPy's standard library and other resources into a directory and compiles the standard
 * library to bytecode there, for applications started with
 * {@code -Dpolyglot.engine.resourcePath=<directory>}.
 *
 * <p>GraalPy ships its standard library as source only and extracts it to a per-user cache on first
 * use; its sandboxed contexts write no bytecode, so every new context parses and compiles each module
 * it imports. Measured on 2 cores (JIT on, 15 modules the sample app imports): a context's imports took
 * 8.6 s in a fresh JVM and 1.5–1.8 s in the twentieth context without bytecode, 6.0 s and 0.8–1.1 s
 * with it. Done once at build time, into a read-only directory, it also removes the extraction at the
 * first start and suits container images whose home directory is not writable.
 *
 * <p>Bytecode is written as unchecked-hash {@code .pyc} files, so neither source timestamps nor a copy
 * that resets them (a container layer) invalidates it; the directory is made for one GraalPy version
 * and must be made again when GraalPy changes (Truffle itself loads a directory of another version
 * without a word, so the directory carries the digest of the standard library it was copied from, and
 * a pool whose GraalPy has another one refuses to start, naming the directory). Directories given
 * after the target are compiled in place the same way: a user's module root, before it is packaged.
 *
 * <p>Usage: {@code java -cp <application class path> io.interpy.tool.GraalPyResources <directory>
 * [<module root to compile>...]}, run on the same JDK flags as the application.
 */
public final class GraalPyResources {

    private static final String COMPILE = """
            import compileall, py_compile, os, sys
            def compile_tree(path):
                return compileall.compile_dir(path, quiet=1, workers=1,
                        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            """;

    private GraalPyResources() {
    }

    /**
     * Copies the resources to {@code directory} (which must be empty or absent) and compiles the
     * standard library there and every directory in {@code moduleRoots} in place.
     *
     * @return the standard library directory that was compiled
     * @throws IOException if the copy fails or a module does not compile (its name is in the message)
     */
    public static Path prepare(Path directory, List<Path> moduleRoots) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("GraalPy resource directory " + target + " is not empty; remove it first");
                }
            }
        }
        Files.createDirectories(target);
        Engine.copyResources(target, "python");
        String previous = System.getProperty("polyglot.engine.resourcePath");
        System.setProperty("polyglot.engine.resourcePath", target.toString());
        try (Context context = Context.newBuilder("python").allowAllAccess(true)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval("python", COMPILE);
            Value compileTree = context.getBindings("python").getMember("compile_tree");
            Path stdlib = Path.of(context.eval("python", "os.path.dirname(os.__file__)").asString());
            if (!stdlib.startsWith(target)) {
                throw new IOException("GraalPy's standard library was loaded from " + stdlib + ", not from " + target
                        + ": polyglot.engine.resourcePath must not be set for this JVM");
            }
            List<Path> trees = new ArrayList<>();
            trees.add(stdlib);
            moduleRoots.forEach(root -> trees.add(root.toAbsolutePath().normalize()));
            for (Path tree : trees) {
                if (!Files.isDirectory(tree)) {
                    throw new IOException("module root to compile " + tree + " is not a directory");
                }
                if (!compileTree.execute(tree.toString()).asBoolean()) {
                    throw new IOException("some modules under " + tree + " did not compile (see the messages above)");
                }
            }
            Files.writeString(target.resolve(PrecompiledResources.STAMP), PrecompiledResources.currentStamp() + "\n");
            return stdlib;
        } finally {
            if (previous == null) {
                System.clearProperty("polyglot.engine.resourcePath");
            } else {
                System.setProperty("polyglot.engine.resourcePath", previous);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java -cp <class path> " + GraalPyResources.class.getName()
                    + " <directory> [<module root to compile>...]");
            System.exit(2);
        }
        List<Path> roots = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        long begin = System.nanoTime();
        Path stdlib = prepare(Path.of(args[0]), roots);
        System.out.printf("GraalPy resources in %s, standard library %s and %d module root(s) compiled in %d ms;"
                + " start the application with -Dpolyglot.engine.resourcePath=%s%n", Path.of(args[0]).toAbsolutePath(),
                stdlib, roots.size(), (System.nanoTime() - begin) / 1_000_000, Path.of(args[0]).toAbsolutePath());
    }
}
