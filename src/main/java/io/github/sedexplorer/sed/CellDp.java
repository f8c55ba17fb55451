package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;

import java.util.Arrays;

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

    /**
     * Whether {@link #variance} stayed within the double range: every node that a real path reaches has a finite,
     * normal v (a subnormal has lost digits, an overflow is +∞ and an underflow is 0, which would read as
     * "no signal"). When not, {@link #logVariance} gives the same quantity without leaving the range.
     */
    static boolean inRange(Cell cell, double[] variance) {
        boolean zeros = false;
        for (double v : variance) {
            if (v == 0) {
                zeros = true;
            } else if (!(v >= Double.MIN_NORMAL && v < Double.POSITIVE_INFINITY)) {
                return false;
            }
        }
        if (zeros) {
            double[] reached = pathsFromInputs(cell);
            for (int i = 0; i < variance.length; i++) {
                if (variance[i] == 0 && reached[i] > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * ln v per node (−∞ where no signal arrives), the same propagation as {@link #variance} carried out in log
     * space (ln g = 2Δ, sums by log-sum-exp), so a 1,000-node chain of huge gains or tiny pools stays finite.
     */
    static double[] logVariance(Cell cell, OpEntropy entropy) {
        int n = cell.nodeCount();
        double[] in = new double[n];
        double[] out = new double[n];
        Arrays.fill(in, Double.NEGATIVE_INFINITY);
        boolean[] done = new boolean[n];
        for (int i = 0, m = cell.edgeCount(); i < m; i++) {
            Edge e = cell.forwardEdge(i);
            if (e.op().isReal()) {
                int to = e.to();
                in[to] = logSum(in[to], 2 * entropy.delta(e.op()) + settleLog(cell, entropy, in, out, done, e.from()));
            }
        }
        for (int v = 0; v < n; v++) {
            settleLog(cell, entropy, in, out, done, v);
        }
        return out;
    }

    private static double settleLog(Cell cell, OpEntropy entropy, double[] in, double[] out, boolean[] done, int v) {
        if (!done[v]) {
            Op op = cell.node(v).op();
            out[v] = cell.node(v).role() == NodeRole.INPUT ? 0.0 : op == Op.SKIP ? in[v] : 2 * entropy.delta(op) + in[v];
            done[v] = true;
        }
        return out[v];
    }

    /** ln(e^a + e^b) without overflow; −∞ stands for 0. */
    static double logSum(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double hi = Math.max(a, b);
        return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
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
