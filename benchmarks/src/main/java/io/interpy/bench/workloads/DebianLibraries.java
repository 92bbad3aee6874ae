package io.interpy.bench.workloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies pure-Python libraries of Debian's {@code python3-*} packages into one module root that both
 * CPython and Interpy put on their path: links followed, byte code and C speedups ({@code *.so})
 * left out, so both runtimes run the same Python files (CPython does not fall back on a C
 * accelerator that Interpy lacks). The benchmarks' own small equivalent of core's test helper.
 */
final class DebianLibraries {

    static final Path DIST_PACKAGES = Path.of("/usr/lib/python3/dist-packages");

    private DebianLibraries() {
    }

    /** Each name is a package directory or a module {@code name.py}. */
    static Path copy(Path root, List<String> names) {
        try {
            Files.createDirectories(root);
            for (String name : names) {
                Path source = DIST_PACKAGES.resolve(name);
                if (!Files.isDirectory(source)) {
                    source = DIST_PACKAGES.resolve(name + ".py");
                }
                if (!Files.exists(source)) {
                    throw new IllegalStateException("'" + name + "' is not in " + DIST_PACKAGES
                            + ": install the Debian packages with .ci/python-packages (as root)");
                }
                copyTree(source.toRealPath(), root.resolve(source.getFileName().toString()));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.createDirectories(target);
        try (DirectoryStream<Path> children = Files.newDirectoryStream(source)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.equals("__pycache__") || name.endsWith(".so") || name.endsWith(".pyc")) {
                    continue;
                }
                copyTree(child.toRealPath(), target.resolve(name));
            }
        }
    }

    /** Removes an earlier copy, so a library dropped from the list does not linger on the path. */
    static void clear(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
