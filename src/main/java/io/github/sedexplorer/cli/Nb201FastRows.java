package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.OpEntropy;
import io.github.sedexplorer.sed.PathSumModel;
import io.github.sedexplorer.sed.SedModel;

import java.nio.charset.StandardCharsets;

/**
 * score's row for an NB201 line in the canonical arch-string shape {@code |a~0|+|b~0|c~1|+|d~0|e~1|f~2|}, made
 * straight from the line's bytes with no Cell: NB201's graph is fixed (edges (0→1), (0→2), (1→2), (0→3), (1→3),
 * (2→3); every node op skip), so sed-path's path counts come from a 4-node DP over which edges are none, and the
 * score is {@link PathSumModel}'s sum done in its order (edges in list order, n·Δ where n ≠ 0 and the op is real;
 * node terms are all skip and add nothing), then {@code 0 + sum} as {@link SedModel#score(
 * io.github.sedexplorer.cell.Architecture)} adds its one cell. Params are the per-op {@link ParamCount} at C summed
 * over the six edges. Any other line (whitespace, tuples, errors, not ASCII) gives null and takes the general path,
 * so its row or message is what it always was. Only for the built-in sed-path (a PathSumModel with any Δ table).
 */
final class Nb201FastRows {

    private static final int EDGES = 6;
    private static final int[] FROM = {0, 0, 1, 0, 1, 2};
    private static final int[] TO = {1, 2, 2, 3, 3, 3};
    private static final byte[] NEWLINE = System.lineSeparator().getBytes(StandardCharsets.ISO_8859_1);

    private final byte[][] names;
    private final boolean[] real;
    private final double[] delta;
    private final long[] params;

    private Nb201FastRows(SedModel model, int channels) {
        SearchSpace s = SearchSpace.NB201;
        int k = s.ops().size();
        names = new byte[k][];
        real = new boolean[k];
        delta = new double[k];
        params = new long[k];
        OpEntropy entropy = model.opEntropy();
        for (int i = 0; i < k; i++) {
            Op op = s.ops().get(i);
            names[i] = s.opName(op).getBytes(StandardCharsets.ISO_8859_1);
            real[i] = op.isReal();
            delta[i] = op.isReal() ? entropy.delta(op) : 0;
            params[i] = ParamCount.of(op, channels);
        }
    }

    /** The fast rows for the run's space and model, or null where the general path must do all lines. */
    static Nb201FastRows forRun(SearchSpace space, SedModel model, int channels) {
        if (space != SearchSpace.NB201 || !(model instanceof PathSumModel)) {
            return null;
        }
        try {
            return new Nb201FastRows(model, channels);
        } catch (RuntimeException e) {
            return null; // a Δ or a count the general path reports line by line
        }
    }

    /** The row of the line's bytes, byte for byte what the general path prints, or null to use the general path. */
    byte[] row(byte[] b, int off, int n) {
        int end = off + n;
        int[] ops = new int[EDGES];
        int p = off;
        if (p >= end || b[p++] != '|') {
            return null;
        }
        for (int e = 0; e < EDGES; e++) {
            int op = match(b, p, end);
            if (op < 0) {
                return null;
            }
            ops[e] = op;
            p += names[op].length;
            if (p + 3 > end || b[p] != '~' || b[p + 1] != '0' + FROM[e] || b[p + 2] != '|') {
                return null;
            }
            p += 3;
            if (e == 0 || e == 2) {
                if (p + 2 > end || b[p] != '+' || b[p + 1] != '|') {
                    return null;
                }
                p += 2;
            }
        }
        if (p != end) {
            return null;
        }
        double[] from = {1, 0, 0, 0};
        double[] to = {0, 0, 0, 1};
        for (int e = 0; e < EDGES; e++) {
            if (real[ops[e]]) {
                from[TO[e]] += from[FROM[e]];
            }
        }
        for (int e = EDGES - 1; e >= 0; e--) {
            if (real[ops[e]]) {
                to[FROM[e]] += to[TO[e]];
            }
        }
        double score;
        if (from[3] == 0) {
            score = Double.NEGATIVE_INFINITY;
        } else {
            double sum = 0;
            for (int e = 0; e < EDGES; e++) {
                double paths = from[FROM[e]] * to[TO[e]];
                if (paths != 0 && real[ops[e]]) {
                    sum += paths * delta[ops[e]];
                }
            }
            score = sum;
        }
        double total = 0;
        total += score;
        long count = 0;
        for (int e = 0; e < EDGES; e++) {
            count = Math.addExact(count, params[ops[e]]);
        }
        byte[] tail = new StringBuilder(48).append(',').append(ScoreCommand.formatScore(total)).append(',')
                .append(from[3] > 0).append(',').append(count).toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] row = new byte[n + tail.length + NEWLINE.length];
        System.arraycopy(b, off, row, 0, n);
        System.arraycopy(tail, 0, row, n, tail.length);
        System.arraycopy(NEWLINE, 0, row, n + tail.length, NEWLINE.length);
        return row;
    }

    /** The op whose name starts at p and is followed by '~', or −1. */
    private int match(byte[] b, int p, int end) {
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i];
            int m = name.length;
            if (p + m < end && b[p + m] == '~' && java.util.Arrays.equals(b, p, p + m, name, 0, m)) {
                return i;
            }
        }
        return -1;
    }
}
