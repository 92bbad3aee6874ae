package io.interpy.internal.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.graalvm.polyglot.io.FileSystem;

/**
 * The outermost layer of a worker's file system: forwards every operation, except the two-path
 * ones whose paths both lie in one writable area, which it performs on that area's own file
 * system.
 *
 * <p>Polyglot's composite file system and its resource-access wrappers implement {@code move} as
 * copy-then-delete and refuse {@code ATOMIC_MOVE}, which GraalPy's {@code os.rename} and
 * {@code os.replace} always ask for, so without this no file could be renamed, not even in the
 * worker's own {@code /tmp} (atomic writes, log rotation, {@code Path.rename}). The composite also
 * hands a relative symbolic-link target to a delegate that has no working directory, so
 * {@code os.symlink('a', '/tmp/b')} would fail. Both work as on a host file system now, and only
 * inside one area: a move or link across areas still goes through the composite, which refuses it.
 */
final class MoveRoutingFileSystem implements FileSystem {

    /** A writable area (the in-memory /tmp, or the host when writes are granted) and what it covers. */
    record Area(FileSystem fileSystem, Predicate<Path> covers) {
    }

    private final FileSystem delegate;
    private final Area temp;
    private final Area host;
    private final Path tempDirectory;
    private volatile Path workingDirectory;

    /** {@code temp} and {@code host} may be null; {@code tempDirectory} is what Truffle's temp-file API gets. */
    MoveRoutingFileSystem(FileSystem delegate, Area temp, Area host, Path tempDirectory, Path workingDirectory) {
        this.delegate = delegate;
        this.temp = temp;
        this.host = host;
        this.tempDirectory = tempDirectory;
        this.workingDirectory = workingDirectory;
    }

    private Path absolute(Path path) {
        return (path.isAbsolute() ? path : workingDirectory.resolve(path)).normalize();
    }

    private Area areaOf(Path first, Path second) {
        for (Area area : new Area[] {temp, host}) {
            if (area != null && area.covers().test(first) && area.covers().test(second)) {
                return area;
            }
        }
        return null;
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        Path from = absolute(source);
        Path to = absolute(target);
        Area area = areaOf(from, to);
        if (area != null) {
            area.fileSystem().move(from, to, options);
        } else {
            delegate.move(source, target, options);
        }
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        Path at = absolute(link);
        // A relative target is relative to the link's directory, as on any POSIX file system.
        Path resolved = target.isAbsolute() ? target.normalize() : at.resolveSibling(target).normalize();
        Area area = areaOf(at, resolved);
        if (area != null) {
            area.fileSystem().createSymbolicLink(at, target, attrs);
        } else {
            delegate.createSymbolicLink(link, target, attrs);
        }
    }

    /** The link's own target, relative if it was made relative; the composite would make it absolute. */
    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        Path at = absolute(link);
        Area area = areaOf(at, at);
        return area != null ? area.fileSystem().readSymbolicLink(at) : delegate.readSymbolicLink(link);
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        delegate.setCurrentWorkingDirectory(currentWorkingDirectory);
        workingDirectory = currentWorkingDirectory.normalize();
    }

    @Override
    public Path getTempDirectory() {
        return tempDirectory != null ? tempDirectory : delegate.getTempDirectory();
    }

    // ---- forwarded ----

    @Override
    public Path parsePath(URI uri) {
        return delegate.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return delegate.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        delegate.checkAccess(path, modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        delegate.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        delegate.delete(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return delegate.newByteChannel(path, options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return delegate.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return delegate.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        return delegate.toRealPath(path, linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return delegate.readAttributes(path, attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        delegate.setAttribute(path, attribute, value, options);
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        delegate.copy(source, target, options);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        delegate.createLink(link, existing);
    }



    @Override
    public String getSeparator() {
        return delegate.getSeparator();
    }

    @Override
    public String getPathSeparator() {
        return delegate.getPathSeparator();
    }

    @Override
    public String getMimeType(Path path) {
        return delegate.getMimeType(path);
    }

    @Override
    public Charset getEncoding(Path path) {
        return delegate.getEncoding(path);
    }

    @Override
    public boolean isSameFile(Path path1, Path path2, LinkOption... options) throws IOException {
        return delegate.isSameFile(path1, path2, options);
    }

    @Override
    public long getFileStoreTotalSpace(Path path) throws IOException {
        return delegate.getFileStoreTotalSpace(path);
    }

    @Override
    public long getFileStoreUnallocatedSpace(Path path) throws IOException {
        return delegate.getFileStoreUnallocatedSpace(path);
    }

    @Override
    public long getFileStoreUsableSpace(Path path) throws IOException {
        return delegate.getFileStoreUsableSpace(path);
    }

    @Override
    public long getFileStoreBlockSize(Path path) throws IOException {
        return delegate.getFileStoreBlockSize(path);
    }

    @Override
    public boolean isFileStoreReadOnly(Path path) throws IOException {
        return delegate.isFileStoreReadOnly(path);
    }
}
