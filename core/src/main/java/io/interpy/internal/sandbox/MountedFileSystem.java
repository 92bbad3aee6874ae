package io.interpy.internal.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.io.FileSystem;

/**
 * A Java NIO file system (an in-memory Jimfs, say) shown to Python at a mount point such as
 * {@code /tmp}. Polyglot's {@link FileSystem#newFileSystem(java.nio.file.FileSystem)} does the NIO
 * work; this class only translates paths, because a composite file system requires every delegate
 * to take the default file system's {@link Path} type, and the NIO file system has its own.
 *
 * <p>A write that runs out of the file system's space fails with the reason
 * {@code "No space left on device"}: GraalPy derives errno from that text, so Python sees
 * {@code OSError(ENOSPC)} instead of a generic {@code EIO}.
 */
final class MountedFileSystem implements FileSystem {

    static final String NO_SPACE = "No space left on device";

    private final Path mount;
    private final FileSystem nio;
    private final Path nioRoot;

    /** {@code mount} is an absolute default-file-system path; {@code nioFileSystem}'s root is mounted there. */
    MountedFileSystem(Path mount, java.nio.file.FileSystem nioFileSystem) {
        this.mount = mount;
        this.nio = FileSystem.newFileSystem(nioFileSystem);
        this.nioRoot = nioFileSystem.getRootDirectories().iterator().next();
    }

    boolean serves(Path path) {
        return path.startsWith(mount);
    }

    private Path in(Path path) {
        Path relative = mount.relativize(path.toAbsolutePath().normalize());
        Path result = nioRoot;
        for (Path name : relative) {
            if (!name.toString().isEmpty()) {
                result = result.resolve(name.toString());
            }
        }
        return result;
    }

    private Path out(Path nioPath) {
        Path result = mount;
        for (Path name : nioRoot.relativize(nioPath.toAbsolutePath().normalize())) {
            if (!name.toString().isEmpty()) {
                result = result.resolve(name.toString());
            }
        }
        return result;
    }

    private static IOException translated(Path path, IOException e) {
        String message = e.getMessage();
        if (message != null && message.contains("out of disk space")) {
            FileSystemException full = new FileSystemException(path.toString(), null, NO_SPACE);
            full.initCause(e);
            return full;
        }
        return e;
    }

    @Override
    public Path parsePath(URI uri) {
        return Path.of(uri);
    }

    @Override
    public Path parsePath(String path) {
        return Path.of(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        nio.checkAccess(in(path), modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            nio.createDirectory(in(dir), attrs);
        } catch (IOException e) {
            throw translated(dir, e);
        }
    }

    @Override
    public void delete(Path path) throws IOException {
        nio.delete(in(path));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        Path target = in(path);
        SeekableByteChannel channel;
        try {
            channel = nio.newByteChannel(target, options, attrs);
        } catch (IOException e) {
            if (!options.contains(StandardOpenOption.WRITE) && !options.contains(StandardOpenOption.APPEND)
                    && !options.contains(StandardOpenOption.CREATE_NEW) && isDirectory(target)) {
                // os.open() of a directory (shutil.rmtree and os.fwalk work on directory
                // descriptors) succeeds on a host file system; Jimfs refuses to open one. An empty
                // read-only channel stands in, as reading a directory descriptor yields nothing.
                return new ReadOnlyBytesChannel(new byte[0]);
            }
            throw translated(path, e);
        }
        return new SpaceReportingChannel(path, channel);
    }

    private boolean isDirectory(Path nioPath) throws IOException {
        try {
            return Boolean.TRUE.equals(nio.readAttributes(nioPath, "basic:isDirectory").get("isDirectory"));
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        DirectoryStream<Path> stream = nio.newDirectoryStream(in(dir),
                filter == null ? null : entry -> filter.accept(out(entry)));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> names = stream.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Path next() {
                        return out(names.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.toAbsolutePath();
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        return out(nio.toRealPath(in(path), linkOptions));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        Map<String, Object> read = nio.readAttributes(in(path), attributes, options);
        if (!(read.get("ino") instanceof Integer) && !(read.get("mode") instanceof Integer)) {
            return read;
        }
        // Jimfs's unix view differs from the JDK's in two ways GraalPy's os.stat depends on: the
        // inode is an int, not a long, and the mode lacks the file-type bits (S_IFDIR, S_IFREG,
        // S_IFLNK), without which os.path.isdir() is false for every directory.
        Map<String, Object> fixed = new java.util.HashMap<>(read);
        if (read.get("ino") instanceof Integer inode) {
            fixed.put("ino", inode.longValue());
        }
        if (read.get("mode") instanceof Integer mode) {
            Map<String, Object> kind = nio.readAttributes(in(path), "basic:isDirectory,isSymbolicLink", options);
            int type = Boolean.TRUE.equals(kind.get("isSymbolicLink")) ? 0120000
                    : Boolean.TRUE.equals(kind.get("isDirectory")) ? 040000 : 0100000;
            fixed.put("mode", mode | type);
        }
        return fixed;
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        nio.setAttribute(in(path), attribute, value, options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        nio.move(in(source), in(target), options);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        nio.createSymbolicLink(in(link), target.isAbsolute() ? in(target) : nio.parsePath(target.toString()), attrs);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        Path target = nio.readSymbolicLink(in(link));
        return target.isAbsolute() ? out(target) : Path.of(target.toString());
    }

    @Override
    public boolean isSameFile(Path path1, Path path2, LinkOption... options) throws IOException {
        return nio.isSameFile(in(path1), in(path2), options);
    }

    /** Reports a full file system as ENOSPC on every write path of the channel. */
    private static final class SpaceReportingChannel implements SeekableByteChannel {
        private final Path path;
        private final SeekableByteChannel channel;

        SpaceReportingChannel(Path path, SeekableByteChannel channel) {
            this.path = path;
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            try {
                return channel.write(src);
            } catch (IOException e) {
                throw translated(path, e);
            }
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
