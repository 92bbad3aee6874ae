package io.interpy.compat;

import java.util.List;

/**
 * The properties Unicode itself changed between CPython 3.11's Unicode 14.0.0 and a worker's 16.0.0
 * (GraalPy 25.0.3's ICU4J) for code points both have: there a worker rightly answers differently.
 * Those of category, bidirectional and mirrored were checked against the JDK 25's own Unicode 16.0
 * tables (java.lang.Character), which agree with ICU's.
 */
final class UnicodeChanges {

    record Change(String property, int first, int last, String cpython, String worker, String reason) {

        boolean covers(String property, int cp, String cpython, String worker) {
            return this.property.equals(property) && cp >= first && cp <= last && this.cpython.equals(cpython)
                    && this.worker.equals(worker);
        }
    }

    private static final String AHOM = "Unicode 16.0: U+1171E AHOM CONSONANT SIGN MEDIAL RA became a spacing mark";
    private static final String NABLA = "Unicode 16.0: the mathematical nablas became Other Neutral, as U+2207 NABLA"
            + " and the partial differentials are";
    private static final String WIDE = "Unicode 16.0 (UAX #11): the Yijing trigram, digram and hexagram, Tai Xuan"
            + " Jing and counting rod symbols became Wide";
    private static final String UNIHAN = "Unicode 15.1/16.0 Unihan: numeric values (kOtherNumeric, kPrimaryNumeric)"
            + " added to these ideographs, and U+5146's primary value is now 10^6 (ICU's data; the JDK has no Unihan"
            + " values to compare)";

    static final List<Change> CHANGES = List.of(
            new Change("category", 0x1171E, 0x1171E, "Mn", "Mc", AHOM),
            new Change("bidirectional", 0x1171E, 0x1171E, "NSM", "L", AHOM),
            new Change("bidirectional", 0x1D6C1, 0x1D6C1, "L", "ON", NABLA),
            new Change("bidirectional", 0x1D6FB, 0x1D6FB, "L", "ON", NABLA),
            new Change("bidirectional", 0x1D735, 0x1D735, "L", "ON", NABLA),
            new Change("bidirectional", 0x1D76F, 0x1D76F, "L", "ON", NABLA),
            new Change("bidirectional", 0x1D7A9, 0x1D7A9, "L", "ON", NABLA),
            new Change("mirrored", 0x226D, 0x226D, "0", "1",
                    "Unicode 16.0: U+226D NOT EQUIVALENT TO became Bidi_Mirrored (its stroke is not symmetric)"),
            new Change("east_asian_width", 0x2630, 0x2637, "N", "W", WIDE),
            new Change("east_asian_width", 0x268A, 0x268F, "N", "W", WIDE),
            new Change("east_asian_width", 0x4DC0, 0x4DFF, "N", "W", WIDE),
            new Change("east_asian_width", 0x1D300, 0x1D356, "N", "W", WIDE),
            new Change("east_asian_width", 0x1D360, 0x1D376, "N", "W", WIDE),
            new Change("numeric", 0x4E24, 0x4E24, "-", "2.0", UNIHAN),
            new Change("numeric", 0x4EAC, 0x4EAC, "-", "1e+16", UNIHAN),
            new Change("numeric", 0x4FE9, 0x4FE9, "-", "2.0", UNIHAN),
            new Change("numeric", 0x5006, 0x5006, "-", "2.0", UNIHAN),
            new Change("numeric", 0x5146, 0x5146, "1000000000000.0", "1000000.0", UNIHAN),
            new Change("numeric", 0x62D0, 0x62D0, "-", "7.0", UNIHAN),
            new Change("numeric", 0x6D1E, 0x6D1E, "-", "0.0", UNIHAN),
            new Change("numeric", 0x7695, 0x7695, "-", "200.0", UNIHAN),
            new Change("numeric", 0x79ED, 0x79ED, "-", "1000000000.0", UNIHAN),
            new Change("numeric", 0x920E, 0x920E, "-", "9.0", UNIHAN),
            new Change("numeric", 0x94A9, 0x94A9, "-", "9.0", UNIHAN));

    private UnicodeChanges() {
    }

    /** The change that explains this difference, or null. */
    static Change explaining(String property, int cp, String cpython, String worker) {
        for (Change change : CHANGES) {
            if (change.covers(property, cp, cpython, worker)) {
                return change;
            }
        }
        return null;
    }
}
