package io.github.sedexplorer.sed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.OpFamily;

import org.junit.jupiter.api.Test;

/** sed-model.md §1, the Δ table. */
class GaussianOpEntropyTest {

    private final GaussianOpEntropy c16 = new GaussianOpEntropy(16);

    @Test
    void deltaTable() {
        assertEquals(Math.log(3) + 0.5 * Math.log(16), c16.delta(Op.CONV_3X3), 1e-15);
        assertEquals(0.5 * Math.log(16), c16.delta(Op.CONV_1X1), 1e-15);
        assertEquals(2 * (Math.log(5) + 0.5 * Math.log(16)), c16.delta(Op.SEP_CONV_5X5), 1e-14);
        assertEquals(Math.log(3) + 0.5 * Math.log(16), c16.delta(Op.DIL_CONV_3X3), 1e-15);
        assertEquals(-Math.log(3), c16.delta(Op.AVG_POOL_3X3), 1e-15);
        assertEquals(-Math.log(5), c16.delta(new Op(OpFamily.AVG_POOL, 5)), 1e-15);
        assertEquals(0.5 * Math.log(GaussianOpEntropy.MAX_POOL_3X3_GAIN), c16.delta(Op.MAX_POOL_3X3), 0);
        // the spec prints g = 0.3573533 (7 digits) and Δ = −0.5145149; ½·ln g = −0.51451514: g is the definition
        assertEquals(0.3573533, c16.gain(Op.MAX_POOL_3X3), 5e-8);
        assertEquals(-0.51451513847823, c16.delta(Op.MAX_POOL_3X3), 1e-14);
        assertEquals(-0.5145149, c16.delta(Op.MAX_POOL_3X3), 5e-7);
        assertEquals(0.0, c16.delta(Op.SKIP));
        assertEquals(Double.NEGATIVE_INFINITY, c16.delta(Op.NONE));
        assertEquals(0.0, c16.gain(Op.NONE));
        assertEquals(9 * 128, new GaussianOpEntropy(128).gain(Op.CONV_3X3), 1e-12);
    }

    /**
     * A second, independent quadrature: the trapezoid rule on the whole line with step h, whose error
     * for an analytic, Gaussian-decaying integrand falls faster than any power of h (at h = 1/40 it is
     * rounding error); Φ from the erfc of Hipparchus' special functions, not its NormalDistribution.
     */
    private static double trapezoidVariance(int n, double h) {
        int k = (int) Math.round(14 / h);
        double[] f = new double[2 * k + 1];
        double mean = 0;
        for (int i = -k; i <= k; i++) {
            double x = i * h;
            double cdf = 0.5 * org.hipparchus.special.Erf.erfc(-x / Math.sqrt(2));
            f[i + k] = n * Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI) * Math.pow(cdf, n - 1);
            mean += x * f[i + k] * h;
        }
        double variance = 0;
        for (int i = -k; i <= k; i++) {
            double d = i * h - mean;
            variance += d * d * f[i + k] * h;
        }
        return variance;
    }

    @Test
    void maxPoolGainIsTheVarianceToDoublePrecision() {
        double g = GaussianOpEntropy.MAX_POOL_3X3_GAIN;
        assertEquals(g, MaxOfNormals.variance(9), 0);
        // two step sizes agree, and agree with Gauss–Legendre, to 13 significant digits or better
        assertEquals(g, trapezoidVariance(9, 1.0 / 40), 1e-14);
        assertEquals(g, trapezoidVariance(9, 1.0 / 80), 1e-14);
        assertEquals(MaxOfNormals.variance(25), trapezoidVariance(25, 1.0 / 40), 1e-14);
        assertEquals(MaxOfNormals.variance(49), trapezoidVariance(49, 1.0 / 40), 1e-14);
        // the spec's 7 digits are this value rounded
        assertEquals("0.3573533", String.format(java.util.Locale.ROOT, "%.7f", g));
        assertEquals(new GaussianOpEntropy(16).gain(Op.MAX_POOL_3X3), g, 0);
    }

    @Test
    void maxOfNormalsMatchesTheClosedForms() {
        assertEquals(1.0, MaxOfNormals.variance(1), 0);
        assertEquals(1 - 1 / Math.PI, MaxOfNormals.variance(2), 2e-16); // Var(max(X, Y)) = 1 − 1/π
        // n = 3: E[M] = 3/(2√π), E[M²] = 1 + √3/(2π)
        assertEquals(1 + Math.sqrt(3) / (2 * Math.PI) - 9 / (4 * Math.PI), MaxOfNormals.variance(3), 2e-16);
        // larger windows: the max concentrates, so the gain keeps falling
        double g5 = c16.gain(new Op(OpFamily.MAX_POOL, 5));
        double g1 = c16.gain(new Op(OpFamily.MAX_POOL, 1));
        assertEquals(1.0, g1, 0);
        assertEquals(MaxOfNormals.variance(25), g5, 0);
        org.junit.jupiter.api.Assertions.assertTrue(g5 < GaussianOpEntropy.MAX_POOL_3X3_GAIN && g5 > 0.2, "g5 = " + g5);
    }

    @Test
    void channelsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new GaussianOpEntropy(0));
    }
}
