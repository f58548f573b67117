package dev.reelrank.model;

import java.util.Locale;

/**
 * The one rule for the characters a name may hold, kept here so that the project reader, the
 * battle CSV reader and the window's editors agree: no control character (C0 including tab, CR
 * and LF; DEL; C1), no bidirectional formatting character (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) and no lone surrogate. An ESC can recolour, move or clear a
 * terminal; a bidi override shows a name reordered (a file named {@code gpj.exe} read as
 * {@code exe.jpg}); a lone surrogate does not survive UTF-8. Longer texts (notes, sources) may
 * also hold tab and line breaks, and nothing else of these.
 */
public final class SafeText {
    private SafeText() {}

    /** Whether a name may not hold this character. */
    public static boolean unsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c);
    }

    /** The index of the first character a name may not hold, or -1. */
    public static int firstUnsafe(String name) {
        return firstUnsafe(name, false);
    }

    /**
     * The index of the first character a name (or, with {@code lineBreaks}, a longer text that may
     * hold tab, CR and LF) may not hold, or -1. A surrogate is fine as half of a pair.
     */
    public static int firstUnsafe(String text, boolean lineBreaks) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (lineBreaks && (c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What is wrong with a name, e.g. "holds U+001B (a control character) at character 4; names
     * may not hold control characters, bidirectional formatting or lone surrogates", or null.
     */
    public static LocalText problem(String name) {
        return problem(name, false);
    }

    /** As {@link #problem(String)}, for a text that may hold tab and line breaks when {@code lineBreaks}. */
    public static LocalText problem(String text, boolean lineBreaks) {
        int at = firstUnsafe(text, lineBreaks);
        if (at < 0) {
            return null;
        }
        char c = text.charAt(at);
        String kind = Character.isSurrogate(c)
                ? "value.unsafe.surrogate"
                : Character.getType(c) == Character.CONTROL ? "value.unsafe.control" : "value.unsafe.bidi";
        return LocalText.of(kind, code(c), at + 1);
    }

    /**
     * The text as it may be shown on a terminal or in a log line: every character a name may not
     * hold is written as its code point in angle brackets ({@code <U+001B>}); line breaks too,
     * unless {@code lineBreaks}.
     */
    public static String shown(String text, boolean lineBreaks) {
        if (firstUnsafe(text, lineBreaks) < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                shown.append(c).append(text.charAt(++i));
            } else if (unsafe(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                shown.append('<').append(code(c)).append('>');
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static String code(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
