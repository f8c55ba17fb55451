package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TiesTest {

    @Test
    void roundingNoiseBecomesATie() {
        double a = 0.1 + 0.2;           // 0.30000000000000004
        double b = 0.3;
        double c = 0.3 + 1e-9;          // a real difference
        double[] snapped = Ties.snap(new double[] {a, c, b, Double.NEGATIVE_INFINITY, -0.0, 0.0});
        assertEquals(snapped[0], snapped[2], 0);
        assertTrue(snapped[1] > snapped[0]);
        assertEquals(Double.NEGATIVE_INFINITY, snapped[3]);
        assertEquals(Double.compare(snapped[4], snapped[5]), 0, "-0.0 and 0.0 are one value");
    }

    @Test
    void tieSnappingChangesKendallOnlyThroughNoise() {
        // mathematically two ties; in doubles the second pair differs in the last bit
        double[] proxy = {1.0, 1.0, 0.1 + 0.2, 0.3};
        double[] target = {1, 2, 3, 4};
        Correlation c = CorrelationStats.of(proxy, target, 50);
        double[] tied = {1.0, 1.0, 0.3, 0.3};
        assertEquals(CorrelationStats.kendallTauB(tied, target), c.kendall(), 1e-15);
        assertTrue(CorrelationStats.kendallTauB(proxy, target) != c.kendall(), "without snapping the noise splits the tie");
    }

    @Test
    void numbersAsBenchmarksWriteThem() {
        assertEquals(94.36, Numbers.parse(" 94.36 "));
        assertEquals(-1e8, Numbers.parse("-100000000.0"));
        assertEquals(1.5e-3, Numbers.parse("1.5E-3"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("inf"));
        assertTrue(Double.isNaN(Numbers.parse("")) && !Numbers.isText(Numbers.parse("")));
        assertTrue(Double.isNaN(Numbers.parse("NaN")) && !Numbers.isText(Numbers.parse("nan")));
        assertTrue(Numbers.isText(Numbers.parse("94,3")));
        assertTrue(Numbers.isText(Numbers.parse("0x1p3")), "hex floats are not benchmark numbers");
        assertTrue(Numbers.isText(Numbers.parse("1d")));
        assertArrayEquals(new double[] {1, 2}, new double[] {Numbers.parse("1"), Numbers.parse("+2")});
    }
}
