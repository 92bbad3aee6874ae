package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * File attributes of classpath-tree nodes in the form {@code FileSystem.readAttributes} promises
 * ({@code basic:}, {@code posix:} and {@code unix:} views), because GraalPy's {@code os.stat}
 * asks for the unix view (mode, inode, device) and import caching depends on sizes and mtimes.
 * Everything reads as owned by root and not writable by anyone, which is what the tree is.
 */
final class TreeAttributes {

    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("r-xr-xr-x");
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("r--r--r--");
    private static final Owner ROOT = new Owner("root");

    private record Owner(String getName) implements UserPrincipal, GroupPrincipal {
    }

    private TreeAttributes() {
    }

    static Map<String, Object> read(ClasspathTree.Node node, String mount, String relative, String attributes)
            throws IOException {
        int colon = attributes.indexOf(':');
        String view = colon < 0 ? "basic" : attributes.substring(0, colon);
        String names = colon < 0 ? attributes : attributes.substring(colon + 1);
        if (!view.equals("basic") && !view.equals("posix") && !view.equals("unix")) {
            throw new UnsupportedOperationException("attribute view '" + view + "' is not available");
        }
        Map<String, Object> all = all(node, mount, relative, view);
        if (names.equals("*")) {
            return all;
        }
        Map<String, Object> selected = new HashMap<>();
        for (String name : names.split(",")) {
            if (!all.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a " + view + " attribute");
            }
            selected.put(name, all.get(name));
        }
        return selected;
    }

    private static Map<String, Object> all(ClasspathTree.Node node, String mount, String relative, String view)
            throws IOException {
        FileTime time = FileTime.fromMillis(node.modified());
        boolean directory = node.isDirectory();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("lastModifiedTime", time);
        map.put("lastAccessTime", time);
        map.put("creationTime", time);
        map.put("size", directory ? 0L : node.size());
        map.put("isRegularFile", !directory);
        map.put("isDirectory", directory);
        map.put("isSymbolicLink", false);
        map.put("isOther", false);
        long inode = ((long) (mount + "/" + relative).hashCode() & 0xffffffffL) + 1;
        map.put("fileKey", inode);
        if (view.equals("basic")) {
            return map;
        }
        map.put("permissions", directory ? DIRECTORY_PERMISSIONS : FILE_PERMISSIONS);
        map.put("owner", ROOT);
        map.put("group", ROOT);
        if (view.equals("posix")) {
            return map;
        }
        map.put("mode", directory ? 040555 : 0100444);
        map.put("ino", inode);
        map.put("dev", ((long) mount.hashCode() & 0xffffffffL) | 0x100000000L);
        map.put("rdev", 0L);
        map.put("nlink", 1);
        map.put("uid", 0);
        map.put("gid", 0);
        map.put("ctime", time);
        return map;
    }
}
