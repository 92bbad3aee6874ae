package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
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
final class MoveRoutingFileSystem extends ForwardingFileSystem {

    /** A writable area (the in-memory /tmp, or the host when writes are granted) and what it covers. */
    record Area(FileSystem fileSystem, Predicate<Path> covers) {
    }

    private final Area temp;
    private final Area host;
    private final Path tempDirectory;
    private volatile Path workingDirectory;

    /** {@code temp} and {@code host} may be null; {@code tempDirectory} is what Truffle's temp-file API gets. */
    MoveRoutingFileSystem(FileSystem delegate, Area temp, Area host, Path tempDirectory, Path workingDirectory) {
        super(delegate);
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
}
