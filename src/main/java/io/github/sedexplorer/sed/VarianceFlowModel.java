package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;

/**
 * "sed-flow", sed-model.md §3: SED = ½·ln v(output), v propagated as Σ g(op)·v(source). When v leaves the
 * double range (a long chain of large gains overflows, of pools underflows to 0, which would read as
 * disconnected), the same propagation runs in log space, so a connected cell always has a finite score and
 * −∞ means disconnected.
 */
public final class VarianceFlowModel extends AggregatingModel {

    public static final String ID = "sed-flow";

    public VarianceFlowModel(OpEntropy entropy) {
        super(ID, entropy);
    }

    @Override
    public double score(Cell cell) {
        double[] variance = CellDp.variance(cell, entropy);
        int output = CellDp.output(cell);
        if (!CellDp.inRange(cell, variance)) {
            return 0.5 * CellDp.logVariance(cell, entropy)[output];
        }
        double v = variance[output];
        return v > 0 ? 0.5 * Math.log(v) : Double.NEGATIVE_INFINITY;
    }
}
