package io.interpy.internal.sandbox;

import io.interpy.InvalidSettingException;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
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
import java.util.function.Predicate;
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
 * <p>An entry is one of these forms (what the README documents):
 * <ul>
 * <li>a host directory, absolute or relative to the JVM's working directory, optionally written
 * {@code file:/abs/dir}. A directory holding
 * {@code pyvenv.cfg} is a virtual environment: its {@code lib/python3.12/site-packages} is the root.
 * A directory holding {@code fileslist.txt} is a GraalPy VFS layout (below).
 * <li>{@code classpath:some/dir}: that location in every classpath element holding it (directories,
 * jars, Spring Boot's nested jars). When it holds {@code fileslist.txt}, it is a GraalPy VFS layout.
 * <li>{@code graalpy-vfs:} or {@code graalpy-vfs:RESOURCE_ROOT}: a VFS layout as GraalPy's Maven and
 * Gradle plugins write it, default root {@code org.graalvm.python.vfs}; the layout is required.
 * </ul>
 * A VFS layout puts its {@code src} and its {@code venv/lib/python3.12/site-packages} on
 * {@code sys.path}, in that order. Every root whose top level holds {@code .pth} files is a site
 * directory: the worker processes them as {@code site} does (see {@link #siteDirectories()}), and
 * the host paths a directory root's .pth files name outside the roots (a {@code pip install -e}
 * of a package under development) are served read-only beside the roots ({@link PthPaths}).
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

    /** GraalPy 25.0 implements Python 3.12: where its venvs keep their packages. */
    static final String SITE_PACKAGES = "lib/python3.12/site-packages";

    private static final String CLASSPATH_PREFIX = "classpath:";
    private static final String VFS_PREFIX = "graalpy-vfs:";
    private static final String FILE_PREFIX = "file:";
    private static final String VFS_DEFAULT_ROOT = "org.graalvm.python.vfs";
    private static final String VFS_FILES_LIST = "fileslist.txt";

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
    private final List<String> siteDirectories;
    private final List<PthPaths.Named> pthPaths;

    private ModuleRoots(List<String> entries, List<DirectoryRoot> directories, List<PthPaths.Named> pthPaths,
            List<ClasspathRoot> classpathRoots, List<String> sysPath, List<String> siteDirectories) {
        this.entries = entries;
        this.directories = directories;
        this.pthPaths = pthPaths;
        this.classpathRoots = classpathRoots;
        this.sysPath = sysPath;
        this.siteDirectories = siteDirectories;
    }

    /**
     * Resolves each entry (forms in the class comment), relative paths against the JVM's working
     * directory. A classpath location is found through {@link ClassLoader#getResources}, which
     * sees a location inside a jar only if the jar has a directory entry for it ({@code jar}, the
     * Maven jar plugin and Spring Boot's repackager write them) or, for a VFS layout, through its
     * {@code fileslist.txt}.
     *
     * @throws IllegalArgumentException naming the entry when it does not exist or is malformed
     * @throws UncheckedIOException     when a jar holding the location cannot be read
     */
    public static ModuleRoots resolve(List<String> pythonPath, ClassLoader classLoader) {
        Objects.requireNonNull(pythonPath, "pythonPath");
        Objects.requireNonNull(classLoader, "classLoader");
        List<DirectoryRoot> directories = new ArrayList<>();
        List<ClasspathRoot> classpathRoots = new ArrayList<>();
        List<String> sysPath = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        for (int index = 0; index < pythonPath.size(); index++) {
            String entry = pythonPath.get(index);
            try {
                Objects.requireNonNull(entry, "python path entry");
                boolean vfsRequired = entry.startsWith(VFS_PREFIX);
                if (vfsRequired || entry.startsWith(CLASSPATH_PREFIX)) {
                    String location = vfsRequired
                            ? normalizeLocation(entry, entry.length() == VFS_PREFIX.length() ? VFS_DEFAULT_ROOT
                                    : entry.substring(VFS_PREFIX.length()))
                            : normalizeLocation(entry, entry.substring(CLASSPATH_PREFIX.length()));
                    for (URL url : findLocations(entry, location, classLoader)) {
                        Path mount = Path.of(CLASSPATH_MOUNT_BASE, Integer.toString(classpathRoots.size()), location);
                        ClasspathTree tree = index(entry, url);
                        classpathRoots.add(new ClasspathRoot(entry, url, mount, tree));
                        List<String> paths = tree.find(VFS_FILES_LIST) != null
                                ? vfsPaths(entry, url.toString(), sub -> isTreeDirectory(tree, sub))
                                : vfsRequired ? notVfs(entry, url.toString()) : List.of("");
                        for (String sub : paths) {
                            String path = sub.isEmpty() ? mount.toString() : mount.resolve(sub).toString();
                            sysPath.add(path);
                            ClasspathTree.Node node = tree.find(sub);
                            if (node.children().stream().anyMatch(name -> name.endsWith(".pth"))) {
                                sites.add(path);
                            }
                        }
                    }
                } else {
                    for (Path dir : directoryRoots(entry)) {
                        directories.add(new DirectoryRoot(entry, dir));
                        sysPath.add(dir.toString());
                        if (hasPthFiles(entry, dir)) {
                            sites.add(dir.toString());
                        }
                    }
                }
            } catch (IllegalArgumentException | UncheckedIOException e) {
                // the entry by its place in the list, so Spring can name interpy.python.path[i]
                String prefix = "python path entry '" + entry + "'";
                String reason = e.getMessage() != null && e.getMessage().startsWith(prefix)
                        ? e.getMessage().substring(prefix.length()).replaceFirst("^:? ", "") : String.valueOf(e.getMessage());
                InvalidSettingException invalid = new InvalidSettingException(null, "pythonPath[" + index + "]", entry, reason);
                invalid.initCause(e);
                throw invalid;
            }
        }
        return new ModuleRoots(List.copyOf(pythonPath), List.copyOf(directories),
                PthPaths.outsideRoots(directories, sites), List.copyOf(classpathRoots), List.copyOf(sysPath),
                List.copyOf(sites));
    }


    /** The directories a host-directory entry serves: itself, its venv's site-packages, or its VFS parts. */
    private static List<Path> directoryRoots(String entry) {
        // file:/abs/dir (Spring's resource syntax) names the same directory as /abs/dir.
        String location = entry.startsWith(FILE_PREFIX) ? entry.substring(FILE_PREFIX.length()) : entry;
        Path dir = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("python path entry '" + entry + "' is not a directory"
                    + (location.equals(dir.toString()) ? "" : " (resolved to " + dir + ")"));
        }
        List<Path> served = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve("pyvenv.cfg"))) {
            Path sitePackages = dir.resolve(SITE_PACKAGES);
            if (!Files.isDirectory(sitePackages)) {
                throw new IllegalArgumentException("python path entry '" + entry + "' is a virtual environment"
                        + " without " + SITE_PACKAGES + " (GraalPy 25.0 runs Python 3.12; found " + venvVersions(dir)
                        + "): create it with GraalPy's venv or name a site-packages directory");
            }
            served.add(sitePackages);
        } else if (Files.isRegularFile(dir.resolve(VFS_FILES_LIST))) {
            for (String sub : vfsPaths(entry, dir.toString(), sub -> Files.isDirectory(dir.resolve(sub)))) {
                served.add(dir.resolve(sub));
            }
        } else {
            served.add(dir);
        }
        List<Path> real = new ArrayList<>();
        for (Path path : served) {
            try {
                path = path.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException("python path entry '" + entry + "' cannot be resolved", e);
            }
            if (path.toString().contains(File.pathSeparator)) {
                throw new IllegalArgumentException("python path entry '" + entry + "' contains '"
                        + File.pathSeparator + "', which cannot be put on Python's path");
            }
            real.add(path);
        }
        return real;
    }

    private static String venvVersions(Path venv) {
        try (Stream<Path> lib = Files.list(venv.resolve("lib"))) {
            return lib.map(p -> "lib/" + p.getFileName()).sorted().toList().toString();
        } catch (IOException e) {
            return "no lib directory";
        }
    }

    /** The parts of a VFS layout that go on sys.path: src, then the venv's site-packages. */
    private static List<String> vfsPaths(String entry, String where, Predicate<String> isDirectory) {
        List<String> paths = new ArrayList<>();
        for (String sub : List.of("src", "venv/" + SITE_PACKAGES)) {
            if (isDirectory.test(sub)) {
                paths.add(sub);
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("python path entry '" + entry + "' is a GraalPy VFS layout (" + where
                    + " holds " + VFS_FILES_LIST + ") with neither src/ nor venv/" + SITE_PACKAGES);
        }
        return paths;
    }

    private static boolean isTreeDirectory(ClasspathTree tree, String relative) {
        ClasspathTree.Node node = tree.find(relative);
        return node != null && node.isDirectory();
    }

    private static List<String> notVfs(String entry, String where) {
        throw new IllegalArgumentException("python path entry '" + entry + "' is not a GraalPy VFS layout: " + where
                + " has no " + VFS_FILES_LIST + " (expected src/, venv/" + SITE_PACKAGES + " and " + VFS_FILES_LIST
                + " as GraalPy's build plugins write them)");
    }

    private static boolean hasPthFiles(String entry, Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".pth") && Files.isRegularFile(p));
        } catch (IOException e) {
            throw new UncheckedIOException("python path entry '" + entry + "': cannot list " + dir, e);
        }
    }

    private static String normalizeLocation(String entry, String raw) {
        String location = raw.replace('\\', '/');
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
            for (String name : List.of(location, location + "/", location + "/" + VFS_FILES_LIST)) {
                Enumeration<URL> urls = classLoader.getResources(name);
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if (name.endsWith(VFS_FILES_LIST)) {
                        // A VFS jar need not have directory entries: its files list finds it.
                        String text = url.toExternalForm();
                        url = URI.create(text.substring(0, text.length() - VFS_FILES_LIST.length())).toURL();
                    }
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
                try (JarFile file = openJar(jar, url)) {
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

    /**
     * The jar behind a location. A jar without directory entries (a VFS layout found through its
     * files list) has no entry for the location itself, so the connection cannot open it; a
     * connection to the files list, which it does have, opens the same jar.
     */
    private static JarFile openJar(JarURLConnection connection, URL url) throws IOException {
        try {
            return connection.getJarFile();
        } catch (FileNotFoundException missingDirectoryEntry) {
            String location = url.toExternalForm();
            URLConnection listed = URI.create(location + (location.endsWith("/") ? "" : "/") + VFS_FILES_LIST)
                    .toURL().openConnection();
            if (!(listed instanceof JarURLConnection jar)) {
                throw missingDirectoryEntry;
            }
            jar.setUseCaches(false);
            return jar.getJarFile();
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
            List<String> named = pthPaths.stream().filter(p -> p.entry().equals(entry))
                    .map(p -> p.path().equals(p.real()) ? p.path().toString() : p.path() + " (" + p.real() + ")").toList();
            if (!named.isEmpty()) {
                text.append(" + named by .pth files ").append(named);
            }
            separator = ", ";
        }
        return text.append(']').toString();
    }

    /**
     * The {@code sys.path} entries whose {@code .pth} files the worker processes as Python's
     * {@code site} does ({@code site.addsitedir}): added paths and {@code import} lines.
     */
    public List<String> siteDirectories() {
        return siteDirectories;
    }

    /**
     * The host directories whose Python sources can change under a running pool: directory roots,
     * the directories their .pth files name (an editable install is a package being edited), and
     * classpath locations that are directories (an IDE's or Maven's output folder). Jars and
     * GraalPy's VFS cannot change.
     */
    public List<Path> watchedDirectories() {
        List<Path> watched = new ArrayList<>();
        directories.forEach(d -> watched.add(d.directory()));
        pthPaths.stream().map(PthPaths.Named::real).filter(Files::isDirectory).forEach(watched::add);
        for (ClasspathRoot root : classpathRoots) {
            if ("file".equals(root.origin().getProtocol())) {
                try {
                    watched.add(Path.of(root.origin().toURI()));
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    // not a plain directory: nothing to watch
                }
            }
        }
        return watched;
    }

    List<DirectoryRoot> directoryRoots() {
        return directories;
    }

    List<PthPaths.Named> pthPaths() {
        return pthPaths;
    }

    List<ClasspathRoot> classpathRoots() {
        return classpathRoots;
    }

    @Override
    public String toString() {
        return describe();
    }

}
