package io.interpy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies pure-Python libraries from Debian's {@code python3-*} packages into a module root, the
 * way a user would vendor them: links followed (Debian links some data, such as babel's locale
 * data, from /usr/share), byte code and C speedups ({@code *.so}) left out so only the Python
 * code is used. {@code .ci/python-packages} installs the packages.
 */
public final class DebianPythonPackages {

    /** Where Debian installs python3-* packages. */
    public static final Path DIST_PACKAGES = Path.of("/usr/lib/python3/dist-packages");

    private DebianPythonPackages() {
    }

    /**
     * Copies each name (a package directory, a module {@code name.py}, or a glob such as
     * {@code Babel-*.egg-info}) from dist-packages into {@code root}.
     *
     * @throws IllegalStateException naming what is missing and how to install it
     */
    public static Path copy(Path root, String... names) {
        try {
            Files.createDirectories(root);
            for (String name : names) {
                List<Path> sources = matches(name);
                if (sources.isEmpty()) {
                    throw new IllegalStateException("'" + name + "' is not in " + DIST_PACKAGES
                            + ": install the tests' Debian packages with .ci/python-packages (as root)");
                }
                for (Path source : sources) {
                    copyTree(source, root.resolve(source.getFileName().toString()));
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> matches(String name) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(DIST_PACKAGES)) {
            return found;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(DIST_PACKAGES, name)) {
            stream.forEach(found::add);
        }
        if (found.isEmpty() && Files.isRegularFile(DIST_PACKAGES.resolve(name + ".py"))) {
            found.add(DIST_PACKAGES.resolve(name + ".py"));
        }
        return found;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Path real = source.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String relative = real.relativize(path).toString();
                if (relative.contains("__pycache__") || relative.endsWith(".so") || relative.endsWith(".pyc")) {
                    continue;
                }
                Path to = target.resolve(relative);
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                    // A linked directory inside (babel's locale-data) is copied through its link.
                    try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                        for (Path child : children) {
                            if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
                                copyTree(child, to.resolve(child.getFileName().toString()));
                            }
                        }
                    }
                } else {
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
