package io.github.sedexplorer.picture;

import java.math.BigDecimal;

/** Escaping, number formatting and rough text measurement for the SVG writer. */
public final class SvgText {

    public static final String FONT = "DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif";

    private SvgText() {
    }

    /**
     * Escapes text for element content and attribute values alike. Characters XML 1.0 cannot hold
     * (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD so the document stays well-formed.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** At most two decimals, no exponent, no "-0", Locale-independent: 12, 12.5, -3.25. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("coordinate is not finite: " + v);
        }
        long hundredths = Math.round(v * 100);
        return hundredths == 0 ? "0" : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    /** Estimated advance width of a line of sans-serif text; enough to size boxes and the view box. */
    public static double width(String s, double fontSize, boolean bold) {
        return s.codePointCount(0, s.length()) * fontSize * (bold ? 0.64 : 0.58);
    }
}
