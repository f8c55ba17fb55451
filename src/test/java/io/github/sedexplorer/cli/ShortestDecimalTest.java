package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.NumberOutput;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The shortest round-trip plain decimal that score prints, against JDK 17's digits and BigDecimal's layout. */
class ShortestDecimalTest {

    /** Every finite double alike: random bit patterns, so tiny, huge and subnormal values come up as often as 1.5. */
    @Provide
    Arbitrary<Double> anyBits() {
        return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    }

    /** Doubles of a score's size: a sum of a few dozen logarithms. */
    @Provide
    Arbitrary<Double> scoreSized() {
        return Arbitraries.doubles().between(-1e4, 1e4);
    }

    @Property(tries = 3000)
    void randomBitPatternsHoldEveryProperty(@ForAll("anyBits") double d) {
        check(d);
    }

    @Property(tries = 3000)
    void scoreSizedValuesHoldEveryProperty(@ForAll("scoreSized") double d) {
        check(d);
    }

    @Property(tries = 1000)
    void jqwiksOwnDoublesHoldEveryProperty(@ForAll double d) {
        if (Double.isFinite(d)) {
            check(d);
        }
    }

    @Test
    void edgeCasesHoldEveryProperty() {
        for (double d : edgeCases()) {
            check(d);
        }
    }

    /** Subnormals, the normal range's ends, every power of ten and the doubles either side of it, a few known ones. */
    static List<Double> edgeCases() {
        List<Double> out = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 2 * Double.MIN_VALUE,
                Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE,
                -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), 2e23, 1e23, 8.41e21, 5e-324, 9.9e-324, 1.0, 0.1, 0.2,
                0.3, 1.0 / 3, 2.0 / 3, Math.PI, Math.E, Math.log(3), 19.879253198304003, 2.772588722239781, 1e7,
                Math.nextDown(1e7), 1e-3, Math.nextDown(1e-3), 123456789012345678.0, 2.82879384806159E17));
        for (int e = -323; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            out.add(p);
            out.add(Math.nextUp(p));
            out.add(Math.nextDown(p));
            out.add(-p);
        }
        return out;
    }

    /**
     * Reads back as the same double; is BigDecimal's plain layout of Schubfach's digits; has no exponent; is no
     * longer than JDK 17's and, where as long, no farther from the double's exact value; and no decimal with one
     * digit fewer reads back as the double (but for Java's two-digit rule, below).
     */
    private static void check(double d) {
        String s = ShortestDecimal.plain(d);
        String what = Double.toString(d) + " printed " + s;
        assertEquals(d == 0 ? 0.0 : d, Double.parseDouble(s), what);
        assertEquals(new BigDecimal(NumberOutput.toString(d, true)).toPlainString(), s, what);
        assertFalse(s.contains("E") || s.contains("e"), what);
        String old = BigDecimal.valueOf(d).toPlainString(); // what score printed with JDK 17's Double.toString
        int digits = significant(s);
        int oldDigits = significant(old);
        if (!s.equals(old)) {
            // longer only by Java's two-digit rule (JDK 17 printed 1.0E-323 where 9.9E-324 is closer), and then closer
            assertTrue(digits <= oldDigits || digits == 2, what + " is longer than JDK 17's " + old);
            if (digits >= oldDigits) {
                BigDecimal exact = new BigDecimal(d);
                assertTrue(new BigDecimal(s).subtract(exact).abs().compareTo(new BigDecimal(old).subtract(exact).abs()) <= 0,
                        what + " is as long as JDK 17's " + old + " but farther from the double");
            }
        }
        if (d != 0 && digits > 1) {
            BigDecimal exact = new BigDecimal(d);
            BigDecimal shorter = exact.round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
            if (digits == 2) {
                // Java's rule (JDK 19's Double.toString, and Schubfach's): where one digit reads back, the closest
                // of one or two digits is printed (4.9E-324, not Python's 5e-324)
                assertTrue(Double.parseDouble(shorter.toString()) != d
                                || new BigDecimal(s).subtract(exact).abs().compareTo(shorter.subtract(exact).abs()) < 0,
                        what + ": " + shorter + " is shorter, reads back too and is as close");
            } else {
                assertTrue(Double.parseDouble(shorter.toString()) != d, what + ": " + shorter + " is shorter and reads back too");
            }
        }
    }

    /** Significant digits of a plain decimal: 100.0 has 1, 0.000012 has 2. */
    private static int significant(String plain) {
        BigDecimal b = new BigDecimal(plain);
        return b.signum() == 0 ? 1 : b.stripTrailingZeros().precision();
    }

    @Test
    void theLayoutIsBigDecimalsPlainOneAsScorePrintedIt() {
        assertEquals("100.0", ShortestDecimal.plain(100.0));
        assertEquals("0.000010", ShortestDecimal.plain(1e-5)); // Java's 1.0E-5 keeps its one fraction digit
        assertEquals("10000000000", ShortestDecimal.plain(1e10));
        assertEquals("12345678", ShortestDecimal.plain(12345678.0));
        assertEquals("0.001", ShortestDecimal.plain(0.001));
        assertEquals("0.0", ShortestDecimal.plain(-0.0));
        assertEquals("-2.5", ShortestDecimal.plain(-2.5));
        assertEquals("0." + "0".repeat(323) + "49", ShortestDecimal.plain(Double.MIN_VALUE));
        assertEquals("17976931348623157" + "0".repeat(292), ShortestDecimal.plain(Double.MAX_VALUE));
    }

    @Test
    void whereJdk17WasNotShortestTheDigitsAreFewer() {
        assertEquals("1.9999999999999998E23", Double.toString(2e23), "JDK 17's digits (JDK-4511638)");
        assertEquals("200000000000000000000000", ShortestDecimal.plain(2e23));
        assertEquals("100000000000000000000000", ShortestDecimal.plain(1e23));
        assertEquals("282879384806159000", ShortestDecimal.plain(2.82879384806159E17));
    }

    @Test
    void scoreKeepsItsWordsForWhatIsNotFinite() {
        assertEquals("-inf", ScoreCommand.formatScore(Double.NEGATIVE_INFINITY));
        assertEquals("inf", ScoreCommand.formatScore(Double.POSITIVE_INFINITY));
        assertEquals("nan", ScoreCommand.formatScore(Double.NaN));
        assertEquals("nan", ScoreCommand.formatScore(Double.longBitsToDouble(0x7ff8000000000001L)));
    }

    @Test
    void theStringLayoutMatchesBigDecimalOnHandMadeInputs() {
        for (String s : List.of("1.0E-5", "1.0E10", "-1.0E-5", "4.9E-324", "1.7976931348623157E308", "9.999999999999999E22",
                "1.2345E7", "1.2345E-3", "-1.2E1", "123.456", "-0.0", "0.0", "1.0E0", "5.0E-1", "1E5", "0.0E5", "0.0E-5")) {
            assertEquals(new BigDecimal(s).toPlainString(), ShortestDecimal.plain(s), s);
        }
    }
}
