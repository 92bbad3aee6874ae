package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.FileSystem.Selector;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import io.interpy.Sandbox;
import io.interpy.internal.sandbox.ModuleRoots.ClasspathRoot;
import io.interpy.internal.sandbox.ModuleRoots.DirectoryRoot;

/**
 * The file system one worker's context sees, composed from polyglot's own parts with
 * {@link FileSystem#newCompositeFileSystem}: each path goes to the first of these that serves it.
 * <ol>
 * <li>{@code /tmp}: the worker's own temporary directory, in memory (Jimfs) with a size limit,
 * unless file writes are granted, in which case the host's {@code /tmp} is used. A directory root
 * inside {@code /tmp} (a build's temporary directory), and the JVM's working directory there while
 * the host is readable, are left to the next entries.
 * <li>Classpath roots, read-only, from their in-memory index at {@code /interpy/classpath/<n>/...}.
 * <li>Directory roots and the host paths their {@code .pth} files name (an editable install's
 * sources), read-only; while host files are denied, a link out of them is denied.
 * <li>The host's time-zone database, read-only, so {@code zoneinfo} and friends find their data.
 * <li>Everything else: denied ({@link FileSystem#newDenyIOFileSystem}, which Python sees as
 * {@code PermissionError}), readable with {@code fileSystemRead} or {@code processCreation}, fully
 * accessible with {@code fileSystemWrite}.
 * </ol>
 * Two-path operations within one writable area (rename, symbolic links) bypass the composite, which
 * cannot do them atomically ({@link MoveRoutingFileSystem}). Each context gets its own instance, and
 * {@link #close()} discards its temporary files, so a recycled or replaced worker starts empty and
 * no worker sees another's files.
 */
public final class ContextFileSystem implements AutoCloseable {

    /** Where the worker's temporary directory appears; the first place Python's tempfile looks. */
    public static final Path TEMP_MOUNT = Path.of("/tmp");

    /** The smallest and largest temporary directory Jimfs can hold: one block, and 2^31 - 1 blocks of 8 KiB. */
    public static final long MIN_TEMP_SIZE = 8192;
    public static final long MAX_TEMP_SIZE = 8192L * Integer.MAX_VALUE;

    private final FileSystem fileSystem;
    private final java.nio.file.FileSystem scratch;
    private final Path workingDirectory;

    private ContextFileSystem(FileSystem fileSystem, java.nio.file.FileSystem scratch, Path workingDirectory) {
        this.fileSystem = fileSystem;
        this.scratch = scratch;
        this.workingDirectory = workingDirectory;
    }

    /**
     * @param tempMaxSize bytes the worker's in-memory temporary directory may hold (at least one
     *                    8 KiB block; every non-empty file takes whole blocks); writes beyond it raise
     *                    {@code OSError(ENOSPC)} in Python
     */
    public static ContextFileSystem create(ModuleRoots roots, Sandbox sandbox, long tempMaxSize) {
        Objects.requireNonNull(roots, "roots");
        Objects.requireNonNull(sandbox, "sandbox");
        FileSystem host = FileSystem.newDefaultFileSystem();
        FileSystem readOnlyHost = FileSystem.newReadOnlyFileSystem(host);
        // A granted process can read any host file itself, and GraalPy resolves the executable and
        // the child's working directory through this file system: process creation brings reads.
        boolean hostReadable = sandbox.fileSystemRead() || sandbox.processCreation();
        boolean hostWritable = sandbox.fileSystemWrite();

        // What the roots' .pth files name is served as directory roots are: the user's environment names it.
        List<Path> directories = new ArrayList<>(roots.directoryRoots().stream().map(DirectoryRoot::directory).toList());
        for (PthPaths.Named named : roots.pthPaths()) {
            directories.add(named.real());
            if (!named.path().equals(named.real())) {
                directories.add(named.path());
            }
        }
        List<Selector> selectors = new ArrayList<>();
        java.nio.file.FileSystem scratch = hostWritable ? null : Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setMaxSize(tempMaxSize)
                .setMaxCacheSize(0)
                .setAttributeViews("basic", "owner", "posix", "unix")
                .setWorkingDirectory("/")
                .build());
        MountedFileSystem temp = scratch == null ? null : new MountedFileSystem(TEMP_MOUNT, scratch);
        // Host places inside /tmp that the worker may use stay the host's: a directory root (a
        // build's temporary directory) and, while the host is readable, the JVM's working
        // directory (where relative paths and a child process start). A root that contains /tmp
        // (such as "/") does not hide the worker's own /tmp. The same test decides where a path is
        // read and where a move within /tmp goes.
        Path jvmDirectory = Path.of("").toAbsolutePath();
        List<Path> hostInTemp = new ArrayList<>(directories);
        if (hostReadable) {
            hostInTemp.add(jvmDirectory);
        }
        hostInTemp.removeIf(dir -> !dir.startsWith(TEMP_MOUNT) || dir.equals(TEMP_MOUNT));
        Predicate<Path> inTemp = path -> temp != null && temp.serves(path) && !startsWithAny(path, hostInTemp);
        if (temp != null) {
            selectors.add(Selector.of(temp, inTemp));
        }
        for (ClasspathRoot root : roots.classpathRoots()) {
            ClasspathTreeFileSystem tree = new ClasspathTreeFileSystem(root);
            selectors.add(Selector.of(FileSystem.newReadOnlyFileSystem(tree), tree::serves));
        }
        if (!hostWritable) {
            if (!directories.isEmpty()) {
                FileSystem access = hostReadable ? readOnlyHost
                        : new ConfinedDirectoryFileSystem(readOnlyHost, directories);
                selectors.add(Selector.of(access, path -> startsWithAny(path, directories)));
            }
            if (!hostReadable) {
                List<Path> zoneDirectories = TimeZones.hostDatabases();
                if (!zoneDirectories.isEmpty()) {
                    ConfinedDirectoryFileSystem zones = new ConfinedDirectoryFileSystem(readOnlyHost, zoneDirectories);
                    selectors.add(Selector.of(zones, zones::serves));
                }
            }
        }
        FileSystem fallback = hostWritable ? host : hostReadable ? readOnlyHost : FileSystem.newDenyIOFileSystem();
        FileSystem composite = FileSystem.newCompositeFileSystem(fallback, selectors.toArray(Selector[]::new));
        // GraalPy's standard library lives in the language home / internal resources; these
        // wrappers let the context read them without granting the host file system.
        FileSystem withResources = FileSystem.allowInternalResourceAccess(FileSystem.allowLanguageHomeAccess(composite));
        // Relative paths resolve in the worker's own temporary directory while the host is
        // closed, never in the JVM's real working directory.
        Path workingDirectory = hostReadable || hostWritable ? jvmDirectory : TEMP_MOUNT;
        List<Path> mounts = roots.classpathRoots().stream().map(ClasspathRoot::mount).toList();
        MoveRoutingFileSystem.Area tempArea = temp == null ? null : new MoveRoutingFileSystem.Area(temp, inTemp);
        MoveRoutingFileSystem.Area hostArea = !hostWritable ? null
                : new MoveRoutingFileSystem.Area(host, path -> !startsWithAny(path, mounts));
        FileSystem routed = new MoveRoutingFileSystem(withResources, tempArea, hostArea,
                temp != null ? TEMP_MOUNT : null, workingDirectory);
        return new ContextFileSystem(routed, scratch, workingDirectory);
    }

    private static boolean startsWithAny(Path path, List<Path> directories) {
        for (Path dir : directories) {
            if (path.startsWith(dir)) {
                return true;
            }
        }
        return false;
    }

    /** What the context's {@code IOAccess} is given (language home and internal resources included). */
    public FileSystem fileSystem() {
        return fileSystem;
    }

    /** The context's initial working directory. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Discards the worker's temporary files. */
    @Override
    public void close() {
        if (scratch != null) {
            try {
                scratch.close();
            } catch (IOException e) {
                // An in-memory file system does not fail to close; nothing is left to release.
            }
        }
    }
}
