package io.interpy.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The short list of what works on CPython and fails in a worker on purpose or for want of a
 * GraalPy module ({@code expected/by-design.txt}): each entry names the exception the worker must
 * raise, so an entry that starts to work, or fails differently, fails the suite too.
 */
record ByDesign(String item, String exception, String kind, String reason) {

    /** Kinds: what the sandbox denies, what Python 3.12 removed, what GraalPy 25.0.3 lacks or gets wrong. */
    static final String DENIED = "denied";

    static Map<String, ByDesign> load() {
        Map<String, ByDesign> entries = new LinkedHashMap<>();
        try (InputStream in = ByDesign.class.getClassLoader().getResourceAsStream("expected/by-design.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 4);
                if (parts.length != 4) {
                    throw new IllegalStateException("by-design.txt: expected 'item | exception | kind | reason': " + line);
                }
                ByDesign entry = new ByDesign(parts[0].trim(), parts[1].trim(), parts[2].trim(), parts[3].trim());
                if (entries.put(entry.item, entry) != null) {
                    throw new IllegalStateException("by-design.txt lists " + entry.item + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Whether a worker's error is the one this entry documents. */
    boolean matches(String error) {
        if ("differs".equals(exception)) {
            return error.startsWith("differs:");
        }
        if (!error.startsWith(exception + ":")) {
            return false;
        }
        // A sandbox denial must say which setting would allow it.
        return !DENIED.equals(kind) || error.contains("interpy.");
    }

    String note() {
        return kind + ": " + reason;
    }
}
