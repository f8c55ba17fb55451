package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Op;

/** "sed-path", sed-model.md §2: SED = Σ over input→output paths of Σ Δ along the path = Σ_e n(e)·Δ(op_e). */
public final class PathSumModel extends AggregatingModel {

    public static final String ID = "sed-path";

    public PathSumModel(OpEntropy entropy) {
        super(ID, entropy);
    }

    @Override
    public double score(Cell cell) {
        double[] from = CellDp.pathsFromInputs(cell);
        if (from[CellDp.output(cell)] == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] to = CellDp.pathsToOutput(cell);
        double sum = 0;
        for (int i = 0, m = cell.edgeCount(); i < m; i++) {
            Edge e = cell.edge(i);
            double n = from[e.from()] * to[e.to()];
            if (n != 0 && e.op().isReal()) {
                sum += n * entropy.delta(e.op());
            }
        }
        for (int v = 0, n = cell.nodeCount(); v < n; v++) {
            Op op = cell.node(v).op();
            double paths = from[v] * to[v];
            if (op != Op.SKIP && paths != 0) {
                sum += paths * entropy.delta(op);
            }
        }
        return sum;
    }
}
