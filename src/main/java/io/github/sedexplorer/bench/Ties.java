package io.github.sedexplorer.bench;

import java.util.Arrays;

/**
 * Makes values that agree to about 12 significant digits exactly equal. Floating-point sums of the
 * same entropy terms in another order differ in the last bits; left alone, that noise splits
 * mathematically equal scores (sed-path has many) into arbitrary orders and moves Kendall's τ.
 */
final class Ties {

    static final double RELATIVE = 1e-12;

    private Ties() {
    }

    /** A copy where each run of values, consecutive ones within the tolerance, takes the run's smallest value. */
    static double[] snap(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] representative = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            representative[i] = i > 0 && close(sorted[i - 1], sorted[i]) ? representative[i - 1] : sorted[i];
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = representative[Arrays.binarySearch(sorted, values[i])];
        }
        return out;
    }

    static boolean close(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
