package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;

/** "sed-flow", sed-model.md §3: SED = ½·ln v(output), v propagated as Σ g(op)·v(source). */
public final class VarianceFlowModel extends AggregatingModel {

    public static final String ID = "sed-flow";

    public VarianceFlowModel(OpEntropy entropy) {
        super(ID, entropy);
    }

    @Override
    public double score(Cell cell) {
        double v = CellDp.variance(cell, entropy)[CellDp.output(cell)];
        return v > 0 ? 0.5 * Math.log(v) : Double.NEGATIVE_INFINITY;
    }
}
