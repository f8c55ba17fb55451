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
        assertEquals(0.5 * Math.log(0.3573533), c16.delta(Op.MAX_POOL_3X3), 0);
        // the spec prints Δ = −0.5145149, but ½·ln 0.3573533 = −0.51451518: g is the definition, Δ follows from it
        assertEquals(-0.5145149, c16.delta(Op.MAX_POOL_3X3), 5e-7);
        assertEquals(0.0, c16.delta(Op.SKIP));
        assertEquals(Double.NEGATIVE_INFINITY, c16.delta(Op.NONE));
        assertEquals(0.0, c16.gain(Op.NONE));
        assertEquals(9 * 128, new GaussianOpEntropy(128).gain(Op.CONV_3X3), 1e-12);
    }

    @Test
    void maxOfNormalsMatchesTheSpecAndClosedForms() {
        assertEquals(GaussianOpEntropy.MAX_POOL_3X3_GAIN, MaxOfNormals.variance(9), 5e-8);
        assertEquals(1.0, MaxOfNormals.variance(1), 0);
        assertEquals(1 - 1 / Math.PI, MaxOfNormals.variance(2), 1e-10); // Var(max(X, Y)) = 1 − 1/π
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
