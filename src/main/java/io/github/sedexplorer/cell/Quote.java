package io.github.sedexplorer.cell;

/**
 * Input text quoted in a message: short, and harmless on a terminal. A token is cut to {@link #MAX}
 * characters with an ellipsis (a 200 MB line must not become a 200 MB message), and control characters
 * (C0, DEL, C1 such as CSI, and the bidirectional overrides that can reorder a line) are written as
 * {@code \u001b}-style escapes, so an ESC sequence in a column name or an input line never reaches a
 * terminal raw.
 */
public final class Quote {

    /** The most characters of a token a message quotes, the ellipsis included. */
    public static final int MAX = 80;

    private Quote() {
    }

    /** The token cut to {@link #MAX} characters (ending in "…" when cut) and escaped. */
    public static String token(String s) {
        return token(s, MAX);
    }

    /** The token cut to {@code max} characters (ending in "…" when cut) and escaped. */
    public static String token(String s, int max) {
        if (s == null) {
            return "null";
        }
        if (s.length() <= max) {
            return escape(s, false);
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return escape(s.substring(0, end), false) + "…";
    }

    /** The token in single quotes: {@code 'abc'}, cut and escaped as {@link #token(String)}. */
    public static String quoted(String s) {
        return "'" + token(s) + "'";
    }

    /** A whole message or printed line: every control character escaped but line breaks and tabs. */
    public static String safe(String s) {
        return s == null ? "null" : escape(s, true);
    }

    /** True for the characters {@link #safe} escapes (line breaks and tabs aside). */
    public static boolean isControl(int c) {
        if (c < 0x7f) { // ASCII first: nearly every character the command line writes or reads
            return c < 0x20;
        }
        return c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    private static String escape(String s, boolean keepLines) {
        int i = 0;
        int n = s.length();
        while (i < n && !needsEscape(s, i, keepLines)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (needsEscape(s, i, keepLines)) {
                sb.append(escaped(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(String s, int i, boolean keepLines) {
        char c = s.charAt(i);
        if (!isControl(c)) {
            return false;
        }
        if (keepLines && (c == '\n' || c == '\t')) {
            return false;
        }
        return !(keepLines && c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n');
    }

    /** One character as an escape: {@code \n}, {@code \t}, {@code \r}, else {@code \u001b}. */
    public static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
