package io.interpy.internal.sandbox;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
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
import java.util.Set;

import org.graalvm.polyglot.io.FileSystem;

import io.interpy.internal.sandbox.ModuleRoots.ClasspathRoot;

/**
 * One classpath root, served read-only from its in-memory {@link ClasspathTree} at its virtual
 * mount. Only the operations that read are implemented here; {@link ContextFileSystem} wraps it in
 * {@link FileSystem#newReadOnlyFileSystem}, which refuses every write before it reaches this class.
 *
 * <p>The tree is kept rather than the JDK's zip file system because a classpath location may sit
 * in a jar inside a jar (Spring Boot's {@code BOOT-INF/lib}), which the zip provider cannot open
 * in place, and because serving bytes already in memory is what makes an import from a jar as
 * fast as one from a directory (figures in the README).
 */
final class ClasspathTreeFileSystem implements FileSystem {

    private final ClasspathRoot root;

    ClasspathTreeFileSystem(ClasspathRoot root) {
        this.root = root;
    }

    /** The paths this file system answers for: the mount and everything below it. */
    boolean serves(Path path) {
        return path.startsWith(root.mount());
    }

    private ClasspathTree.Node node(Path path) throws NoSuchFileException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root.mount())) {
            throw new NoSuchFileException(path.toString());
        }
        String relative = root.mount().relativize(absolute).toString().replace('\\', '/');
        ClasspathTree.Node node = root.tree().find(relative);
        if (node == null) {
            throw new NoSuchFileException(path.toString());
        }
        return node;
    }

    private String relative(Path path) {
        return root.mount().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
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
        node(path);
        if (modes.contains(AccessMode.WRITE)) {
            throw new AccessDeniedException(path.toString(), null, "classpath module roots are read-only");
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new AccessDeniedException(dir.toString(), null, "classpath module roots are read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new AccessDeniedException(path.toString(), null, "classpath module roots are read-only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
            throw new AccessDeniedException(path.toString(), null, "classpath module roots are read-only");
        }
        ClasspathTree.Node node = node(path);
        if (node.isDirectory()) {
            throw new AccessDeniedException(path.toString(), null, "is a directory");
        }
        return new ReadOnlyBytesChannel(node.read());
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        ClasspathTree.Node node = node(dir);
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

    @Override
    public Path toAbsolutePath(Path path) {
        return path.toAbsolutePath();
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        node(path);
        return path.toAbsolutePath().normalize();
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return TreeAttributes.read(node(path), root.mount().toString(), relative(path), attributes);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        node(link);
        throw new NotLinkException(link.toString());
    }
}
