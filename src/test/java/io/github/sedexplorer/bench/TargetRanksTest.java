package io.github.sedexplorer.bench;

import static io.github.sedexplorer.bench.TargetRanksProperties.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetRanksTest {

    private static final double NAN = Double.NaN;

    private static void assertAgrees(double[] proxy, double[]... targets) {
        TargetRanks ranks = new TargetRanks(targets);
        TargetRanks.Agreement[] all = ranks.evaluateAll(proxy);
        for (int t = 0; t < targets.length; t++) {
            Correlation c = CorrelationStats.of(proxy, targets[t], 10);
            assertEquals(c.n(), all[t].n());
            assertEquals(c.skipped(), all[t].skipped());
            assertClose(c.kendall(), all[t].kendall());
            assertClose(c.spearman(), all[t].spearman());
        }
    }

    @Test
    void aNaNProxyThatBreaksATargetChainIsRankedWithoutIt() {
        // with row 1, the three targets chain into one tie; without it, 1.0 and 1.0 + 1.8e-12 are apart
        double[] target = {1.0, 1.0 + 0.9e-12, 1.0 + 1.8e-12, 5, 6};
        double[] proxy = {1, NAN, 2, 3, 0};
        assertAgrees(proxy, target);
        TargetRanks.Agreement a = new TargetRanks(new double[][] {target}).evaluate(proxy, 0);
        assertEquals(4, a.n());
        assertEquals(1, a.skipped());
        assertEquals(CorrelationStats.kendallTauB(new double[] {1, 2, 3, 0}, new double[] {1, 2, 5, 6}), a.kendall(), 1e-15);
    }

    @Test
    void aMissingTargetThatBreaksAProxyChainIsLeftOutOfThatTargetOnly() {
        double[] proxy = {1.0, 1.0 + 0.9e-12, 1.0 + 1.8e-12, 2, 3, Double.NEGATIVE_INFINITY};
        assertAgrees(proxy, new double[] {0.1, NAN, 0.2, 0.3, 0.4, 0.0}, new double[] {0.4, 0.3, 0.2, 0.1, 0.0, 0.5},
                new double[] {0.1, Double.POSITIVE_INFINITY, 0.2, 0.3, 0.4, 0.0});
    }

    @Test
    void perfectOrderIsOneAndDisconnectedCellsRankLowest() {
        TargetRanks ranks = new TargetRanks(new double[][] {{0.1, 0.1, 0.5, 0.9}});
        TargetRanks.Agreement a = ranks.evaluate(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, 2}, 0);
        assertEquals(1.0, a.kendall());
        assertEquals(1.0, a.spearman());
    }

    @Test
    void undefinedFiguresAreNaN() {
        TargetRanks ranks = new TargetRanks(new double[][] {{0.1, 0.2, 0.3}, {NAN, NAN, 0.3}});
        TargetRanks.Agreement[] a = ranks.evaluateAll(new double[] {7, 7, 7});
        assertTrue(Double.isNaN(a[0].kendall()) && Double.isNaN(a[0].spearman()), "all proxies tied: " + a[0]);
        assertEquals(1, a[1].n());
        assertTrue(Double.isNaN(a[1].kendall()) && Double.isNaN(a[1].spearman()), "one row: " + a[1]);
        assertEquals(0, new TargetRanks(new double[0][]).evaluateAll(new double[0]).length);
    }

    @Test
    void lengthsMustMatch() {
        assertThrows(IllegalArgumentException.class, () -> new TargetRanks(new double[][] {{1, 2}, {1}}));
        TargetRanks ranks = new TargetRanks(new double[][] {{1, 2}});
        assertThrows(IllegalArgumentException.class, () -> ranks.evaluateAll(new double[] {1}));
    }
}
