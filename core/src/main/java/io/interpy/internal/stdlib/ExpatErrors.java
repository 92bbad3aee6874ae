package io.interpy.internal.stdlib;

/**
 * Expat's error code for a message of the JDK's XML parser, so Python code that tests
 * {@code ExpatError.code} (ElementTree's {@code ParseError.code}, xml.sax's messages) sees the
 * codes expat would report. The JDK reports messages, not codes; the parser is asked for
 * English ones, and anything not recognised is expat's catch-all "not well-formed".
 */
final class ExpatErrors {

    static final int UNEXPECTED_STATE = 23;
    static final int SYNTAX = 2;
    static final int NO_ELEMENTS = 3;
    static final int INVALID_TOKEN = 4;
    static final int UNCLOSED_TOKEN = 5;
    static final int TAG_MISMATCH = 7;
    static final int DUPLICATE_ATTRIBUTE = 8;
    static final int JUNK_AFTER_DOC_ELEMENT = 9;
    static final int UNDEFINED_ENTITY = 11;
    static final int RECURSIVE_ENTITY_REF = 12;
    static final int BAD_CHAR_REF = 14;
    static final int MISPLACED_XML_PI = 17;
    static final int UNKNOWN_ENCODING = 18;
    static final int UNCLOSED_CDATA_SECTION = 20;
    static final int UNBOUND_PREFIX = 27;
    static final int XML_DECL = 30;
    static final int AMPLIFICATION_LIMIT_BREACH = 43;

    private ExpatErrors() {
    }

    static int code(String message) {
        if (message == null) {
            return INVALID_TOKEN;
        }
        String m = message;
        if (m.contains("must be terminated by the matching end-tag")) {
            return TAG_MISMATCH;
        }
        if (m.contains("must start and end within the same entity") || m.startsWith("Premature end of file")) {
            return NO_ELEMENTS;
        }
        if (m.contains("Content is not allowed in prolog")) {
            return SYNTAX;
        }
        if (m.contains("following the root element") || m.contains("not allowed in trailing section")) {
            return JUNK_AFTER_DOC_ELEMENT;
        }
        if (m.contains("was already specified for element")) {
            return DUPLICATE_ATTRIBUTE;
        }
        if (m.contains("was referenced, but not declared")) {
            return UNDEFINED_ENTITY;
        }
        if (m.contains("is not bound")) {
            return UNBOUND_PREFIX;
        }
        if (m.contains("recursive entity reference")) {
            return RECURSIVE_ENTITY_REF;
        }
        if (m.contains("JAXP0001") || m.contains("entity expansion") || m.contains("entity expansions")) {
            return AMPLIFICATION_LIMIT_BREACH;
        }
        if (m.contains("character reference") || m.contains("Character reference")) {
            return BAD_CHAR_REF;
        }
        if (m.contains("[xX][mM][lL]")) {
            return MISPLACED_XML_PI;
        }
        if (m.contains("CDATA section")) {
            return UNCLOSED_CDATA_SECTION;
        }
        if (m.contains("encoding") && (m.contains("Invalid") || m.contains("not supported"))) {
            return UNKNOWN_ENCODING;
        }
        if (m.contains("XML declaration") || m.contains("version is required")) {
            return XML_DECL;
        }
        if (m.contains("must be followed by") && m.contains("attribute")) {
            return UNCLOSED_TOKEN;
        }
        return INVALID_TOKEN;
    }

    /**
     * The column, counted from 1, at which expat reports an error the JDK reports at the end of
     * the offending markup: expat points at the token that is wrong (the repeated attribute's
     * name, the undefined entity's {@code &}), which code showing the error position relies on.
     * Other errors keep the JDK's column.
     */
    static int column(int code, String message, String document, int line, int column) {
        String name = quoted(message);
        if (name == null || line < 1 || column < 1 || (code != DUPLICATE_ATTRIBUTE && code != UNDEFINED_ENTITY)) {
            return column;
        }
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = document.indexOf('\n', start) + 1;
            if (start == 0) {
                return column;
            }
        }
        int end = Math.min(document.length(), start + column - 1);
        String before = document.substring(start, end);
        int found;
        if (code == UNDEFINED_ENTITY) {
            found = before.lastIndexOf("&" + name + ";");
        } else {
            found = -1;
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(?<=\\s)" + java.util.regex.Pattern.quote(name) + "\\s*=").matcher(before);
            while (m.find()) {
                found = m.start();
            }
        }
        return found < 0 ? column : found + 1;
    }

    /** The first name in double quotes in a JDK parser message ("Attribute "x" was already specified ..."). */
    private static String quoted(String message) {
        if (message == null) {
            return null;
        }
        int open = message.indexOf('"');
        int close = open < 0 ? -1 : message.indexOf('"', open + 1);
        return close < 0 ? null : message.substring(open + 1, close);
    }
}
