package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;

/**
 * The topology-only baseline of sed-model.md §6: the convolution weight count on live edges (edges,
 * or NAS-Bench-101 nodes, on some input→output path of real operations), Σ k² per k×k convolution
 * (separable and dilated convolutions count k² too); −∞ for a disconnected cell, like SED.
 */
public final class LiveConv {

    public static final String ID = "live-conv";

    private LiveConv() {
    }

    public static double of(Cell cell) {
        double[] from = CellDp.pathsFromInputs(cell);
        if (from[CellDp.output(cell)] == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] to = CellDp.pathsToOutput(cell);
        double sum = 0;
        for (Edge e : cell.edges()) {
            if (e.op().isReal() && from[e.from()] * to[e.to()] > 0) {
                sum += weight(e.op());
            }
        }
        for (int v = 0; v < cell.nodeCount(); v++) {
            Node n = cell.node(v);
            if (n.op() != Op.SKIP && from[v] * to[v] > 0) {
                sum += weight(n.op());
            }
        }
        return sum;
    }

    public static double of(Architecture arch) {
        double sum = 0;
        for (Cell c : arch.cells()) {
            sum += of(c);
        }
        return sum;
    }

    private static double weight(Op op) {
        return op.family().isConvolution() ? (double) op.kernel() * op.kernel() : 0;
    }
}
