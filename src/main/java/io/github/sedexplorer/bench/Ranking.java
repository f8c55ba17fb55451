package io.github.sedexplorer.bench;

import java.util.Arrays;

/**
 * One column ranked for the rank statistics: each entry's tie group (dense, ascending), groups made exactly as
 * {@link Ties#snap} makes them (runs of consecutive sorted values within 12 significant digits; −0.0 ties with
 * 0.0; −∞ is the lowest group). Everything Kendall τ-b and Spearman ρ need from one side is here, in integers.
 */
final class Ranking {

    /** Above this many entries Σ of doubled-rank products may overflow a long (n³ &gt; 2⁶³). */
    private static final int LONG_EXACT = 2_000_000;

    final int n;
    /** group[u]: the entry's tie group, 0 = lowest. */
    final int[] group;
    final int groups;
    /** Entries sorted by group (ascending entry within a group): group g is byGroup[start[g]] .. byGroup[start[g + 1] − 1]. */
    final int[] byGroup;
    final int[] start;
    /** Per group: 2·(average rank) − (n + 1), an integer; the ranks' mean is (n + 1)/2 exactly. */
    final long[] centred;
    /** Σ over groups of c·(c − 1)/2: pairs tied on this side. */
    final long tiedPairs;
    /** Σ over entries of centred² (0 when all entries tie). */
    final double sumSquares;

    private Ranking(int n, int[] group, int groups) {
        this.n = n;
        this.group = group;
        this.groups = groups;
        start = new int[groups + 1];
        for (int g : group) {
            start[g + 1]++;
        }
        long tied = 0;
        long exact = 0;
        double squares = 0;
        centred = new long[groups];
        for (int g = 0; g < groups; g++) {
            long c = start[g + 1];
            tied += c * (c - 1) / 2;
            centred[g] = 2L * start[g] + c - n;
            if (n <= LONG_EXACT) {
                exact += c * centred[g] * centred[g];
            } else {
                squares += (double) c * centred[g] * centred[g];
            }
            start[g + 1] += start[g];
        }
        tiedPairs = tied;
        sumSquares = n <= LONG_EXACT ? exact : squares;
        byGroup = new int[n];
        int[] next = Arrays.copyOf(start, groups);
        for (int u = 0; u < n; u++) {
            byGroup[next[group[u]]++] = u;
        }
    }

    /** Ranks values (none NaN): distinct values by hashing, then only those are sorted (sed-path has few). */
    static Ranking of(double[] values) {
        DistinctValues distinct = new DistinctValues(values.length);
        int[] slot = new int[values.length];
        for (int u = 0; u < values.length; u++) {
            slot[u] = distinct.index(values[u] + 0.0); // −0.0 → 0.0, which Ties ties anyway
        }
        double[] sorted = Arrays.copyOf(distinct.values, distinct.size);
        Arrays.sort(sorted);
        int[] runOf = new int[sorted.length];
        int run = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || !Ties.close(sorted[i - 1], sorted[i])) {
                run++;
            }
            runOf[i] = run;
        }
        int[] runOfSlot = new int[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            runOfSlot[k] = runOf[Arrays.binarySearch(sorted, distinct.values[k])];
        }
        int[] group = new int[values.length];
        for (int u = 0; u < values.length; u++) {
            group[u] = runOfSlot[slot[u]];
        }
        return new Ranking(values.length, group, run + 1);
    }

    /**
     * Kendall τ-b against another ranking of the same entries with the integer counts of Knight's algorithm and
     * Hipparchus' KendallsCorrelation's final expression, so the same double. Discordant pairs are counted by
     * walking the other side's groups upwards with a Fenwick tree over this side's groups (few for sed-path).
     */
    double kendall(Ranking y) {
        if (n < 2) {
            return Double.NaN;
        }
        int[] fenwick = new int[groups + 1];
        int[] inGroup = new int[groups];
        long swaps = 0;
        long tiedBoth = 0;
        int seen = 0; // entries in lower y groups
        for (int gy = 0; gy < y.groups; gy++) {
            int from = y.start[gy];
            int to = y.start[gy + 1];
            for (int k = from; k < to; k++) {
                int gx = group[y.byGroup[k]];
                int atMost = 0; // seen entries whose x group is ≤ gx
                for (int i = gx + 1; i > 0; i -= i & -i) {
                    atMost += fenwick[i];
                }
                swaps += seen - atMost; // lower y, higher x: discordant
                tiedBoth += inGroup[gx]++;
            }
            for (int k = from; k < to; k++) {
                int gx = group[y.byGroup[k]];
                inGroup[gx] = 0;
                for (int i = gx + 1; i <= groups; i += i & -i) {
                    fenwick[i]++;
                }
            }
            seen += to - from;
        }
        long pairs = (long) n * (n - 1) / 2;
        long concordantMinusDiscordant = pairs - tiedPairs - y.tiedPairs + tiedBoth - 2 * swaps;
        double nonTiedPairsMultiplied = (pairs - tiedPairs) * (double) (pairs - y.tiedPairs);
        return concordantMinusDiscordant / Math.sqrt(nonTiedPairsMultiplied);
    }

    /**
     * Spearman ρ against another ranking of the same entries: Pearson r of the average ranks. Centred doubled
     * ranks are integers, so the sums are exact (in longs) and only the final division rounds.
     */
    double spearman(Ranking y) {
        if (n < 2 || groups < 2 || y.groups < 2) {
            return Double.NaN;
        }
        double products;
        if (n <= LONG_EXACT) {
            long sum = 0;
            for (int u = 0; u < n; u++) {
                sum += centred[group[u]] * y.centred[y.group[u]];
            }
            products = sum;
        } else {
            double sum = 0;
            for (int u = 0; u < n; u++) {
                sum += (double) centred[group[u]] * y.centred[y.group[u]];
            }
            products = sum;
        }
        double r = products / Math.sqrt(sumSquares * y.sumSquares);
        return Math.max(-1.0, Math.min(1.0, r));
    }

    /** Open addressing on a value's bits: each distinct value gets the next index. */
    private static final class DistinctValues {
        final double[] values;
        int size;
        private final long[] keys;
        private final int[] slots;
        private final int mask;

        DistinctValues(int capacity) {
            int tableSize = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
            keys = new long[tableSize];
            slots = new int[tableSize];
            Arrays.fill(slots, -1);
            mask = tableSize - 1;
            values = new double[capacity];
        }

        int index(double v) {
            long bits = Double.doubleToRawLongBits(v);
            long h = bits * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (slots[i] >= 0) {
                if (keys[i] == bits) {
                    return slots[i];
                }
                i = (i + 1) & mask;
            }
            keys[i] = bits;
            slots[i] = size;
            values[size] = v;
            return size++;
        }
    }
}
