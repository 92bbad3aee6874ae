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

    /** A new empty directory under the module's {@code target}, as a real path. */
    static Path outsideTmp(String name) throws IOException {
        Path base = Files.createDirectories(Path.of("target", "host-dirs").toAbsolutePath());
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
