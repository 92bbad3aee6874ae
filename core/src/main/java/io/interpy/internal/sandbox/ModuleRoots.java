package io.interpy.internal.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The places an executor's Python modules come from, resolved once when the executor is built.
 *
 * <p>Resolving up front means a typo in the python path fails at startup with the entry named,
 * rather than as a {@code ModuleNotFoundError} on the first call. Classpath locations are indexed
 * here, once, because listing a jar is the expensive part and every context of the executor
 * imports from the same roots; the index is immutable and shared by all of them.
 *
 * <p>A directory entry is served at its own absolute path, so tracebacks show the real file. A
 * classpath location has no host path (it may sit inside a jar, or a jar inside a jar), so it is
 * mounted at a virtual path {@code /interpy/classpath/<n>/<location>}; a location found in several
 * classpath elements gets one mount per element, in class loader order, exactly as Python would
 * treat several {@code sys.path} entries.
 */
public final class ModuleRoots {

    /** Parent of every classpath mount; nothing on a real host lives there. */
    static final String CLASSPATH_MOUNT_BASE = "/interpy/classpath";

    private static final String CLASSPATH_PREFIX = "classpath:";

    /** A root served from a host directory. */
    record DirectoryRoot(String entry, Path directory) {
    }

    /** A root served from the in-memory index of one classpath element's location. */
    record ClasspathRoot(String entry, URL origin, Path mount, ClasspathTree tree) {
    }

    private final List<String> entries;
    private final List<DirectoryRoot> directories;
    private final List<ClasspathRoot> classpathRoots;
    private final List<String> sysPath;

    private ModuleRoots(List<String> entries, List<DirectoryRoot> directories, List<ClasspathRoot> classpathRoots,
            List<String> sysPath) {
        this.entries = entries;
        this.directories = directories;
        this.classpathRoots = classpathRoots;
        this.sysPath = sysPath;
    }

    /**
     * Resolves each entry: {@code classpath:some/dir} through {@code classLoader} (every classpath
     * element holding that location becomes a root), anything else as a host directory, relative
     * paths against the JVM's working directory.
     *
     * @throws IllegalArgumentException naming the entry when it does not exist
     * @throws UncheckedIOException     when a jar holding the location cannot be read
     */
    public static ModuleRoots resolve(List<String> pythonPath, ClassLoader classLoader) {
        Objects.requireNonNull(pythonPath, "pythonPath");
        Objects.requireNonNull(classLoader, "classLoader");
        List<DirectoryRoot> directories = new ArrayList<>();
        List<ClasspathRoot> classpathRoots = new ArrayList<>();
        List<String> sysPath = new ArrayList<>();
        for (String entry : pythonPath) {
            Objects.requireNonNull(entry, "python path entry");
            if (entry.startsWith(CLASSPATH_PREFIX)) {
                String location = normalizeLocation(entry);
                for (URL url : findLocations(entry, location, classLoader)) {
                    Path mount = Path.of(CLASSPATH_MOUNT_BASE, Integer.toString(classpathRoots.size()), location);
                    classpathRoots.add(new ClasspathRoot(entry, url, mount, index(entry, url)));
                    sysPath.add(mount.toString());
                }
            } else {
                Path dir = Path.of(entry).toAbsolutePath().normalize();
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException("python path entry '" + entry + "' is not a directory"
                            + (entry.equals(dir.toString()) ? "" : " (resolved to " + dir + ")"));
                }
                try {
                    dir = dir.toRealPath();
                } catch (IOException e) {
                    throw new UncheckedIOException("python path entry '" + entry + "' cannot be resolved", e);
                }
                if (dir.toString().contains(File.pathSeparator)) {
                    throw new IllegalArgumentException("python path entry '" + entry + "' contains '"
                            + File.pathSeparator + "', which cannot be put on Python's path");
                }
                directories.add(new DirectoryRoot(entry, dir));
                sysPath.add(dir.toString());
            }
        }
        return new ModuleRoots(List.copyOf(pythonPath), List.copyOf(directories), List.copyOf(classpathRoots),
                List.copyOf(sysPath));
    }

    private static String normalizeLocation(String entry) {
        String location = entry.substring(CLASSPATH_PREFIX.length()).replace('\\', '/');
        while (location.startsWith("/")) {
            location = location.substring(1);
        }
        while (location.endsWith("/")) {
            location = location.substring(0, location.length() - 1);
        }
        if (location.isEmpty() || location.contains(File.pathSeparator) || Stream.of(location.split("/"))
                .anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
            throw new IllegalArgumentException("python path entry '" + entry
                    + "' must name a classpath directory such as 'classpath:python'");
        }
        return location;
    }

    private static List<URL> findLocations(String entry, String location, ClassLoader classLoader) {
        // Jars normally carry directory entries (jar, maven-jar-plugin, Spring Boot's repackager
        // all write them); looking both with and without the slash covers loaders that only
        // answer one form.
        Set<String> seen = new LinkedHashSet<>();
        List<URL> found = new ArrayList<>();
        try {
            for (String name : List.of(location, location + "/")) {
                Enumeration<URL> urls = classLoader.getResources(name);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    String key = url.toExternalForm();
                    key = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
                    if (seen.add(key)) {
                        found.add(url);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("python path entry '" + entry + "': classpath lookup failed", e);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("python path entry '" + entry + "' not found on the classpath");
        }
        return found;
    }

    private static ClasspathTree index(String entry, URL url) {
        try {
            if ("file".equals(url.getProtocol())) {
                Path dir = Path.of(url.toURI());
                if (!Files.isDirectory(dir)) {
                    throw new IllegalArgumentException("python path entry '" + entry + "' is a file, not a directory ("
                            + url + ")");
                }
                return ClasspathTree.ofDirectory(dir);
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                String prefix = jar.getEntryName();
                prefix = prefix.endsWith("/") ? prefix : prefix + "/";
                try (JarFile file = jar.getJarFile()) {
                    if (file.getJarEntry(prefix) == null && file.getJarEntry(jar.getEntryName()) != null
                            && !file.getJarEntry(jar.getEntryName()).isDirectory()) {
                        throw new IllegalArgumentException("python path entry '" + entry
                                + "' is a file, not a directory (" + url + ")");
                    }
                    return ClasspathTree.ofJar(file, prefix);
                }
            }
            // Unknown URL scheme: readable only file by file, which cannot be listed. Refuse rather
            // than serve a root Python's import machinery could never find anything in.
            throw new IllegalArgumentException("python path entry '" + entry + "' resolves to " + url
                    + ", which cannot be listed (only directories and jars are supported)");
        } catch (IOException e) {
            throw new UncheckedIOException("python path entry '" + entry + "': cannot read " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("python path entry '" + entry + "': bad location " + url, e);
        }
    }

    /** What Python puts on {@code sys.path}, one per root, in python path order. */
    public List<String> sysPathEntries() {
        return sysPath;
    }

    /** The configured entries with the mounts they resolved to, for error messages and logs. */
    public String describe() {
        StringBuilder text = new StringBuilder("python path [");
        String separator = "";
        for (String entry : entries) {
            text.append(separator).append('\'').append(entry).append("' -> ");
            List<String> mounts = new ArrayList<>();
            directories.stream().filter(d -> d.entry().equals(entry)).forEach(d -> mounts.add(d.directory().toString()));
            classpathRoots.stream().filter(c -> c.entry().equals(entry))
                    .forEach(c -> mounts.add(c.mount() + " (" + c.origin() + ")"));
            text.append(mounts.size() == 1 ? mounts.get(0) : mounts.toString());
            separator = ", ";
        }
        return text.append(']').toString();
    }

    List<DirectoryRoot> directoryRoots() {
        return directories;
    }

    List<ClasspathRoot> classpathRoots() {
        return classpathRoots;
    }

    @Override
    public String toString() {
        return describe();
    }

}
