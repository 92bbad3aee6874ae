package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The host paths a site directory's {@code .pth} files name, read as Python's {@code site} reads
 * them, so the sandbox can let Python read what {@code site.addsitedir} will put on
 * {@code sys.path}. {@code pip install -e} of a package under development writes either a plain
 * path line naming the project's source directory, or (setuptools 64 and later) an {@code import}
 * line installing a finder module whose {@code MAPPING} and {@code NAMESPACES} name the package
 * directories; both are read here.
 *
 * <p>The rules follow CPython 3.12's {@code site.addsitedir} / {@code addpackage}: files named
 * {@code *.pth} not starting with a dot, in sorted order; the content decoded as UTF-8 (a BOM
 * dropped) and split as {@code str.splitlines} splits; lines starting with {@code #} and blank lines
 * skipped; {@code import} lines executed (by site, in the worker: here only an editable finder they
 * import is read); any other line, right-stripped, joined to the site directory and normalized
 * lexically ({@code os.path.abspath}), kept only if it exists. What {@code site} would skip (an
 * unreadable file, a line naming nothing) is skipped here too, silently, as site skips it.
 */
final class PthPaths {

    /** The module setuptools' editable install writes beside its .pth: {@code __editable___<name>_finder}. */
    private static final Pattern EDITABLE_FINDER = Pattern.compile("\\b(__editable___\\w*finder)\\b");

    /** The finder's tables, one line each: {@code MAPPING = {...}} or {@code MAPPING: dict[str, str] = {...}}. */
    private static final Pattern FINDER_TABLE = Pattern.compile("^(MAPPING|NAMESPACES)\\s*(:[^=]*)?=(.*)$",
            Pattern.MULTILINE);

    /** The separators {@code str.splitlines} splits at, besides \r\n taken as one. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]");

    /**
     * A host path outside the directory roots that a root's {@code .pth} file names (a package
     * under development, installed with {@code pip install -e}): {@code path} as {@code site}
     * puts it on {@code sys.path}, {@code real} its location with links resolved.
     */
    record Named(String entry, Path path, Path real) {
    }

    private PthPaths() {
    }

    /**
     * The paths outside every directory root that the roots' .pth files name. Only host directory
     * roots count: the user chose that environment, while a path a jar's .pth names is the build
     * machine's, and opening a host path because a library's jar names it would let any
     * dependency widen the sandbox. A path reached by a link is kept under both its names, as
     * Python reaches it by the one and the sandbox checks the other.
     */
    static List<Named> outsideRoots(List<ModuleRoots.DirectoryRoot> directories, List<String> sites) {
        List<Named> named = new ArrayList<>();
        List<Path> served = new ArrayList<>(directories.stream().map(ModuleRoots.DirectoryRoot::directory).toList());
        for (ModuleRoots.DirectoryRoot root : directories) {
            if (!sites.contains(root.directory().toString())) {
                continue;
            }
            for (Path path : named(root.directory())) {
                Path real;
                try {
                    real = path.toRealPath();
                } catch (IOException e) {
                    continue; // gone since it was read: site will skip it too
                }
                if (!startsWithAny(path, served) || !startsWithAny(real, served)) {
                    named.add(new Named(root.entry(), path, real));
                    served.add(real);
                    served.add(path);
                }
            }
        }
        return List.copyOf(named);
    }

    private static boolean startsWithAny(Path path, List<Path> directories) {
        return directories.stream().anyMatch(path::startsWith);
    }

    /**
     * The existing paths {@code siteDir}'s .pth files name, as {@code site} writes them on
     * {@code sys.path} (lexically normalized, links not resolved), each once, in the order site
     * reads them, an editable finder's package directories where its {@code import} line stands.
     * {@code siteDir} is a real path; a .pth file or finder whose real location lies outside it
     * is not read, as the sandbox would not let Python read it either.
     */
    static List<Path> named(Path siteDir) {
        Set<Path> named = new LinkedHashSet<>();
        for (Path pth : pthFiles(siteDir)) {
            String text = readConfined(siteDir, pth);
            if (text == null) {
                continue;
            }
            for (String line : LINE_BREAK.split(text, -1)) {
                if (line.startsWith("#") || isBlank(line)) {
                    continue;
                }
                if (line.startsWith("import ") || line.startsWith("import\t")) {
                    Set<String> finders = new LinkedHashSet<>();
                    for (Matcher finder = EDITABLE_FINDER.matcher(line); finder.find(); ) {
                        finders.add(finder.group(1));
                    }
                    finders.forEach(module -> named.addAll(finderPaths(siteDir, module)));
                    continue;
                }
                Path path = existing(siteDir, stripTrailing(line));
                if (path != null) {
                    named.add(path);
                }
            }
        }
        return List.copyOf(named);
    }

    private static List<Path> pthFiles(Path siteDir) {
        try (Stream<Path> files = Files.list(siteDir)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".pth") && !name.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of(); // site skips a directory it cannot list
        }
    }

    /** The file as text, or null where site would skip it (unreadable, or outside the site directory). */
    private static String readConfined(Path siteDir, Path file) {
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(siteDir)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // site falls back to the locale's encoding, UTF-8 in a worker, and fails the same way:
            // the worker's start reports it, with nothing mounted for it here.
            return null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** {@code os.path.abspath(os.path.join(siteDir, line))} if it exists (links followed), else null. */
    private static Path existing(Path siteDir, String line) {
        try {
            Path path = siteDir.resolve(line).normalize();
            return Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null; // a NUL byte: os.path.exists is false for it
        }
    }

    /**
     * The paths an editable finder's {@code MAPPING} (package to directory, or to a module's path
     * without its {@code .py}) and {@code NAMESPACES} (package to directories) name, each as the
     * existing directory or module file the finder will read.
     */
    private static List<Path> finderPaths(Path siteDir, String module) {
        String source = readConfined(siteDir, siteDir.resolve(module + ".py"));
        if (source == null) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        Matcher table = FINDER_TABLE.matcher(source);
        while (table.find()) {
            for (String literal : stringLiterals(table.group(3))) {
                if (!literal.startsWith("/")) {
                    continue; // a package name
                }
                Path path = existing(siteDir, literal);
                if (path == null) {
                    path = existing(siteDir, literal + ".py");
                }
                if (path != null) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /** The string literals in a line of {@code repr()} output: quoted, with repr's backslash escapes. */
    static List<String> stringLiterals(String code) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char quote = code.charAt(i++);
            if (quote != '\'' && quote != '"') {
                continue;
            }
            StringBuilder value = new StringBuilder();
            while (i < code.length() && code.charAt(i) != quote) {
                char c = code.charAt(i++);
                if (c != '\\' || i >= code.length()) {
                    value.append(c);
                    continue;
                }
                char escape = code.charAt(i++);
                int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
                if (digits > 0 && i + digits <= code.length() && appendCodePoint(value, code.substring(i, i + digits))) {
                    i += digits;
                } else {
                    value.append(switch (escape) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> escape;
                    });
                }
            }
            i++; // the closing quote
            literals.add(value.toString());
        }
        return literals;
    }

    private static boolean appendCodePoint(StringBuilder value, String hex) {
        try {
            value.appendCodePoint(Integer.parseInt(hex, 16));
            return true;
        } catch (IllegalArgumentException notACodePoint) {
            return false; // NumberFormatException included: kept as written
        }
    }

    /** {@code str.isspace} for one character: Java's whitespace plus the no-break spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static boolean isBlank(String line) {
        return line.chars().allMatch(c -> isSpace((char) c));
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }
}
