package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class CorrelationStatsTest {

    private static final double EPS = 1e-12;
    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final double POS = Double.POSITIVE_INFINITY;

    /*
     * x = [1, 2, 2, 3], y = [1, 3, 2, 4]. Pairs (i, j):
     *   (1,2) C  (1,3) C  (1,4) C  (2,3) tied in x  (2,4) C  (3,4) C
     *   C = 5, D = 0, n0 = 6, n1 = 1 (x ties), n2 = 0 → tau-b = 5 / sqrt(5 · 6) = 5 / sqrt(30).
     * Average ranks: x → [1, 2.5, 2.5, 4], y → [1, 3, 2, 4], both means 2.5.
     *   dx = [-1.5, 0, 0, 1.5], dy = [-1.5, 0.5, -0.5, 1.5]
     *   Σdx·dy = 4.5, Σdx² = 4.5, Σdy² = 5 → rho = 4.5 / sqrt(22.5) = sqrt(0.9).
     * Pearson: dx = [-1, 0, 0, 1] (mean 2), dy as above → 3 / sqrt(2 · 5) = 3 / sqrt(10).
     */
    @Test
    void handExampleWithATieInX() {
        double[] x = {1, 2, 2, 3};
        double[] y = {1, 3, 2, 4};
        assertEquals(5 / Math.sqrt(30), CorrelationStats.kendallTauB(x, y), EPS);
        assertEquals(Math.sqrt(0.9), CorrelationStats.spearman(x, y), EPS);
        assertEquals(3 / Math.sqrt(10), CorrelationStats.pearson(x, y), EPS);
    }

    @Test
    void monotonePairsGiveOneAndReversedPairsMinusOne() {
        double[] x = {1, 2, 3, 4, 5};
        double[] squares = {1, 4, 9, 16, 25};
        double[] reversed = {25, 16, 9, 4, 1};
        assertEquals(1.0, CorrelationStats.kendallTauB(x, squares), EPS);
        assertEquals(1.0, CorrelationStats.spearman(x, squares), EPS);
        assertEquals(-1.0, CorrelationStats.kendallTauB(x, reversed), EPS);
        assertEquals(-1.0, CorrelationStats.spearman(x, reversed), EPS);
        assertEquals(1.0, CorrelationStats.pearson(x, new double[] {3, 5, 7, 9, 11}), EPS);
        assertEquals(-1.0, CorrelationStats.pearson(x, new double[] {0, -1, -2, -3, -4}), EPS);
    }

    @Test
    void allTiesAndTooFewRowsAreNaN() {
        double[] ties = {2, 2, 2};
        double[] y = {1, 2, 3};
        assertNaN(CorrelationStats.kendallTauB(ties, y));
        assertNaN(CorrelationStats.spearman(ties, y));
        assertNaN(CorrelationStats.pearson(ties, y));
        assertNaN(CorrelationStats.kendallTauB(y, ties));
        Correlation one = CorrelationStats.of(new double[] {1}, new double[] {0.5}, 10);
        assertEquals(1, one.n());
        assertNaN(one.kendall());
        assertNaN(one.spearman());
        assertNaN(one.pearson());
        assertEquals(1.0, one.topK(), EPS);
        Correlation none = CorrelationStats.of(new double[0], new double[0], 10);
        assertEquals(new Correlation(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 10), none);
    }

    /*
     * proxy = [-inf, -inf, 1, 2, 3], target = [0.1, 0.2, 0.5, 0.4, 0.9].
     * Kendall: the two -inf rows are tied (n1 = 1); of the other 9 pairs only (row 2, row 3) is discordant
     *   (proxy 1 < 2, target 0.5 > 0.4): C = 8, D = 1 → tau-b = 7 / sqrt((10 - 1) · 10) = 7 / sqrt(90).
     * Spearman: proxy ranks [1.5, 1.5, 3, 4, 5], target ranks [1, 2, 4, 3, 5], means 3.
     *   dx = [-1.5, -1.5, 0, 1, 2], dy = [-2, -1, 1, 0, 2]: Σdx·dy = 8.5, Σdx² = 9.5, Σdy² = 10
     *   → rho = 8.5 / sqrt(95).
     * Pearson on the finite rows: proxy [1, 2, 3], target [0.5, 0.4, 0.9]; dx = [-1, 0, 1], dy = [-0.1, -0.2, 0.3]
     *   → 0.4 / sqrt(2 · 0.14) = 2 / sqrt(7).
     * Top 40 %: m = 2; by proxy rows {3, 4}, by target rows {2, 4} → 1 / 2.
     * Skipped: NaN target, +inf target, -inf target, NaN proxy.
     */
    @Test
    void disconnectedCellsStayInAndUnusableRowsAreSkipped() {
        double[] proxy = {NEG, 5, NEG, 7, 1, 0, 2, Double.NaN, 3};
        double[] target = {0.1, Double.NaN, 0.2, POS, 0.5, NEG, 0.4, 0.99, 0.9};
        Correlation c = CorrelationStats.of(proxy, target, 40);
        assertEquals(5, c.n());
        assertEquals(4, c.skipped());
        assertEquals(7 / Math.sqrt(90), c.kendall(), EPS);
        assertEquals(8.5 / Math.sqrt(95), c.spearman(), EPS);
        assertEquals(2 / Math.sqrt(7), c.pearson(), EPS);
        assertEquals(0.5, c.topK(), EPS);
        assertEquals(40, c.topKPercent());
    }

    /*
     * proxy = [-inf, -inf, 1, 2] against target = [0, 0, 1, 2]: the disconnected pair is tied on both sides,
     *   the other 5 pairs concordant: n1 = n2 = 1 → 5 / sqrt(5 · 5) = 1; equal average ranks → rho = 1.
     * Against target = [0.1, 0.1, 0.1, 0.5]: pairs (0,1) tied in both, (0,2) and (1,2) tied in the target,
     *   (0,3) (1,3) (2,3) concordant: C = 3, n1 = 1, n2 = 3 → 3 / sqrt(5 · 3) = 3 / sqrt(15).
     *   Ranks [1.5, 1.5, 3, 4] and [2, 2, 2, 4], means 2.5: dx = [-1, -1, 0.5, 1.5], dy = [-0.5, -0.5, -0.5, 1.5]
     *   Σdx·dy = 3, Σdx² = 4.5, Σdy² = 3 → rho = 3 / sqrt(13.5) = sqrt(2/3).
     */
    @Test
    void disconnectedCellsAtTheBottomOfTheTargetToo() {
        double[] proxy = {NEG, NEG, 1, 2};
        Correlation agree = CorrelationStats.of(proxy, new double[] {0, 0, 1, 2}, 50);
        assertEquals(1.0, agree.kendall(), EPS);
        assertEquals(1.0, agree.spearman(), EPS);
        assertEquals(1.0, agree.pearson(), EPS);
        assertEquals(1.0, agree.topK(), EPS);
        Correlation tiedTarget = CorrelationStats.of(proxy, new double[] {0.1, 0.1, 0.1, 0.5}, 50);
        assertEquals(3 / Math.sqrt(15), tiedTarget.kendall(), EPS);
        assertEquals(Math.sqrt(2.0 / 3), tiedTarget.spearman(), EPS);
    }

    @Test
    void plusInfinityRanksAboveEverything() {
        Correlation c = CorrelationStats.of(new double[] {POS, 1, 2, NEG}, new double[] {4, 2, 3, 1}, 25);
        assertEquals(4, c.n());
        assertEquals(1.0, c.kendall(), EPS);
        assertEquals(1.0, c.spearman(), EPS);
        assertEquals(1.0, c.pearson(), EPS); // rows 1 and 2 only
        assertEquals(1.0, c.topK(), EPS);
    }

    /* -0.0 and 0.0 tie: C = 2 (pairs with the 1), n1 = 1 → 2 / sqrt(2 · 3) = sqrt(2/3). */
    @Test
    void negativeZeroTiesWithZero() {
        double[] x = {-0.0, 0.0, 1};
        double[] y = {1, 2, 3};
        assertEquals(Math.sqrt(2.0 / 3), CorrelationStats.kendallTauB(x, y), EPS);
        assertEquals(ReferenceStats.spearman(x, y), CorrelationStats.spearman(x, y), EPS);
    }

    /*
     * n = 10, 30 % → m = 3. Proxy top: row 0 (9) above the cut; rows 1, 2, 3 (5) tie at the cut and share the
     * 2 slots left: 2/3 each. Target top: rows 0, 1, 5 (0.95, 0.90, 0.85).
     * Σ wP·wT = 1 (row 0) + 2/3 (row 1) = 5/3 → 5/9.
     * Check by enumeration: the 3 ways to keep 2 of rows {1, 2, 3} have 2, 1, 1 → mean overlap 5/3 of 3.
     */
    @Test
    void threeRowsTiedAcrossTheCut() {
        double[] proxy = {9, 5, 5, 5, 1, 0, 0, NEG, NEG, 2};
        double[] target = {0.95, 0.90, 0.30, 0.20, 0.10, 0.85, 0, 0, 0, 0.05};
        assertEquals(5.0 / 9, CorrelationStats.topKPrecision(proxy, target, 30), EPS);
        assertEquals(5.0 / 9, ReferenceStats.topKPrecision(proxy, target, 3), EPS);
    }

    /*
     * proxy = [1, 1, 1, 0], target = [0, 1, 1, 1], m = 2: wP = [2/3, 2/3, 2/3, 0], wT = [0, 2/3, 2/3, 2/3]
     * → (4/9 + 4/9) / 2 = 4/9. Enumeration: 3 × 3 pairs of top sets, overlaps summing to 8 → 8/9 of 2.
     */
    @Test
    void tiesAtBothCuts() {
        double[] proxy = {1, 1, 1, 0};
        double[] target = {0, 1, 1, 1};
        assertEquals(4.0 / 9, CorrelationStats.topKPrecision(proxy, target, 50), EPS);
        assertEquals(4.0 / 9, ReferenceStats.topKPrecision(proxy, target, 2), EPS);
    }

    @Test
    void disconnectedProxiesTieAtTheBottomOfTopK() {
        // m = 4: rows 0..2 above the cut, the three -inf rows share the last slot (1/3 each); target top = 0..3
        double[] proxy = {3, 2, 1, NEG, NEG, NEG};
        double[] target = {6, 5, 4, 3, 2, 1};
        assertEquals((3 + 1.0 / 3) / 4, CorrelationStats.topKPrecision(proxy, target, 60), EPS);
    }

    @Test
    void topCountRoundsUpButNotOnRoundingNoise() {
        assertEquals(3, CorrelationStats.topCount(30, 10)); // 30 · 0.1 = 3.0000000000000004
        assertEquals(157, CorrelationStats.topCount(15_625, 1));
        assertEquals(1, CorrelationStats.topCount(10, 0.01));
        assertEquals(4, CorrelationStats.topCount(10, 30.5));
        assertEquals(7, CorrelationStats.topCount(7, 100));
        assertEquals(0, CorrelationStats.topCount(0, 5));
    }

    @Test
    void badArgumentsAreRefused() {
        double[] two = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.of(two, new double[3], 10));
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.of(two, two, 0));
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.of(two, two, 100.5));
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.of(two, two, Double.NaN));
        double[] withNaN = {1, Double.NaN};
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.kendallTauB(withNaN, two));
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.spearman(two, withNaN));
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.topKPrecision(withNaN, two, 50));
        assertThrows(IllegalArgumentException.class, () -> CorrelationStats.pearson(new double[] {1, POS}, two));
    }

    // What the Hipparchus classes do with ties, infinities and tiny inputs (the wrapper relies on or avoids it).

    @Test
    void hipparchusKendallIsTauBAndOrdersInfinities() {
        KendallsCorrelation kendall = new KendallsCorrelation();
        assertEquals(5 / Math.sqrt(30), kendall.correlation(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}),
                EPS);
        assertEquals(7 / Math.sqrt(90), kendall.correlation(new double[] {NEG, NEG, 1, 2, 3},
                new double[] {0.1, 0.2, 0.5, 0.4, 0.9}), EPS);
        assertNaN(kendall.correlation(new double[] {2, 2, 2}, new double[] {1, 2, 3}));
        // Double.compare splits -0.0 from 0.0, hence the wrapper's copy
        assertEquals(1.0, kendall.correlation(new double[] {-0.0, 0.0, 1}, new double[] {1, 2, 3}), EPS);
    }

    @Test
    void hipparchusAverageRanksOrderInfinities() {
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        assertArrayEquals(new double[] {1.5, 5, 1.5, 6, 3.5, 3.5},
                ranking.rank(new double[] {NEG, 3, NEG, POS, 1, 1}), EPS);
        assertThrows(MathIllegalArgumentException.class, () -> ranking.rank(new double[] {1, Double.NaN}));
    }

    @Test
    void hipparchusSpearmanAndPearsonRefuseOneRowAndPearsonCannotTakeInfinity() {
        double[] one = {1};
        assertThrows(MathIllegalArgumentException.class, () -> new SpearmansCorrelation().correlation(one, one));
        assertThrows(MathIllegalArgumentException.class, () -> new PearsonsCorrelation().correlation(one, one));
        assertNaN(new PearsonsCorrelation().correlation(new double[] {NEG, 1, 2}, new double[] {1, 2, 3}));
    }

    /*
     * x = 0..100, y = (x - 50)² + 1e-4·x: the square is exactly uncorrelated with x, so r ≈ 3.8e-6.
     * PearsonsCorrelation takes sqrt(R²) of a cancelled difference and is off by about 1e-12 (3e-7 relative);
     * the two-pass covariance is exact to 1e-16. Computed exactly in BigDecimal as the reference.
     */
    @Test
    void pearsonKeepsItsDigitsNearZero() {
        double[] x = new double[101];
        double[] y = new double[101];
        for (int i = 0; i <= 100; i++) {
            x[i] = i;
            y[i] = (i - 50) * (i - 50) + 1e-4 * i;
        }
        double exact = exactPearson(x, y);
        assertEquals(exact, CorrelationStats.pearson(x, y), 1e-16);
        assertTrue(Math.abs(new PearsonsCorrelation().correlation(x, y) - exact) > 1e-13,
                "Hipparchus' PearsonsCorrelation is now accurate near 0: CorrelationStats could use it");
    }

    /** The NB201 table has 15,625 rows and later tables a million: Kendall must not be quadratic. */
    @Test
    void twoHundredThousandRows() {
        int n = 200_000;
        Random random = new Random(7);
        double[] proxy = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            proxy[i] = i % 50 == 0 ? NEG : random.nextInt(1000);
            target[i] = proxy[i] == NEG ? 10 : 50 + proxy[i] / 20 + random.nextGaussian() * 10;
        }
        Correlation c = CorrelationStats.of(proxy, target, 1);
        assertEquals(n, c.n());
        assertTrue(c.kendall() > 0.4 && c.kendall() < 1, "tau " + c.kendall());
        assertTrue(c.spearman() > c.kendall(), "rho " + c.spearman());
        assertTrue(c.topK() > 0 && c.topK() <= 1, "top-k " + c.topK());
    }

    private static double exactPearson(double[] x, double[] y) {
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal syy = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal a = new BigDecimal(x[i]);
            BigDecimal b = new BigDecimal(y[i]);
            sx = sx.add(a);
            sy = sy.add(b);
            sxx = sxx.add(a.multiply(a));
            syy = syy.add(b.multiply(b));
            sxy = sxy.add(a.multiply(b));
        }
        BigDecimal n = BigDecimal.valueOf(x.length);
        BigDecimal cxy = n.multiply(sxy).subtract(sx.multiply(sy));
        BigDecimal cxx = n.multiply(sxx).subtract(sx.multiply(sx));
        BigDecimal cyy = n.multiply(syy).subtract(sy.multiply(sy));
        MathContext digits = new MathContext(40);
        return cxy.divide(cxx.multiply(cyy).sqrt(digits), digits).doubleValue();
    }

    private static void assertNaN(double value) {
        assertTrue(Double.isNaN(value), "expected NaN, got " + value);
    }
}
