package io.interpy.bench;

import io.interpy.InterpreterExecutor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Import of a large package (1,200 modules in 40 subpackages, generated) from a directory root, a
 * jar root and a GraalPy VFS jar root, each in a fresh context: what a new worker pays to import
 * a big library. Uses only the public API, so the same file measures older versions of the core.
 *
 * <p>Run: {@code java -cp <core and its dependencies> ImportTiming.java [rounds]}, or from the
 * benchmarks module with {@code -Pimport-timing} (see benchmarks/README.md).
 */
public final class ImportTiming {

    private static final int PACKAGES = 40;
    private static final int MODULES = 30;

    private ImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("interpy-import-timing");
        Map<String, String> files = bigPackage();
        Path dir = work.resolve("dir");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Path jar = jar(work.resolve("big.jar"), prefixed("bigroot/", files), true);
        Path vfs = jar(work.resolve("vfs.jar"), vfsLayout("GRAALPY-VFS/bench/big", files), false);

        Map<String, String[]> kinds = new LinkedHashMap<>();
        kinds.put("directory", new String[] {dir.toString(), null});
        kinds.put("jar", new String[] {"classpath:bigroot", jar.toString()});
        kinds.put("vfs jar", new String[] {"graalpy-vfs:GRAALPY-VFS/bench/big", vfs.toString()});
        System.out.println("modules: " + (files.size() - 1) + ", rounds: " + rounds + " (first discarded as warm-up)");
        for (int pass = 0; pass < 2; pass++) {
            for (Map.Entry<String, String[]> kind : kinds.entrySet()) {
                String[] root = kind.getValue();
                ClassLoader loader = root[1] == null ? ImportTiming.class.getClassLoader()
                        : new URLClassLoader(new URL[] {Path.of(root[1]).toUri().toURL()}, ImportTiming.class.getClassLoader());
                try (InterpreterExecutor executor = InterpreterExecutor.builder().name("imports").minSize(1).maxSize(1)
                        .maxTasksPerWorker(1).pythonPath(root[0]).classLoader(loader).build()) {
                    List<Double> millis = new ArrayList<>();
                    for (int i = 0; i <= rounds; i++) {
                        long start = System.nanoTime();
                        Object count = executor.call("bigpkg_loader:load", Object.class).get(10, TimeUnit.MINUTES);
                        if (i > 0) {
                            millis.add((System.nanoTime() - start) / 1e6);
                        }
                        if (!Long.valueOf(PACKAGES * (MODULES + 1)).equals(count)) {
                            throw new IllegalStateException("imported " + count + " modules");
                        }
                    }
                    if (pass == 1) {
                        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                        System.out.printf("%-10s median %7.0f ms  min %7.0f ms  max %7.0f ms  %s%n", kind.getKey(),
                                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], Arrays.toString(sorted));
                    }
                } catch (RuntimeException e) {
                    System.out.printf("%-10s not supported: %s%n", kind.getKey(), e.getMessage());
                }
            }
        }
    }

    /** 40 subpackages of 30 modules, each module a few classes and functions importing a sibling. */
    static Map<String, String> bigPackage() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bigpkg_loader.py", """
                import importlib
                import pkgutil


                def load():
                    import bigpkg
                    count = 0
                    for info in pkgutil.walk_packages(bigpkg.__path__, 'bigpkg.'):
                        importlib.import_module(info.name)
                        count += 1
                    return count
                """);
        files.put("bigpkg/__init__.py", "VERSION = '1.0'\n");
        for (int p = 0; p < PACKAGES; p++) {
            files.put("bigpkg/sub" + p + "/__init__.py", "from . import m0\n");
            for (int m = 0; m < MODULES; m++) {
                String sibling = m == 0 ? "" : "from . import m" + (m - 1) + " as previous\n";
                files.put("bigpkg/sub" + p + "/m" + m + ".py", sibling + """
                        import math

                        LIMIT = %d


                        class Shape%d:
                            def __init__(self, size):
                                self.size = size

                            def area(self):
                                return math.pi * self.size ** 2

                            def __repr__(self):
                                return f'Shape%d({self.size})'


                        def scale(values, factor=2):
                            return [v * factor for v in values if v < LIMIT]


                        def describe(shape):
                            return {'kind': type(shape).__name__, 'area': round(shape.area(), 3)}
                        """.formatted(m * 10 + p, m, m));
            }
        }
        return files;
    }

    static Map<String, String> prefixed(String prefix, Map<String, String> files) {
        Map<String, String> result = new LinkedHashMap<>();
        files.forEach((name, content) -> result.put(prefix + name, content));
        return result;
    }

    /** The resource root as GraalPy's plugin writes it: the package in the venv's site-packages and a files list. */
    static Map<String, String> vfsLayout(String root, Map<String, String> files) {
        Map<String, String> all = prefixed("venv/lib/python3.12/site-packages/", files);
        all.put("venv/pyvenv.cfg", "version = 3.12.8\n");
        TreeSet<String> listed = new TreeSet<>();
        for (String name : all.keySet()) {
            String path = "/" + root + "/" + name;
            listed.add(path);
            for (int slash = path.indexOf('/', 1); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                listed.add(path.substring(0, slash + 1));
            }
        }
        all.put("fileslist.txt", String.join("\n", listed) + "\n");
        return prefixed(root + "/", all);
    }

    static Path jar(Path file, Map<String, String> files, boolean directoryEntries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            TreeSet<String> written = new TreeSet<>();
            for (Map.Entry<String, String> entry : files.entrySet()) {
                String name = entry.getKey();
                if (directoryEntries) {
                    for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                        if (written.add(name.substring(0, slash + 1))) {
                            jar.putNextEntry(new JarEntry(name.substring(0, slash + 1)));
                            jar.closeEntry();
                        }
                    }
                }
                jar.putNextEntry(new JarEntry(name));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
