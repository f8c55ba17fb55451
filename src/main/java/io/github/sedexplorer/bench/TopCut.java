package io.github.sedexplorer.bench;

import java.util.Arrays;

/** Where one ranking cuts its top m rows, and the share of a slot each row tied at the cut gets. */
record TopCut(double value, double tiedShare) {

    /** The cut of the m highest of values (no NaN, 1 ≤ m ≤ length). */
    static TopCut of(double[] values, int m) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double cut = sorted[sorted.length - m];
        int above = 0;
        int tied = 0;
        for (double v : values) {
            if (v > cut) {
                above++;
            } else if (v == cut) {
                tied++;
            }
        }
        return new TopCut(cut, (double) (m - above) / tied);
    }

    /** A row's share of a top slot: 1 above the cut, the tied share at it, 0 below. */
    double weight(double v) {
        return v > value ? 1.0 : v == value ? tiedShare : 0.0;
    }
}
