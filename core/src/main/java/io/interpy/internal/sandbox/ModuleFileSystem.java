package io.interpy.internal.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.graalvm.polyglot.io.FileSystem;

import io.interpy.Sandbox;
import io.interpy.internal.sandbox.ModuleRoots.ClasspathRoot;
import io.interpy.internal.sandbox.ModuleRoots.DirectoryRoot;

/**
 * The only file system a sandboxed context sees: the module roots, read-only, and nothing else
 * unless the {@link Sandbox} grants host file access.
 *
 * <p>Python's import machinery needs to list, stat and open files under each {@code sys.path}
 * entry, so a context cannot simply get {@code IOAccess.NONE}. Denials are thrown as
 * {@link AccessDeniedException}, which GraalPy turns into {@code PermissionError} (an
 * {@code OSError}) the Python code can catch, rather than a host exception that would escape it.
 *
 * <p>Classpath roots are served from their {@link ClasspathTree} at their virtual mounts; directory
 * roots from the host, read-only, after checking that the real path (symbolic links resolved) is
 * still inside a root, so a link inside a root cannot expose the rest of the host. With
 * {@code fileSystemRead} every other host path is readable; with {@code fileSystemWrite} the host is
 * fully accessible, directory roots included. Classpath mounts stay read-only either way.
 *
 * <p>Each context gets its own instance because the working directory is per context; the roots
 * and their indexes are shared.
 */
public final class ModuleFileSystem implements FileSystem {

    private static final String DENIED = "denied by the Interpy sandbox (host files are not accessible;"
            + " see Sandbox.withFileSystemRead/withFileSystemWrite)";
    private static final String READ_ONLY = "denied by the Interpy sandbox (module roots are read-only)";

    private final List<DirectoryRoot> directories;
    private final List<ClasspathRoot> classpathRoots;
    /** Reads directory roots; read-only unless the host is writable. */
    private final FileSystem rootAccess;
    /** Everything outside the roots, or null when the host is denied. */
    private final FileSystem host;
    private volatile Path workingDirectory;

    private ModuleFileSystem(ModuleRoots roots, FileSystem rootAccess, FileSystem host, Path workingDirectory) {
        this.directories = roots.directoryRoots();
        this.classpathRoots = roots.classpathRoots();
        this.rootAccess = rootAccess;
        this.host = host;
        this.workingDirectory = workingDirectory;
    }

    /**
     * A file system for one context: module roots always readable, the host as {@code sandbox}
     * allows. Without host access the working directory is the virtual {@code /interpy}, so a
     * relative path never lands in the JVM's real working directory.
     */
    public static ModuleFileSystem create(ModuleRoots roots, Sandbox sandbox) {
        Objects.requireNonNull(roots, "roots");
        FileSystem defaultFs = FileSystem.newDefaultFileSystem();
        FileSystem readOnly = FileSystem.newReadOnlyFileSystem(defaultFs);
        if (sandbox.fileSystemWrite()) {
            return new ModuleFileSystem(roots, defaultFs, defaultFs, Path.of("").toAbsolutePath());
        }
        if (sandbox.fileSystemRead()) {
            return new ModuleFileSystem(roots, readOnly, readOnly, Path.of("").toAbsolutePath());
        }
        return new ModuleFileSystem(roots, readOnly, null, Path.of("/interpy"));
    }

    // ---- routing ----

    /** Where a path is served from: a classpath node, a directory root, the host, or nowhere. */
    private sealed interface Target permits InTree, OnHost, Denied {
    }

    private record InTree(ClasspathRoot root, String relative, ClasspathTree.Node node) implements Target {
    }

    private record OnHost(FileSystem fs, Path path) implements Target {
    }

    private record Denied(Path path) implements Target {
    }

    private Path absolute(Path path) {
        return (path.isAbsolute() ? path : workingDirectory.resolve(path)).normalize();
    }

    private Target route(Path original) throws IOException {
        Path path = absolute(original);
        for (ClasspathRoot root : classpathRoots) {
            if (path.startsWith(root.mount())) {
                String relative = root.mount().relativize(path).toString().replace('\\', '/');
                return new InTree(root, relative, root.tree().find(relative));
            }
        }
        for (DirectoryRoot root : directories) {
            if (path.startsWith(root.directory())) {
                if (host != null) {
                    return new OnHost(rootAccess, path);
                }
                return new OnHost(rootAccess, confined(root, path));
            }
        }
        return host != null ? new OnHost(host, path) : new Denied(path);
    }

    /** The path if its real location is still inside a root; links out of the roots are denied. */
    private Path confined(DirectoryRoot root, Path path) throws IOException {
        Path real;
        try {
            real = rootAccess.toRealPath(path);
        } catch (NoSuchFileException e) {
            // Not there (yet): its parent decides, so a missing module is reported as missing.
            Path parent = path.getParent();
            if (parent != null && parent.startsWith(root.directory()) && !parent.equals(path)) {
                confined(root, parent);
            }
            return path;
        }
        for (DirectoryRoot candidate : directories) {
            if (real.startsWith(candidate.directory())) {
                return path;
            }
        }
        throw new AccessDeniedException(path.toString(), null, "links outside the module roots; " + DENIED);
    }

    private static ClasspathTree.Node existing(InTree target, Path path) throws NoSuchFileException {
        if (target.node() == null) {
            throw new NoSuchFileException(path.toString());
        }
        return target.node();
    }

    private static AccessDeniedException denied(Path path) {
        return new AccessDeniedException(path.toString(), null, DENIED);
    }

    private static AccessDeniedException readOnly(Path path) {
        return new AccessDeniedException(path.toString(), null, READ_ONLY);
    }

    /** Fails unless the path may be modified, i.e. it is on a writable host. */
    private OnHost writable(Path path) throws IOException {
        Target target = route(path);
        if (target instanceof OnHost onHost) {
            return onHost;
        }
        throw target instanceof InTree ? readOnly(path) : denied(path);
    }

    // ---- FileSystem ----

    @Override
    public Path parsePath(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw new UnsupportedOperationException("only file: URIs are supported, not " + uri);
        }
        return Path.of(uri);
    }

    @Override
    public Path parsePath(String path) {
        return Path.of(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        switch (route(path)) {
            case InTree tree -> {
                existing(tree, path);
                if (modes.contains(AccessMode.WRITE)) {
                    throw readOnly(path);
                }
            }
            case OnHost onHost -> onHost.fs().checkAccess(onHost.path(), modes, linkOptions);
            case Denied denied -> throw denied(path);
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        OnHost target = writable(dir);
        target.fs().createDirectory(target.path(), attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        OnHost target = writable(path);
        target.fs().delete(target.path());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        switch (route(path)) {
            case InTree tree -> {
                if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
                    throw readOnly(path);
                }
                ClasspathTree.Node node = existing(tree, path);
                if (node.isDirectory()) {
                    throw new AccessDeniedException(path.toString(), null, "is a directory");
                }
                return new ReadOnlyBytesChannel(node.read());
            }
            case OnHost onHost -> {
                return onHost.fs().newByteChannel(onHost.path(), options, attrs);
            }
            case Denied denied -> throw denied(path);
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        switch (route(dir)) {
            case InTree tree -> {
                ClasspathTree.Node node = existing(tree, dir);
                if (!node.isDirectory()) {
                    throw new NotDirectoryException(dir.toString());
                }
                List<Path> children = new ArrayList<>();
                for (String name : node.children()) {
                    Path child = dir.resolve(name);
                    if (filter == null || filter.accept(child)) {
                        children.add(child);
                    }
                }
                return new DirectoryStream<>() {
                    @Override
                    public Iterator<Path> iterator() {
                        return children.iterator();
                    }

                    @Override
                    public void close() {
                    }
                };
            }
            case OnHost onHost -> {
                return onHost.fs().newDirectoryStream(onHost.path(), filter);
            }
            case Denied denied -> throw denied(dir);
        }
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : workingDirectory.resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        switch (route(path)) {
            case InTree tree -> {
                existing(tree, path);
                return absolute(path);
            }
            case OnHost onHost -> {
                return onHost.fs().toRealPath(onHost.path(), linkOptions);
            }
            case Denied denied -> throw denied(path);
        }
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        switch (route(path)) {
            case InTree tree -> {
                ClasspathTree.Node node = existing(tree, path);
                return TreeAttributes.read(node, tree.root().mount().toString(), tree.relative(), attributes);
            }
            case OnHost onHost -> {
                return onHost.fs().readAttributes(onHost.path(), attributes, options);
            }
            case Denied denied -> throw denied(path);
        }
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        OnHost target = writable(path);
        target.fs().setAttribute(target.path(), attribute, value, options);
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        // Reading the source is checked by routing it; the copy itself runs on the writable host.
        if (route(source) instanceof Denied) {
            throw denied(source);
        }
        OnHost to = writable(target);
        to.fs().copy(absolute(source), to.path(), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        OnHost from = writable(source);
        OnHost to = writable(target);
        to.fs().move(from.path(), to.path(), options);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        OnHost to = writable(link);
        to.fs().createLink(to.path(), writable(existing).path());
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        OnHost to = writable(link);
        to.fs().createSymbolicLink(to.path(), target, attrs);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        switch (route(link)) {
            case InTree tree -> {
                existing(tree, link);
                throw new NotLinkException(link.toString());
            }
            case OnHost onHost -> {
                return onHost.fs().readSymbolicLink(onHost.path());
            }
            case Denied denied -> throw denied(link);
        }
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        if (!currentWorkingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("working directory must be absolute: " + currentWorkingDirectory);
        }
        workingDirectory = currentWorkingDirectory.normalize();
    }

    @Override
    public Path getTempDirectory() {
        if (host == null) {
            throw new UnsupportedOperationException("no temporary directory: " + DENIED);
        }
        return host.getTempDirectory();
    }

    @Override
    public boolean isSameFile(Path path1, Path path2, LinkOption... options) throws IOException {
        return toRealPath(path1, options).equals(toRealPath(path2, options));
    }
}
