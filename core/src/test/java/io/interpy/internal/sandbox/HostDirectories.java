package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Real host directories outside {@code /tmp} for sandbox tests. JUnit's {@code @TempDir} lives
 * under {@code /tmp}, which a sandboxed context sees as its own in-memory directory, so a host
 * file placed there would be hidden whether or not the sandbox works.
 */
final class HostDirectories {

    private HostDirectories() {
    }

    /**
     * A new empty directory under the module's {@code target}, as a real path, or under the user's
     * home when the checkout itself lies below {@code /tmp} (a clone made with {@code mktemp -d}).
     */
    static Path outsideTmp(String name) throws IOException {
        Path base = Files.createDirectories(Path.of("target", "host-dirs").toAbsolutePath()).toRealPath();
        if (base.startsWith("/tmp")) {
            base = Files.createDirectories(Path.of(System.getProperty("user.home"), ".cache", "interpy-test-host-dirs"));
        }
        if (base.toRealPath().startsWith("/tmp")) {
            throw new IllegalStateException("no host directory outside /tmp for sandbox tests (tried " + base + ")");
        }
        return Files.createTempDirectory(base, name + "-").toRealPath();
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
