package io.github.sedexplorer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Slow, obvious versions of the statistics, written from their definitions and sharing no code with
 * {@link CorrelationStats}. Values are compared with {@code <} and {@code ==}, so -Infinity is lowest and -0.0
 * ties with 0.0. Inputs hold no NaN.
 */
final class ReferenceStats {

    private ReferenceStats() {
    }

    /** O(n²) tau-b: (C − D) / sqrt((n0 − n1)(n0 − n2)), n1 / n2 the pairs tied in x / in y. */
    static double kendallTauB(double[] x, double[] y) {
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int dx = sign(x[i], x[j]);
                int dy = sign(y[i], y[j]);
                tiedX += dx == 0 ? 1 : 0;
                tiedY += dy == 0 ? 1 : 0;
                if (dx * dy > 0) {
                    concordant++;
                } else if (dx * dy < 0) {
                    discordant++;
                }
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }

    /** Pearson r of the average ranks. */
    static double spearman(double[] x, double[] y) {
        return pearson(averageRanks(x), averageRanks(y));
    }

    /** 1-based ranks from a plain sort; a run of equal values shares the mean of its positions. */
    static double[] averageRanks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byValue = (a, b) -> sign(values[a], values[b]);
        Arrays.sort(order, byValue);
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double mean = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = mean;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** Σ dx·dy / sqrt(Σ dx² · Σ dy²) around the means; NaN for n &lt; 2 or a constant side. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || constant(x) || constant(y)) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).sum() / n;
        double my = Arrays.stream(y).sum() / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * Top-k precision as the mean overlap over every way of breaking ties: a set of m rows is a possible top m
     * when each of its values is at least each value outside it, and random tie-breaking picks each possible set
     * equally often. Enumerates all 2^n subsets: n ≤ 16.
     */
    static double topKPrecision(double[] proxy, double[] target, int m) {
        List<Integer> byProxy = possibleTops(proxy, m);
        List<Integer> byTarget = possibleTops(target, m);
        double overlap = 0;
        for (int p : byProxy) {
            for (int t : byTarget) {
                overlap += Integer.bitCount(p & t);
            }
        }
        return overlap / byProxy.size() / byTarget.size() / m;
    }

    private static List<Integer> possibleTops(double[] values, int m) {
        int n = values.length;
        if (n > 16) {
            throw new IllegalArgumentException("enumeration is for tiny cases");
        }
        List<Integer> tops = new ArrayList<>();
        for (int set = 0; set < 1 << n; set++) {
            if (Integer.bitCount(set) == m && isTop(values, set)) {
                tops.add(set);
            }
        }
        return tops;
    }

    private static boolean isTop(double[] values, int set) {
        for (int in = 0; in < values.length; in++) {
            for (int out = 0; out < values.length; out++) {
                if ((set >> in & 1) == 1 && (set >> out & 1) == 0 && values[in] < values[out]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean constant(double[] values) {
        return Arrays.stream(values).allMatch(v -> v == values[0]);
    }

    private static int sign(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
