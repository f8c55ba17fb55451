package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sed-path of many architectures (a table's rows), taken apart once so they can be rescored for any Δ table in one
 * pass: sed-path is linear in Δ, score = Σ n·Δ(op) over a cell's live edges (and NB101's live nodes). The terms are
 * kept in the order {@link PathSumModel} adds them, cell by cell, so a replay gives the model's score to the last
 * bit. Immutable: any thread may call {@link #scores}, several at once.
 */
public final class PathTerms {

    private final List<Op> ops;
    /** Row r's cells are rowCells[r] .. rowCells[r + 1] − 1. */
    private final int[] rowCells;
    private final boolean[] connected;
    /** Cell c's terms are cellTerms[c] .. cellTerms[c + 1] − 1. */
    private final int[] cellTerms;
    private final double[] paths;
    private final int[] opOf;

    private PathTerms(List<Op> ops, int[] rowCells, boolean[] connected, int[] cellTerms, double[] paths, int[] opOf) {
        this.ops = List.copyOf(ops);
        this.rowCells = rowCells;
        this.connected = connected;
        this.cellTerms = cellTerms;
        this.paths = paths;
        this.opOf = opOf;
    }

    /** Takes apart every architecture's sed-path, in list order: row r of {@link #scores} is {@code rows.get(r)}. */
    public static PathTerms of(List<Architecture> rows) {
        PathSumModel counter = new PathSumModel(new GaussianOpEntropy(1)); // path counts do not depend on Δ
        List<Op> ops = new ArrayList<>();
        Map<Op, Integer> index = new HashMap<>();
        int[] rowCells = new int[rows.size() + 1];
        List<Boolean> connected = new ArrayList<>();
        List<Integer> cellTerms = new ArrayList<>(List.of(0));
        Terms terms = new Terms();
        for (int r = 0; r < rows.size(); r++) {
            Architecture arch = rows.get(r);
            for (Cell cell : arch.cells()) {
                SedAnalysis a = counter.analyse(cell);
                connected.add(a.connected());
                for (int e = 0; e < cell.edgeCount(); e++) {
                    double n = a.edgePaths(e); // 0 for none edges
                    if (n != 0) {
                        terms.add(n, index.computeIfAbsent(cell.edge(e).op(), op -> add(ops, op)));
                    }
                }
                for (int v = 0; v < cell.nodeCount(); v++) {
                    Op op = cell.node(v).op();
                    double n = a.nodePaths(v);
                    if (op != Op.SKIP && n != 0) {
                        terms.add(n, index.computeIfAbsent(op, o -> add(ops, o)));
                    }
                }
                cellTerms.add(terms.size);
            }
            rowCells[r + 1] = connected.size();
        }
        boolean[] live = new boolean[connected.size()];
        for (int c = 0; c < live.length; c++) {
            live[c] = connected.get(c);
        }
        return new PathTerms(ops, rowCells, live, cellTerms.stream().mapToInt(Integer::intValue).toArray(),
                Arrays.copyOf(terms.paths, terms.size), Arrays.copyOf(terms.ops, terms.size));
    }

    private static int add(List<Op> ops, Op op) {
        ops.add(op);
        return ops.size() - 1;
    }

    /** The ops the terms use, in order of first use. */
    public List<Op> ops() {
        return ops;
    }

    /** Every row's sed-path score under the entropy table: −∞ for a row with a disconnected cell. */
    public double[] scores(OpEntropy entropy) {
        double[] delta = new double[ops.size()];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = entropy.delta(ops.get(i));
        }
        double[] scores = new double[rowCells.length - 1];
        for (int r = 0; r < scores.length; r++) {
            double total = 0;
            for (int c = rowCells[r]; c < rowCells[r + 1]; c++) {
                double sum = Double.NEGATIVE_INFINITY;
                if (connected[c]) {
                    sum = 0;
                    for (int k = cellTerms[c]; k < cellTerms[c + 1]; k++) {
                        sum += paths[k] * delta[opOf[k]];
                    }
                }
                total += sum; // as SedModel.score(Architecture) adds its cells
            }
            scores[r] = total;
        }
        return scores;
    }

    /** A growable pair of primitive arrays. */
    private static final class Terms {
        double[] paths = new double[1024];
        int[] ops = new int[1024];
        int size;

        void add(double n, int op) {
            if (size == paths.length) {
                paths = Arrays.copyOf(paths, size * 2);
                ops = Arrays.copyOf(ops, size * 2);
            }
            paths[size] = n;
            ops[size++] = op;
        }
    }
}
