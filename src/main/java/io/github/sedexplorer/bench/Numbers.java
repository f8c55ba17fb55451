package io.github.sedexplorer.bench;

import java.util.Locale;

/** Numeric cells as benchmark files write them: plain decimals, exponents, ±Infinity/inf, NaN/nan. */
final class Numbers {

    /** Returned for text that is not a number. */
    static final double NOT_A_NUMBER = Double.longBitsToDouble(0x7ff8dead00000000L);

    /** The longest word read as a number: {@code +infinity}. */
    private static final int WORDS = "+infinity".length();

    /** Powers of ten that are exact doubles. */
    private static final double[] TEN = new double[23];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    private Numbers() {
    }

    /** NaN for an empty cell (missing), {@link #NOT_A_NUMBER} for text, else the value. */
    static double parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (isDecimal(t)) {
            double fast = fast(t);
            return Double.isNaN(fast) ? Double.parseDouble(t) : fast;
        }
        if (t.length() > WORDS) {
            return NOT_A_NUMBER; // lower-casing a megabyte of text (slow for some scripts) to compare it with "nan"
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "nan", "na", "n/a", "null", "none" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> NOT_A_NUMBER;
        };
    }

    static boolean isText(double parsed) {
        return Double.doubleToRawLongBits(parsed) == Double.doubleToRawLongBits(NOT_A_NUMBER);
    }

    /** {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}, checked by hand: a pattern's matcher cost a few hundred bytes a cell. */
    static boolean isDecimal(String t) {
        int n = t.length();
        int i = 0;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * A decimal without exponent whose digits make an integer below 2^53 and that has at most 22 digits after the
     * point: that integer and the power of ten are exact doubles, so one division is the correctly rounded value
     * (what {@link Double#parseDouble} gives). NaN when the text is not of that kind.
     */
    private static double fast(String t) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            negative = t.charAt(0) == '-';
            i++;
        }
        long m = 0;
        int scale = -1;
        int digits = 0;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.') {
                scale = 0;
                continue;
            }
            if (!isDigit(c)) {
                return Double.NaN; // an exponent
            }
            if (m > 0 || c != '0') {
                digits++;
            }
            if (digits > 15) {
                return Double.NaN;
            }
            m = 10 * m + (c - '0');
            if (scale >= 0) {
                scale++;
            }
        }
        if (scale > 22) {
            return Double.NaN;
        }
        double v = scale > 0 ? m / TEN[scale] : m;
        return negative ? -v : v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
