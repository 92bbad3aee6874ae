package io.interpy.internal.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.graalvm.shadowed.com.ibm.icu.lang.UCharacter;
import org.graalvm.shadowed.com.ibm.icu.lang.UCharacterCategory;
import org.graalvm.shadowed.com.ibm.icu.lang.UProperty;
import org.graalvm.shadowed.com.ibm.icu.text.Normalizer2;
import org.graalvm.shadowed.com.ibm.icu.util.VersionInfo;

/**
 * Character properties for the worker's {@code unicodedata} that GraalPy 25.0.3 answers only from its
 * C module (combining class, East Asian width, mirroring, decomposition, numeric values), read from
 * the ICU4J that GraalPy itself ships, so they come from the same Unicode version as GraalPy's own
 * {@code category}, {@code bidirectional} and {@code normalize}.
 *
 * <p>A property that text-processing code asks for per character (column widths in docutils and
 * wcwidth) goes to Python once, as runs of equal values over all code points, computed once per JVM:
 * a lookup in Python is then cheaper than a call through a proxy per character. Values are given as
 * CPython's {@code unicodedata} spells them, including for unassigned code points, which CPython
 * answers from an empty record (bidirectional {@code ''}, East Asian width {@code 'F'}).
 */
final class UnicodeProperties {

    private static final Map<String, List<Object>> RUNS = new ConcurrentHashMap<>();
    private static final int LAST = 0x10FFFF;
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final VersionInfo UNICODE_3_2 = VersionInfo.getInstance(3, 2);

    private UnicodeProperties() {
    }

    /**
     * The bridge's one entry: {@code ("version")}, {@code ("runs", property)}, {@code ("numbers")},
     * {@code ("decomposition", code point)}.
     */
    static List<Object> answer(org.graalvm.polyglot.Value[] args) {
        return switch (args[0].asString()) {
            case "version" -> List.of(version());
            case "runs" -> runs(args[1].asString());
            case "numbers" -> numbers();
            case "decomposition" -> List.of(decomposition(args[1].asInt()));
            default -> throw new IllegalArgumentException("no such question: " + args[0]);
        };
    }

    /** The Unicode version of these answers, as unicodedata.unidata_version spells it ({@code 16.0.0}). */
    static String version() {
        VersionInfo v = UCharacter.getUnicodeVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMilli();
    }

    /**
     * Runs of one property over all code points, flat: start, value, start, value... (each value
     * holds up to the next start). Properties: category, bidirectional, combining, mirrored,
     * east_asian_width, and assigned_3_2 (whether Unicode 3.2 had the code point, for ucd_3_2_0).
     */
    static List<Object> runs(String property) {
        List<Object> runs = RUNS.get(property);
        if (runs == null) {
            runs = List.copyOf(compute(valueOf(property)));
            RUNS.putIfAbsent(property, runs);
        }
        return runs;
    }

    private static IntFunction<Object> valueOf(String property) {
        return switch (property) {
            case "category" -> cp -> UCharacter.getPropertyValueName(UProperty.GENERAL_CATEGORY, UCharacter.getType(cp),
                    UProperty.NameChoice.SHORT);
            case "bidirectional" -> cp -> unassigned(cp) ? "" : UCharacter.getPropertyValueName(UProperty.BIDI_CLASS,
                    UCharacter.getIntPropertyValue(cp, UProperty.BIDI_CLASS), UProperty.NameChoice.SHORT);
            case "combining" -> UCharacter::getCombiningClass;
            case "mirrored" -> cp -> UCharacter.hasBinaryProperty(cp, UProperty.BIDI_MIRRORED) ? 1 : 0;
            case "east_asian_width" -> cp -> unassigned(cp) ? "F" : UCharacter.getPropertyValueName(
                    UProperty.EAST_ASIAN_WIDTH, UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH),
                    UProperty.NameChoice.SHORT);
            case "assigned_3_2" -> cp -> !unassigned(cp) && UCharacter.getAge(cp).compareTo(UNICODE_3_2) <= 0 ? 1 : 0;
            default -> throw new IllegalArgumentException("no such property: " + property);
        };
    }

    private static boolean unassigned(int cp) {
        return UCharacter.getType(cp) == UCharacterCategory.UNASSIGNED;
    }

    private static List<Object> compute(IntFunction<Object> value) {
        List<Object> runs = new ArrayList<>();
        Object previous = null;
        for (int cp = 0; cp <= LAST; cp++) {
            Object v = value.apply(cp);
            if (!v.equals(previous)) {
                runs.add(cp);
                runs.add(v);
                previous = v;
            }
        }
        return runs;
    }

    /**
     * The code points with a numeric value, flat: code point, kind (1 decimal, 2 digit, 3 numeric
     * only), value. CPython's decimal() answers kind 1, digit() kinds 1 and 2, numeric() all.
     */
    static List<Object> numbers() {
        List<Object> numbers = RUNS.get("numbers");
        if (numbers == null) {
            List<Object> all = new ArrayList<>();
            for (int cp = 0; cp <= LAST; cp++) {
                int kind = UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE);
                if (kind != UCharacter.NumericType.NONE) {
                    all.add(cp);
                    all.add(kind);
                    all.add(UCharacter.getUnicodeNumericValue(cp));
                }
            }
            numbers = List.copyOf(all);
            RUNS.putIfAbsent("numbers", numbers);
        }
        return numbers;
    }

    /**
     * The character's decomposition mapping as UnicodeData.txt gives it and CPython's decomposition()
     * answers: a compatibility tag ({@code <compat>}, {@code <font>}...) unless canonical, then the
     * code points as 4+ uppercase hex digits; empty if none (also for Hangul syllables, whose
     * decomposition is arithmetic and not listed).
     */
    static String decomposition(int cp) {
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            return "";
        }
        String raw = Normalizer2.getNFKDInstance().getRawDecomposition(cp);
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
        if (type != UCharacter.DecompositionType.CANONICAL) {
            String tag = UCharacter.getPropertyValueName(UProperty.DECOMPOSITION_TYPE, type, UProperty.NameChoice.LONG);
            tag = tag.toLowerCase(java.util.Locale.ROOT);
            out.append('<').append(tag.equals("nobreak") ? "noBreak" : tag).append('>');
        }
        raw.codePoints().forEach(c -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(String.format("%04X", c));
        });
        return out.toString();
    }
}
