package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Op;

/**
 * How much one operation changes the entropy of a feature map: a variance gain g and
 * Δ = ½·ln g. The reconstruction's Gaussian table is {@link GaussianOpEntropy}; a tuned
 * table is another implementation, so aggregations never change.
 */
public interface OpEntropy {

    /** Variance gain g of the op; 0 for {@code none}. */
    double gain(Op op);

    /** Entropy change Δ = ½·ln g (−∞ for {@code none}). */
    default double delta(Op op) {
        return 0.5 * Math.log(gain(op));
    }

    /** The channel count C the table assumes. */
    int channels();
}
