import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finishes the GraalPy virtual file system (VFS) layout that the build copied to the output
 * directory, writing the two files that tools write in a real build:
 *
 * <ol>
 * <li>{@code RECORD} in each {@code *.dist-info} of {@code venv/lib/python3.12/site-packages},
 * as pip writes it when it installs a wheel: one CSV row {@code path,sha256=<digest>,size} per
 * installed file (the digest is URL-safe base64 without padding), {@code RECORD} itself with
 * empty hash and size, rows sorted by path, lines ending in CRLF;
 * <li>{@code fileslist.txt} at the VFS resource root, as {@code graalpy-maven-plugin}'s
 * {@code process-graalpy-resources} goal writes it (and GraalPy's {@code VirtualFileSystem} reads
 * it): one line per file and directory below the root, the root included, each the resource path
 * with a leading {@code /}, directories with a trailing {@code /}, sorted as Java sorts strings.
 * The plugin lists the tree before it writes the file, so the file does not list itself.
 * </ol>
 *
 * Run by exec-maven-plugin in {@code process-resources}, after the resources were copied, with
 * the JDK that runs Maven ({@code java VfsLayout.java OUTPUT_DIR VFS_ROOT}); it needs nothing
 * but the JDK. The resources plugin has already left out editor and SCM files (its default
 * excludes are the list GraalPy's plugin applies), so everything in the tree is listed.
 */
public class VfsLayout {

    private static final String FILES_LIST = "fileslist.txt";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java VfsLayout.java OUTPUT_DIRECTORY VFS_RESOURCE_ROOT");
        }
        Path resources = Path.of(args[0]).toAbsolutePath().normalize();
        Path vfs = resources.resolve(args[1]).normalize();
        if (!Files.isDirectory(vfs)) {
            throw new IOException("no VFS layout at " + vfs + " (were the resources copied?)");
        }
        Path lib = vfs.resolve("venv/lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> pythons = Files.list(lib)) {
                for (Path sitePackages : pythons.map(p -> p.resolve("site-packages")).filter(Files::isDirectory).toList()) {
                    try (Stream<Path> distInfos = Files.list(sitePackages)) {
                        for (Path distInfo : distInfos.filter(p -> p.getFileName().toString().endsWith(".dist-info")).toList()) {
                            writeRecord(sitePackages, distInfo);
                        }
                    }
                }
            }
        }
        writeFilesList(resources, vfs);
    }

    /** The files a distribution installed: its top-level packages and modules, and its dist-info. */
    private static void writeRecord(Path sitePackages, Path distInfo) throws IOException {
        Path record = distInfo.resolve("RECORD");
        Path topLevel = distInfo.resolve("top_level.txt");
        if (!Files.isRegularFile(topLevel)) {
            throw new IOException(distInfo + " has no top_level.txt: cannot tell which files are the distribution's");
        }
        List<Path> roots = new ArrayList<>();
        roots.add(distInfo);
        for (String name : Files.readAllLines(topLevel, StandardCharsets.UTF_8)) {
            name = name.strip();
            if (name.isEmpty()) {
                continue;
            }
            Path pkg = sitePackages.resolve(name);
            Path module = sitePackages.resolve(name + ".py");
            if (Files.isDirectory(pkg)) {
                roots.add(pkg);
            } else if (Files.isRegularFile(module)) {
                roots.add(module);
            } else {
                throw new IOException(topLevel + " names '" + name + "', which is neither a package nor a module in "
                        + sitePackages);
            }
        }
        TreeMap<String, String> rows = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (file.equals(record)) {
                        continue;
                    }
                    byte[] data = Files.readAllBytes(file);
                    String path = sitePackages.relativize(file).toString().replace('\\', '/');
                    rows.put(path, csv(path) + ",sha256=" + sha256(data) + "," + data.length);
                }
            }
        }
        String recordPath = sitePackages.relativize(record).toString().replace('\\', '/');
        rows.put(recordPath, csv(recordPath) + ",,");
        StringBuilder text = new StringBuilder();
        rows.values().forEach(row -> text.append(row).append("\r\n"));
        Files.writeString(record, text, StandardCharsets.UTF_8);
    }

    private static void writeFilesList(Path resources, Path vfs) throws IOException {
        Path filesList = vfs.resolve(FILES_LIST);
        Files.deleteIfExists(filesList); // left from an earlier build: the plugin's list never names it
        TreeSet<String> entries = new TreeSet<>();
        try (Stream<Path> tree = Files.walk(vfs)) {
            tree.forEach(path -> {
                String entry = "/" + resources.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    entries.add(entry + "/");
                } else if (Files.isRegularFile(path)) {
                    entries.add(entry);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(entry).append('\n'));
        Files.writeString(filesList, text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] data) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV field as Python's csv module writes it by default: quoted only when it must be. */
    private static String csv(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
