package io.github.sedexplorer.bench;

import java.util.Locale;
import java.util.regex.Pattern;

/** Numeric cells as benchmark files write them: plain decimals, exponents, ±Infinity/inf, NaN/nan. */
final class Numbers {

    /** Returned for text that is not a number. */
    static final double NOT_A_NUMBER = Double.longBitsToDouble(0x7ff8dead00000000L);

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** NaN for an empty cell (missing), {@link #NOT_A_NUMBER} for text, else the value. */
    static double parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
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
}
