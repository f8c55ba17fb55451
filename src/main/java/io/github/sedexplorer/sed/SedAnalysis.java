package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell taken apart for display: per edge the path count n(e) and contribution n(e)·Δ(op),
 * per node the entropy change ½·ln v relative to the input (the flow bar), and the input→output
 * paths with their entropy totals. {@link #score()} is the model's score.
 */
public final class SedAnalysis {

    /** One input→output path: its node sequence and Σ Δ along it. */
    public record PathEntropy(List<Integer> nodes, double entropy) {
    }

    private final Cell cell;
    private final OpEntropy entropy;
    private final double score;
    private final double[] fromInputs;
    private final double[] toOutput;
    /** ½·ln v per node. */
    private final double[] nodeEntropy;

    SedAnalysis(Cell cell, OpEntropy entropy, double score) {
        this.cell = cell;
        this.entropy = entropy;
        this.score = score;
        this.fromInputs = CellDp.pathsFromInputs(cell);
        this.toOutput = CellDp.pathsToOutput(cell);
        double[] v = CellDp.variance(cell, entropy);
        if (CellDp.inRange(cell, v)) {
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i] > 0 ? 0.5 * Math.log(v[i]) : Double.NEGATIVE_INFINITY;
            }
        } else {
            v = CellDp.logVariance(cell, entropy);
            for (int i = 0; i < v.length; i++) {
                v[i] *= 0.5;
            }
        }
        this.nodeEntropy = v;
    }

    public Cell cell() {
        return cell;
    }

    public double score() {
        return score;
    }

    public boolean connected() {
        return fromInputs[CellDp.output(cell)] > 0;
    }

    /** Number of valid input→output paths. */
    public double pathCount() {
        return fromInputs[CellDp.output(cell)];
    }

    /** n(e): valid paths through edge i (0 for none edges and dead edges). */
    public double edgePaths(int edge) {
        Edge e = cell.edge(edge);
        return e.op().isReal() ? fromInputs[e.from()] * toOutput[e.to()] : 0;
    }

    /** n(v): valid input→output paths through node v (0 where none passes). */
    public double nodePaths(int node) {
        return fromInputs[node] * toOutput[node];
    }

    /** n(e)·Δ(op_e): what edge i adds to sed-path. */
    public double edgeContribution(int edge) {
        double n = edgePaths(edge);
        return n == 0 ? 0 : n * entropy.delta(cell.edge(edge).op());
    }

    /** n(v)·Δ(op_v) for a node-labelled interior node; 0 elsewhere. */
    public double nodeContribution(int node) {
        Op op = cell.node(node).op();
        double n = fromInputs[node] * toOutput[node];
        return op == Op.SKIP || n == 0 ? 0 : n * entropy.delta(op);
    }

    /** ½·ln v(node): the node's entropy change relative to the input (−∞ where no signal arrives). */
    public double nodeEntropy(int node) {
        return nodeEntropy[node];
    }

    /** Whether the edge lies on some valid input→output path. */
    public boolean live(int edge) {
        return edgePaths(edge) > 0;
    }

    /** Up to {@code limit} input→output paths, each with its entropy total (depth-first, edge order). */
    public List<PathEntropy> paths(int limit) {
        List<List<Edge>> outgoing = new ArrayList<>();
        for (int v = 0; v < cell.nodeCount(); v++) {
            outgoing.add(new ArrayList<>());
        }
        for (Edge e : cell.edges()) {
            if (e.op().isReal() && toOutput[e.to()] > 0) {
                outgoing.get(e.from()).add(e);
            }
        }
        List<PathEntropy> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        for (int v = 0; v < cell.nodeCount() && out.size() < limit; v++) {
            if (cell.node(v).role() == NodeRole.INPUT) {
                walk(v, 0.0, stack, outgoing, out, limit);
            }
        }
        return out;
    }

    private void walk(int v, double sum, List<Integer> stack, List<List<Edge>> outgoing, List<PathEntropy> out, int limit) {
        stack.add(v);
        double here = sum + (cell.node(v).op() == Op.SKIP ? 0 : entropy.delta(cell.node(v).op()));
        if (cell.node(v).role() == NodeRole.OUTPUT) {
            out.add(new PathEntropy(List.copyOf(stack), here));
        } else {
            for (Edge e : outgoing.get(v)) {
                if (out.size() >= limit) {
                    break;
                }
                walk(e.to(), here + entropy.delta(e.op()), stack, outgoing, out, limit);
            }
        }
        stack.remove(stack.size() - 1);
    }
}
