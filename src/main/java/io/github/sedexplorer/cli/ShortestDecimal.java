package io.github.sedexplorer.cli;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * A double as the shortest plain decimal that reads back as the same double, the digits Python's {@code repr}
 * gives. JDK 17's {@link Double#toString} is not always shortest (JDK-4511638, fixed in JDK 19): it prints 2e23 as
 * {@code 1.9999999999999998E23}, 1e23 as {@code 9.999999999999999E22} and about 3 in 1,000 random bit patterns,
 * mostly of large or tiny exponent, with a digit or more too many;
 * the digits here come from the Schubfach algorithm in jackson-core ({@link NumberOutput#toString(double, boolean)}
 * with its fast writer, Raffaello Giulietti's code, the one JDK 19 adopted), a library the project already uses.
 * Shortest as Java 19+ defines it: where a single digit would read back, the closer of the one- and two-digit
 * decimals is printed, so {@link Double#MIN_VALUE} is 4.9E-324 (Python: 5e-324); no score comes near.
 * The layout is {@code BigDecimal.toPlainString}'s of those digits, as score has always printed: no exponent, at
 * least one digit after the point where Java's string has one ({@code 100.0}, {@code 0.000010},
 * {@code 10000000000}), and zero as {@code 0.0} whatever its sign.
 */
public final class ShortestDecimal {

    private ShortestDecimal() {
    }

    /** The shortest round-trip digits of a finite double, laid out plain. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not finite: " + v);
        }
        return plain(NumberOutput.toString(v, true));
    }

    /**
     * {@code new BigDecimal(javaStyle).toPlainString()} for a string in {@link Double#toString}'s layout
     * ({@code [-]ddd.ddd} or {@code [-]d.dddE[-]n}), without building a BigDecimal.
     */
    static String plain(String javaStyle) {
        int e = javaStyle.indexOf('E');
        if (e < 0) {
            return javaStyle.equals("-0.0") ? "0.0" : javaStyle; // BigDecimal has no negative zero
        }
        boolean negative = javaStyle.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int point = javaStyle.indexOf('.', start);
        int exponent = Integer.parseInt(javaStyle, e + 1, javaStyle.length(), 10);
        StringBuilder digits = new StringBuilder(e - start);
        if (point < 0) {
            digits.append(javaStyle, start, e);
            point = e;
        } else {
            digits.append(javaStyle, start, point).append(javaStyle, point + 1, e);
        }
        // strip leading zeros of the unscaled value (Java's scientific form has none, but be exact)
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits.delete(0, lead);
        int fraction = point < e ? e - point - 1 : 0;
        long scale = (long) fraction - exponent;
        if (digits.length() == 1 && digits.charAt(0) == '0') {
            negative = false; // zero keeps no sign
        }
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        if (scale <= 0) {
            out.append(digits);
            if (!(digits.length() == 1 && digits.charAt(0) == '0')) {
                out.append("0".repeat((int) -scale));
            }
            return out.toString();
        }
        long at = digits.length() - scale;
        if (at > 0) {
            out.append(digits, 0, (int) at).append('.').append(digits, (int) at, digits.length());
        } else {
            out.append("0.").append("0".repeat((int) -at)).append(digits);
        }
        return out.toString();
    }
}
