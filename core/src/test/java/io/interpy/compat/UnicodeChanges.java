package io.interpy.compat;

/** Placeholder. */
final class UnicodeChanges {
    static String reason(String property, int cp, String cpython, String worker) {
        return null;
    }

    static int count() {
        return 0;
    }
}
