package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sed-flow of many architectures (a table's rows), compiled once into the variance propagation's steps (which node is
 * settled when, which edge adds what), so a new op table rescores all rows in one tight pass. The steps are those of
 * the model's own dynamic programme in the same order, so a replay gives {@link VarianceFlowModel}'s score to the
 * last bit. Immutable: any thread may call {@link #scores}, several at once.
 */
public final class FlowSteps {

    /** out[v] = 1. */
    private static final int INPUT = 0;
    /** out[v] = g(node op) · in[v]. */
    private static final int SETTLE = 1;
    /** in[to] += g(edge op) · out[from]. */
    private static final int ADD = 2;
    /** A node without an op of its own (edge-labelled spaces mark it skip): it passes its sum on. */
    private static final int PASS = 4;
    /** The cell's score is ½·ln out[v] (−∞ when out[v] ≤ 0). */
    private static final int END = 3;

    private final List<Op> ops;
    /** Per row, its cells' steps follow one another; each cell starts with its node count and ends with END. */
    private final int[] code;
    private final int[] cellsOf;
    private final int maxNodes;

    private FlowSteps(List<Op> ops, int[] code, int[] cellsOf, int maxNodes) {
        this.ops = List.copyOf(ops);
        this.code = code;
        this.cellsOf = cellsOf;
        this.maxNodes = maxNodes;
    }

    /** Compiles every architecture's sed-flow, in list order: row r of {@link #scores} is {@code rows.get(r)}. */
    public static FlowSteps of(List<Architecture> rows) {
        Compiler c = new Compiler();
        int[] cellsOf = new int[rows.size()];
        for (int r = 0; r < cellsOf.length; r++) {
            Architecture arch = rows.get(r);
            cellsOf[r] = arch.cells().size();
            for (Cell cell : arch.cells()) {
                c.compile(cell);
            }
        }
        return new FlowSteps(c.ops, Arrays.copyOf(c.code, c.size), cellsOf, c.maxNodes);
    }

    /** Every row's sed-flow score under the entropy table: −∞ for a row with a cell no signal crosses. */
    public double[] scores(OpEntropy entropy) {
        double[] gain = new double[ops.size()];
        for (int i = 0; i < gain.length; i++) {
            gain[i] = entropy.gain(ops.get(i));
        }
        double[] in = new double[maxNodes];
        double[] out = new double[maxNodes];
        double[] scores = new double[cellsOf.length];
        int p = 0;
        for (int r = 0; r < scores.length; r++) {
            double total = 0;
            for (int c = 0; c < cellsOf[r]; c++) {
                Arrays.fill(in, 0, code[p++], 0.0);
                for (int step = code[p++]; step != END; step = code[p++]) {
                    if (step == INPUT) {
                        out[code[p++]] = 1.0;
                    } else if (step == PASS) {
                        int v = code[p++];
                        out[v] = in[v];
                    } else if (step == SETTLE) {
                        int v = code[p++];
                        out[v] = gain[code[p++]] * in[v];
                    } else {
                        int to = code[p++];
                        int from = code[p++];
                        in[to] += gain[code[p++]] * out[from];
                    }
                }
                double v = out[code[p++]];
                double score = v > 0 ? 0.5 * Math.log(v) : Double.NEGATIVE_INFINITY;
                total += score; // as SedModel.score(Architecture) adds its cells
            }
            scores[r] = total;
        }
        return scores;
    }

    /** Emits the steps of CellDp.variance for one cell: edges in forward order, a node settled when first used. */
    private static final class Compiler {
        final List<Op> ops = new ArrayList<>();
        final Map<Op, Integer> index = new HashMap<>();
        int[] code = new int[4096];
        int size;
        int maxNodes;

        void compile(Cell cell) {
            int n = cell.nodeCount();
            maxNodes = Math.max(maxNodes, n);
            emit(n);
            boolean[] settled = new boolean[n];
            for (int i = 0; i < cell.edgeCount(); i++) {
                Edge e = cell.forwardEdge(i);
                if (e.op().isReal()) {
                    settle(cell, e.from(), settled);
                    emit(ADD, e.to(), e.from(), op(e.op()));
                }
            }
            int output = output(cell);
            settle(cell, output, settled);
            emit(END, output);
        }

        private void settle(Cell cell, int v, boolean[] settled) {
            if (!settled[v]) {
                settled[v] = true;
                if (cell.node(v).role() == NodeRole.INPUT) {
                    emit(INPUT, v);
                } else if (cell.node(v).op() == Op.SKIP) {
                    emit(PASS, v);
                } else {
                    emit(SETTLE, v, op(cell.node(v).op()));
                }
            }
        }

        private static int output(Cell cell) {
            for (int v = cell.nodeCount() - 1; v >= 0; v--) {
                if (cell.node(v).role() == NodeRole.OUTPUT) {
                    return v;
                }
            }
            throw new IllegalStateException("cell without output");
        }

        private int op(Op op) {
            return index.computeIfAbsent(op, o -> {
                ops.add(o);
                return ops.size() - 1;
            });
        }

        private void emit(int... words) {
            if (size + words.length > code.length) {
                code = Arrays.copyOf(code, Math.max(code.length * 2, size + words.length));
            }
            System.arraycopy(words, 0, code, size, words.length);
            size += words.length;
        }
    }
}
