package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;

/** "sed-flow", sed-model.md §3: SED = ½·ln v(output), v propagated as Σ g(op)·v(source). */
public final class VarianceFlowModel implements SedModel {

    public static final String ID = "sed-flow";

    private final OpEntropy entropy;

    public VarianceFlowModel(OpEntropy entropy) {
        this.entropy = entropy;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public OpEntropy opEntropy() {
        return entropy;
    }

    @Override
    public double score(Cell cell) {
        double v = CellDp.variance(cell, entropy)[CellDp.output(cell)];
        return v > 0 ? 0.5 * Math.log(v) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public String toString() {
        return ID + " (" + entropy + ")";
    }
}
