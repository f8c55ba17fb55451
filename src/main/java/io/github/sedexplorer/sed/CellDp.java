package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;

/**
 * The three passes every SED quantity is made of, each one sweep over the cell's edges in
 * forward order. Only real operations (not {@code none}) carry paths or variance.
 * Path counts are doubles: exact to 2^53, and finite far beyond any long.
 */
final class CellDp {

    private CellDp() {
    }

    /** paths[v] = number of real-op paths from any input node to v. */
    static double[] pathsFromInputs(Cell cell) {
        double[] paths = new double[cell.nodeCount()];
        for (int v = 0; v < paths.length; v++) {
            if (cell.node(v).role() == NodeRole.INPUT) {
                paths[v] = 1;
            }
        }
        for (int i = 0, m = cell.edgeCount(); i < m; i++) {
            Edge e = cell.forwardEdge(i);
            if (e.op().isReal()) {
                paths[e.to()] += paths[e.from()];
            }
        }
        return paths;
    }

    /** paths[v] = number of real-op paths from v to the output node. */
    static double[] pathsToOutput(Cell cell) {
        double[] paths = new double[cell.nodeCount()];
        for (int v = 0; v < paths.length; v++) {
            if (cell.node(v).role() == NodeRole.OUTPUT) {
                paths[v] = 1;
            }
        }
        for (int i = cell.edgeCount() - 1; i >= 0; i--) {
            Edge e = cell.forwardEdge(i);
            if (e.op().isReal()) {
                paths[e.from()] += paths[e.to()];
            }
        }
        return paths;
    }

    /** variance[v] relative to the input (input = 1), sed-model.md §3; node ops multiply at their node. */
    static double[] variance(Cell cell, OpEntropy entropy) {
        int n = cell.nodeCount();
        double[] in = new double[n];
        double[] out = new double[n];
        boolean[] done = new boolean[n];
        for (int i = 0, m = cell.edgeCount(); i < m; i++) {
            Edge e = cell.forwardEdge(i);
            if (e.op().isReal()) {
                in[e.to()] += entropy.gain(e.op()) * settle(cell, entropy, in, out, done, e.from());
            }
        }
        for (int v = 0; v < n; v++) {
            settle(cell, entropy, in, out, done, v);
        }
        return out;
    }

    private static double settle(Cell cell, OpEntropy entropy, double[] in, double[] out, boolean[] done, int v) {
        if (!done[v]) {
            Op op = cell.node(v).op();
            // a node without an op of its own (edge-labelled spaces mark it skip) passes its sum on, as in sed-path:
            // a tuned skip Δ must change the skip edges, not every node
            out[v] = cell.node(v).role() == NodeRole.INPUT ? 1.0 : op == Op.SKIP ? in[v] : entropy.gain(op) * in[v];
            done[v] = true;
        }
        return out[v];
    }

    static int output(Cell cell) {
        for (int v = cell.nodeCount() - 1; v >= 0; v--) {
            if (cell.node(v).role() == NodeRole.OUTPUT) {
                return v;
            }
        }
        throw new IllegalStateException("cell without output");
    }
}
