package io.interpy.internal.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Builds every kind of module root a user may have, each holding the same files, the way the tools
 * that make them would lay them out: a plain directory, a classpath directory, a jar, a jar nested
 * in a Spring Boot jar, a virtual environment, and the resource root GraalPy's build plugins write
 * (with its {@code fileslist.txt} and without directory entries, as a hand-made jar may be).
 */
final class RootLayouts {

    /** A root kind: how to lay out {@code files} (relative to the root) and which python path entry names it. */
    enum Kind {
        DIRECTORY, CLASSPATH_DIRECTORY, JAR, NESTED_BOOT_JAR, VENV, VFS_JAR_SITE_PACKAGES, VFS_JAR_SRC
    }

    /** The python path entry and the class loader to resolve it with. */
    record Layout(String entry, ClassLoader loader) {
    }

    private RootLayouts() {
    }

    static Layout create(Kind kind, Path dir, Map<String, String> files) throws IOException {
        ClassLoader parent = RootLayouts.class.getClassLoader();
        switch (kind) {
            case DIRECTORY -> {
                write(dir.resolve("root"), files);
                return new Layout(dir.resolve("root").toString(), parent);
            }
            case CLASSPATH_DIRECTORY -> {
                write(dir.resolve("classes/loc"), files);
                return new Layout("classpath:loc", loader(parent, dir.resolve("classes").toUri().toURL()));
            }
            case JAR -> {
                Path jar = PythonProbe.jar(dir.resolve("lib.jar"), prefixed("loc/", files), true);
                return new Layout("classpath:loc", loader(parent, jar.toUri().toURL()));
            }
            case NESTED_BOOT_JAR -> {
                Path inner = PythonProbe.jar(dir.resolve("inner.jar"), prefixed("loc/", files), true);
                Path outer = bootJar(dir.resolve("app.jar"), inner);
                org.springframework.boot.loader.net.protocol.Handlers.register();
                URL nested = new URL("jar:nested:" + outer.toAbsolutePath() + "/!BOOT-INF/lib/inner.jar!/");
                return new Layout("classpath:loc", loader(parent, nested));
            }
            case VENV -> {
                Path venv = dir.resolve("venv");
                write(venv.resolve(ModuleRoots.SITE_PACKAGES), files);
                Files.writeString(venv.resolve("pyvenv.cfg"), "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.12.8\n");
                Files.createDirectories(venv.resolve("bin"));
                return new Layout(venv.toString(), parent);
            }
            case VFS_JAR_SITE_PACKAGES -> {
                String root = "GRAALPY-VFS/org.example/mylib";
                Path jar = vfsJar(dir.resolve("vfs.jar"), root, prefixed("venv/" + ModuleRoots.SITE_PACKAGES + "/", files));
                return new Layout("graalpy-vfs:" + root, loader(parent, jar.toUri().toURL()));
            }
            case VFS_JAR_SRC -> {
                Path jar = vfsJar(dir.resolve("vfs.jar"), "org.graalvm.python.vfs", prefixed("src/", files));
                return new Layout("graalpy-vfs:", loader(parent, jar.toUri().toURL()));
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    static Map<String, String> prefixed(String prefix, Map<String, String> files) {
        Map<String, String> result = new LinkedHashMap<>();
        files.forEach((name, content) -> result.put(prefix + name, content));
        return result;
    }

    private static ClassLoader loader(ClassLoader parent, URL url) {
        return new URLClassLoader(new URL[] {url}, parent);
    }

    /**
     * A jar under {@code root} as GraalPy's plugin writes it: the files, a {@code venv/pyvenv.cfg},
     * and {@code fileslist.txt} naming every file and directory, but no directory entries.
     */
    static Path vfsJar(Path jar, String root, Map<String, String> files) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(files);
        all.putIfAbsent("venv/pyvenv.cfg", "home = /graalpy\nversion = 3.12.8\n");
        Set<String> listed = new TreeSet<>();
        for (String name : all.keySet()) {
            String path = "/" + root + "/" + name;
            listed.add(path);
            for (int slash = path.indexOf('/', 1); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                listed.add(path.substring(0, slash + 1));
            }
        }
        all.put("fileslist.txt", String.join("\n", listed) + "\n");
        return PythonProbe.jar(jar, prefixed(root + "/", all), false);
    }

    /** A Spring Boot executable jar holding {@code inner} stored (uncompressed) under BOOT-INF/lib. */
    private static Path bootJar(Path outer, Path inner) throws IOException {
        byte[] bytes = Files.readAllBytes(inner);
        try (OutputStream out = Files.newOutputStream(outer); JarOutputStream jar = new JarOutputStream(out)) {
            for (String dir : List.of("BOOT-INF/", "BOOT-INF/lib/")) {
                jar.putNextEntry(new JarEntry(dir));
                jar.closeEntry();
            }
            JarEntry entry = new JarEntry("BOOT-INF/lib/inner.jar");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            jar.putNextEntry(entry);
            jar.write(bytes);
            jar.closeEntry();
        }
        return outer;
    }
}
