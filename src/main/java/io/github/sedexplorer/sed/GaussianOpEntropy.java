package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.OpFamily;

import java.util.Arrays;

/**
 * sed-model.md §1: Gaussian feature maps, i.i.d. unit-variance unnormalised weights, C channels.
 * conv k×k g = k²·C; separable conv (k²·C)²; dilated conv k²·C; avg pool p×p 1/p²;
 * max pool 3×3 the variance of the max of 9 i.i.d. N(0,1), 0.35735332635781336 (the spec prints it
 * rounded to 0.3573533); skip 1; none 0.
 * Max pools of other sizes use the same rule: {@link MaxOfNormals#variance(int)} of p² normals.
 */
public final class GaussianOpEntropy implements OpEntropy {

    /**
     * The variance of the max of 9 i.i.d. standard normals to double precision (the double nearest
     * 0.3573533263578133437…, which sed-model.md prints rounded to 7 digits); equal to
     * {@link MaxOfNormals#variance(int) MaxOfNormals.variance(9)}, checked against a second quadrature in the tests.
     */
    public static final double MAX_POOL_3X3_GAIN = 0.35735332635781336;

    private static final int FAMILIES = OpFamily.values().length;

    private final int channels;
    private final double[] gains = new double[FAMILIES * (Op.MAX_KERNEL + 1)];
    private final double[] deltas = new double[gains.length];

    public GaussianOpEntropy(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("channel count C must be at least 1, not " + channels);
        }
        this.channels = channels;
        Arrays.fill(gains, Double.NaN);
        for (OpFamily f : OpFamily.values()) {
            if (!f.sized()) {
                fill(new Op(f, 0));
            } else if (f != OpFamily.MAX_POOL) {
                for (int k = 1; k <= Op.MAX_KERNEL; k++) {
                    fill(new Op(f, k));
                }
            }
        }
        fill(Op.MAX_POOL_3X3);
    }

    private static int slot(Op op) {
        return op.family().ordinal() * (Op.MAX_KERNEL + 1) + op.kernel();
    }

    private void fill(Op op) {
        double g = computeGain(op);
        gains[slot(op)] = g;
        deltas[slot(op)] = 0.5 * Math.log(g);
    }

    private double computeGain(Op op) {
        double c = channels;
        double k2 = (double) op.kernel() * op.kernel();
        return switch (op.family()) {
            case CONV, DIL_CONV -> k2 * c;
            case SEP_CONV -> (k2 * c) * (k2 * c);
            case AVG_POOL -> 1.0 / k2;
            case MAX_POOL -> op.kernel() == 3 ? MAX_POOL_3X3_GAIN : MaxOfNormals.variance(op.kernel() * op.kernel());
            case SKIP -> 1.0;
            case NONE -> 0.0;
        };
    }

    @Override
    public double gain(Op op) {
        int s = slot(op);
        double g = gains[s];
        if (Double.isNaN(g)) {
            fill(op); // rare max-pool sizes: computed once; a racing thread computes the same value
            g = gains[s];
        }
        return g;
    }

    @Override
    public double delta(Op op) {
        int s = slot(op);
        if (Double.isNaN(gains[s])) {
            fill(op);
        }
        return deltas[s];
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public String toString() {
        return "Gaussian(C=" + channels + ")";
    }
}
