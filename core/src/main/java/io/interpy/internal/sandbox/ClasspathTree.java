package io.interpy.internal.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * An immutable index of one classpath location: which directories and files it holds, and the
 * bytes of each file.
 *
 * <p>Jar contents are read into memory while the jar is open at resolve time, because a jar on
 * the classpath may be nested (Spring Boot's {@code BOOT-INF/lib}) and reopening it per import
 * would need the loader's URL handler on every read. Python sources are small, so holding them is
 * cheaper than a per-file lookup. A classpath directory (an IDE's or Maven's {@code target/classes})
 * is listed once but read from disk on each open, so an edited source is picked up by new contexts.
 */
final class ClasspathTree {

    /** One file or directory; {@code children} is null for a file. */
    record Node(TreeSet<String> children, byte[] content, Path file, long modified) {

        boolean isDirectory() {
            return children != null;
        }

        long size() throws IOException {
            return content != null ? content.length : file != null ? Files.size(file) : 0;
        }

        byte[] read() throws IOException {
            return content != null ? content : Files.readAllBytes(file);
        }
    }

    private final Map<String, Node> nodes;

    private ClasspathTree(Map<String, Node> nodes) {
        this.nodes = nodes;
    }

    /** Looks up a path relative to the location's root; "" is the root itself. */
    Node find(String relative) {
        return nodes.get(relative);
    }

    /** Files and directories indexed, the root included. */
    int size() {
        return nodes.size();
    }

    static ClasspathTree ofDirectory(Path dir) throws IOException {
        Builder builder = new Builder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                // Symbolic links are skipped: following one could serve a file from outside the root.
                if (path.equals(dir) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String relative = dir.relativize(path).toString().replace('\\', '/');
                long modified = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis();
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    builder.directory(relative, modified);
                } else {
                    builder.file(relative, null, path, modified);
                }
            }
        }
        return builder.build();
    }

    static ClasspathTree ofJar(JarFile jar, String prefix) throws IOException {
        Builder builder = new Builder();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!name.startsWith(prefix) || name.length() == prefix.length()) {
                continue;
            }
            String relative = name.substring(prefix.length());
            if (relative.startsWith("/") || Stream.of(relative.split("/")).anyMatch(p -> p.equals("..") || p.equals("."))) {
                continue; // a crafted entry name must not escape the mount
            }
            long modified = entry.getTime() < 0 ? 0 : entry.getTime();
            if (entry.isDirectory()) {
                builder.directory(relative.substring(0, relative.length() - 1), modified);
            } else {
                try (InputStream in = jar.getInputStream(entry)) {
                    builder.file(relative, in.readAllBytes(), null, modified);
                }
            }
        }
        return builder.build();
    }

    /** Collects entries; parent directories missing from a jar are implied by their children. */
    private static final class Builder {
        private final Map<String, Node> nodes = new HashMap<>();

        Builder() {
            nodes.put("", new Node(new TreeSet<>(), null, null, 0));
        }

        void directory(String relative, long modified) {
            Node existing = nodes.get(relative);
            if (existing == null) {
                nodes.put(relative, new Node(new TreeSet<>(), null, null, modified));
                link(relative);
            }
        }

        void file(String relative, byte[] content, Path file, long modified) {
            nodes.put(relative, new Node(null, content, file, modified));
            link(relative);
        }

        private void link(String relative) {
            int slash = relative.lastIndexOf('/');
            String parent = slash < 0 ? "" : relative.substring(0, slash);
            if (!nodes.containsKey(parent)) {
                directory(parent, 0);
            }
            Node parentNode = nodes.get(parent);
            if (parentNode.isDirectory()) {
                parentNode.children().add(relative.substring(slash + 1));
            }
        }

        ClasspathTree build() {
            return new ClasspathTree(Map.copyOf(nodes));
        }
    }
}
