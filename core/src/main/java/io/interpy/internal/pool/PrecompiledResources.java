package io.interpy.internal.pool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognises a GraalPy resource directory made for another GraalPy. Truffle loads whatever
 * {@code polyglot.engine.resourcePath} points at without a version check, so a directory left from an
 * older release would run its standard library (and its bytecode) under the new interpreter; the
 * directory {@code io.interpy.tool.GraalPyResources} writes carries the digest of the standard library
 * it was copied from, and a pool refuses to start when that is not the running GraalPy's.
 */
public final class PrecompiledResources {

    /** The file, in the resource directory, holding the digest of the standard library it was made from. */
    public static final String STAMP = "interpy-graalpy-resources.txt";
    private static final String PROPERTY = "polyglot.engine.resourcePath";

    private PrecompiledResources() {
    }

    /** The running GraalPy's standard-library digest, as its python-resources jar gives it. */
    public static String currentStamp() {
        try {
            Class<?> resources = Class.forName("com.oracle.graal.python.resources.PythonResource");
            try (InputStream in = resources.getResourceAsStream("/META-INF/resources/libpython.sha256")) {
                if (in == null) {
                    throw new IllegalStateException("GraalPy's python-resources jar has no libpython.sha256");
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("GraalPy's python-resources jar (org.graalvm.python:python-resources) "
                    + "is not on the class path", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws, naming the property and both digests, when the resource directory in use is another GraalPy's. */
    static void check(String pool) {
        String directory = System.getProperty(PROPERTY);
        if (directory == null) {
            return;
        }
        Path stamp = Path.of(directory, STAMP);
        if (!Files.isRegularFile(stamp)) {
            return; // made some other way (Engine.copyResources): nothing to compare
        }
        try {
            String made = Files.readString(stamp, StandardCharsets.US_ASCII).trim();
            String running = currentStamp();
            if (!made.equals(running)) {
                throw new IllegalStateException("Interpy pool '" + pool + "' cannot start: -D" + PROPERTY + "="
                        + directory + " holds the standard library of another GraalPy (digest " + made
                        + ", running " + running + "); make it again with io.interpy.tool.GraalPyResources");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Interpy pool '" + pool + "': cannot read " + stamp, e);
        }
    }
}
