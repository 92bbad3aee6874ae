package io.interpy.internal.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The Java side of the standard-library modules a sandboxed worker gets in place of GraalPy
 * 25.0.3's C modules ({@code pyexpat} on the JDK's XML parser, {@code _bz2} on Commons Compress,
 * and {@code grp}, which GraalPy lacks, in pure Python), and what the mends of GraalPy's modules ask
 * Java for ({@code unicodedata}'s character properties from GraalPy's own ICU4J).
 *
 * <p>Handed to the worker as polyglot proxies, which a context may call without host access:
 * Python sees a few functions taking and returning strings, numbers and flat lists, never a Java
 * object, and nothing here reads a file, the network or the environment. The modules' Python
 * halves are sources next to this class, compiled in a worker only when it first imports them.
 */
public final class StandardLibraryBridges {

    /** Module name to the resource holding its Python half. */
    private static final Map<String, String> SOURCES = Map.of(
            "pyexpat", "interpy_pyexpat.py",
            "_bz2", "interpy_bz2.py",
            "grp", "interpy_grp.py");

    /**
     * Module name to the resource holding the mend applied right after GraalPy's module is imported
     * (at once if the worker has already imported it), in every worker: what GraalPy 25.0.3 gets
     * wrong or lacks whatever the sandbox allows. Each resource defines {@code patch(module)}.
     */
    private static final Map<String, String> MENDS = Map.ofEntries(
            Map.entry("builtins", "interpy_builtins.py"),
            Map.entry("sys", "interpy_sys.py"),
            Map.entry("time", "interpy_time.py"),
            Map.entry("codecs", "interpy_codecs.py"),
            Map.entry("math", "interpy_math.py"),
            Map.entry("binascii", "interpy_binascii.py"),
            Map.entry("unicodedata", "interpy_unicodedata.py"),
            Map.entry("hashlib", "interpy_hashlib.py"),
            Map.entry("json.scanner", "interpy_json.py"),
            Map.entry("json.encoder", "interpy_json.py"),
            // Not a module: compiles source modules that have except* clauses (interpy_prepare.py).
            Map.entry("except*", "interpy_except_star.py"));

    /** Mends of GraalPy's Java stand-ins for C modules: a worker with native access loads the C modules instead. */
    private static final Map<String, String> SANDBOX_MENDS = Map.of(
            "_lzma", "interpy_lzma.py",
            "zlib", "interpy_zlib.py",
            "xml.etree.ElementTree", "interpy_elementtree.py");

    private static final Map<String, String> TEXTS = load(SOURCES);
    private static final Map<String, String> MEND_TEXTS = load(merged(MENDS, SANDBOX_MENDS));

    private StandardLibraryBridges() {
    }

    /**
     * The object the worker's prepare step installs the modules and mends from; with native
     * access it offers only the mends every worker needs, and {@code sandboxed} is false.
     */
    public static Object forWorker(boolean nativeAccess) {
        return nativeAccess ? NATIVE : SANDBOXED;
    }

    private static final Object SANDBOXED = bridges(true, List.copyOf(SOURCES.keySet()),
            List.copyOf(merged(MENDS, SANDBOX_MENDS).keySet()));
    private static final Object NATIVE = bridges(false, List.of(), List.copyOf(MENDS.keySet()));

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return Map.copyOf(all);
    }

    private static Object bridges(boolean sandboxed, List<String> modules, List<String> mends) {
        Map<String, Object> all = new java.util.HashMap<>(Map.of(
            "sandboxed", sandboxed,
            "modules", ProxyArray.fromList(List.<Object>copyOf(modules)),
            "mends", ProxyArray.fromList(List.<Object>copyOf(mends)),
            "source", (ProxyExecutable) args -> TEXTS.get(args[0].asString()),
            "mend_source", (ProxyExecutable) args -> MEND_TEXTS.get(args[0].asString()),
            "xml_parse", guarded(args -> XmlEvents.parse(args[0].asString(), text(args[1]), text(args[2]),
                    args[3].asBoolean(), args.length > 4 && args[4].asBoolean()), "!", 1, 0, ExpatErrors.UNEXPECTED_STATE),
            "bz2_compress", guarded(args -> List.of("done", Bz2Codec.compress(args[0].asString(), args[1].asInt())),
                    "error"),
            "bz2_decompress", guarded(args -> Bz2Codec.decompress(args[0].asString(), args[1].asInt()), "error"),
            "blake2", guarded(args -> List.of("done", Digests.blake2(args[0].asBoolean(), args[1].asInt(),
                    args[2].asString(), args[3].asString(), args[4].asString(), args[5].asString())), "error"),
            "shake", guarded(args -> List.of("done", Digests.shake(args[0].asInt(), args[1].asString(),
                    args[2].asInt())), "error")));
        all.put("unicodedata", guarded(UnicodeProperties::answer, "error"));
        all.put("lzma_raw_compress", guarded(args -> List.of("done", LzmaRaw.compress(numbers(args[0]),
                args[1].asString())), "error"));
        all.put("lzma_raw_decompress", guarded(args -> LzmaRaw.decompress(numbers(args[0]), args[1].asString()),
                "error"));
        return ProxyObject.fromMap(all);
    }

    private static List<Number> numbers(Value list) {
        List<Number> numbers = new java.util.ArrayList<>();
        for (long i = 0; i < list.getArraySize(); i++) {
            numbers.add(list.getArrayElement(i).asLong());
        }
        return numbers;
    }

    /**
     * A proxy that answers a Java failure as a value the Python half raises as an ordinary
     * exception: an exception thrown through a proxy reaches Python as a foreign object that
     * {@code except Exception} does not catch.
     */
    private static ProxyExecutable guarded(java.util.function.Function<Value[], List<Object>> call, Object... errorHead) {
        return args -> {
            try {
                return ProxyArray.fromList(call.apply(args));
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                List<Object> error = new java.util.ArrayList<>(List.of(errorHead));
                error.add("Interpy's Java implementation failed: " + e);
                return ProxyArray.fromList(error);
            }
        };
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static Map<String, String> load(Map<String, String> resources) {
        java.util.HashMap<String, String> texts = new java.util.HashMap<>();
        resources.forEach((module, resource) -> {
            try (InputStream in = StandardLibraryBridges.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the Interpy jar");
                }
                texts.put(module, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Map.copyOf(texts);
    }
}
