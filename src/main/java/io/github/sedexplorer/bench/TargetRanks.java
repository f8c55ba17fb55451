package io.github.sedexplorer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kendall τ-b and Spearman ρ of many proxies against the fixed targets of one table, fast: every target is
 * ranked once, at construction, and each proxy is ranked once per set of usable rows and reused for every
 * target with that set. The figures equal {@link CorrelationStats#of}'s {@code kendall()} and
 * {@code spearman()} (to 1e-12; τ to the last bit) with the same rules: a row is skipped when its target is NaN
 * or infinite or its proxy is NaN; −∞ ranks lowest, tied; values are tied as {@link Ties#snap} ties them over
 * the rows used. A proxy with NaN in a target's usable rows changes those rows, so that target is re-ranked for
 * that call (slower, still exact).
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class TargetRanks {

    /** One proxy against one target: rows used and skipped, τ-b and ρ (NaN where undefined). */
    public record Agreement(int n, int skipped, double kendall, double spearman) {
    }

    private final int rows;
    private final double[][] targets;
    /** Per distinct set of rows with a finite target: those rows, ascending. */
    private final int[][] usable;
    /** Per target: its index into {@link #usable}. */
    private final int[] usableOf;
    /** Per target: its values over its usable rows, ranked. */
    private final Ranking[] ranked;

    /**
     * @param targets targets[t][row]; every target has the same number of rows
     * @throws IllegalArgumentException when the targets' lengths differ
     */
    public TargetRanks(double[][] targets) {
        this.rows = targets.length == 0 ? 0 : targets[0].length;
        this.targets = new double[targets.length][];
        this.usableOf = new int[targets.length];
        this.ranked = new Ranking[targets.length];
        List<int[]> sets = new ArrayList<>();
        for (int t = 0; t < targets.length; t++) {
            if (targets[t].length != rows) {
                throw new IllegalArgumentException("target " + t + " has " + targets[t].length + " rows, not " + rows);
            }
            this.targets[t] = targets[t].clone();
            int[] finite = finiteRows(this.targets[t]);
            int set = indexOf(sets, finite);
            if (set < 0) {
                set = sets.size();
                sets.add(finite);
            }
            usableOf[t] = set;
            ranked[t] = Ranking.of(gather(this.targets[t], sets.get(set)));
        }
        this.usable = sets.toArray(new int[0][]);
    }

    public int rows() {
        return rows;
    }

    public int targetCount() {
        return targets.length;
    }

    /**
     * The proxy against one target.
     *
     * @throws IllegalArgumentException when the proxy's length is not the table's row count
     */
    public Agreement evaluate(double[] proxy, int target) {
        requireRows(proxy);
        int[] used = usedRows(proxy, usable[usableOf[target]]);
        return agreement(Ranking.of(gather(proxy, used)), target, used);
    }

    /**
     * The proxy against every target, in target order; the proxy is ranked once per set of usable rows.
     *
     * @throws IllegalArgumentException when the proxy's length is not the table's row count
     */
    public Agreement[] evaluateAll(double[] proxy) {
        requireRows(proxy);
        Agreement[] out = new Agreement[targets.length];
        for (int set = 0; set < usable.length; set++) {
            int[] used = usedRows(proxy, usable[set]);
            Ranking x = Ranking.of(gather(proxy, used));
            for (int t = 0; t < targets.length; t++) {
                if (usableOf[t] == set) {
                    out[t] = agreement(x, t, used);
                }
            }
        }
        return out;
    }

    private Agreement agreement(Ranking x, int target, int[] used) {
        Ranking y = used == usable[usableOf[target]] ? ranked[target] : Ranking.of(gather(targets[target], used));
        return new Agreement(used.length, rows - used.length, x.kendall(y), x.spearman(y));
    }

    /** The usable rows where the proxy is not NaN: the same array when none is NaN. */
    private static int[] usedRows(double[] proxy, int[] usable) {
        int kept = 0;
        for (int r : usable) {
            kept += Double.isNaN(proxy[r]) ? 0 : 1;
        }
        if (kept == usable.length) {
            return usable;
        }
        int[] used = new int[kept];
        int k = 0;
        for (int r : usable) {
            if (!Double.isNaN(proxy[r])) {
                used[k++] = r;
            }
        }
        return used;
    }

    private static int[] finiteRows(double[] target) {
        int[] all = new int[target.length];
        int k = 0;
        for (int r = 0; r < target.length; r++) {
            if (Double.isFinite(target[r])) {
                all[k++] = r;
            }
        }
        return Arrays.copyOf(all, k);
    }

    private static int indexOf(List<int[]> sets, int[] rows) {
        for (int i = 0; i < sets.size(); i++) {
            if (Arrays.equals(sets.get(i), rows)) {
                return i;
            }
        }
        return -1;
    }

    private static double[] gather(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int u = 0; u < rows.length; u++) {
            out[u] = values[rows[u]];
        }
        return out;
    }

    private void requireRows(double[] proxy) {
        if (proxy.length != rows) {
            throw new IllegalArgumentException("the proxy has " + proxy.length + " scores for " + rows + " rows");
        }
    }
}
