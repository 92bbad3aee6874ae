package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.io.FileSystem;

/**
 * Host directories served read-only, with one guarantee {@link FileSystem#newReadOnlyFileSystem}
 * does not give: a path whose real location (symbolic links resolved) lies outside every allowed
 * directory is denied, so a link inside a module root cannot expose the rest of the host.
 *
 * <p>Used for the directory roots while host files are denied, and for the host's time-zone
 * database. Writes are refused by the read-only delegate.
 */
final class ConfinedDirectoryFileSystem extends ForwardingFileSystem {

    private final List<Path> allowed;

    /**
     * {@code allowed} are absolute paths, real (link-free) ones or, beside the real one, a name by
     * which a .pth file reaches it through a link: no real location lies under a link, so such a
     * name widens nothing. {@code delegate} is read-only.
     */
    ConfinedDirectoryFileSystem(FileSystem delegate, List<Path> allowed) {
        super(delegate);
        this.allowed = List.copyOf(allowed);
    }

    boolean serves(Path path) {
        for (Path dir : allowed) {
            if (path.startsWith(dir)) {
                return true;
            }
        }
        return false;
    }

    /** The path, if its real location is inside an allowed directory; a missing path's parent decides. */
    private Path confined(Path path) throws IOException {
        Path real;
        try {
            real = delegate.toRealPath(path);
        } catch (NoSuchFileException e) {
            Path parent = path.getParent();
            if (parent != null && serves(parent)) {
                confined(parent);
            }
            return path;
        }
        if (!serves(real)) {
            throw new AccessDeniedException(path.toString(), null, "links outside the module roots");
        }
        return path;
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        delegate.checkAccess(confined(path), modes, linkOptions);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return delegate.newByteChannel(confined(path), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return delegate.newDirectoryStream(confined(dir), filter);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        return delegate.toRealPath(confined(path), linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return delegate.readAttributes(confined(path), attributes, options);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return delegate.readSymbolicLink(confined(link));
    }
}
