package io.github.sedexplorer.bench;

import org.hipparchus.stat.correlation.Covariance;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.stat.descriptive.moment.Variance;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * Agreement between a proxy's scores and a benchmark's accuracies: Kendall tau-b, Spearman rho, Pearson r and
 * top-k precision.
 *
 * <p>Scores are ordered as doubles, with -Infinity below every finite score and +Infinity above: a
 * disconnected cell (scored -Infinity) ranks lowest, tied with the other disconnected cells. The rank statistics
 * take infinities as they are; Pearson r, being linear, takes only finite values.
 *
 * <p>{@link #of} first makes values that agree to 12 significant digits equal ({@link Ties}): the same
 * entropy terms summed in another order must not turn a tie into an order.
 */
public final class CorrelationStats {

    private static final NaturalRanking AVERAGE_RANKS = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private CorrelationStats() {
    }

    /**
     * All four statistics of one proxy against one target.
     *
     * <p>A row is skipped (and counted in {@link Correlation#skipped()}) when its target is NaN or infinite, or
     * its proxy is NaN. A proxy of -Infinity (a disconnected cell) stays in: Kendall, Spearman and top-k rank it
     * below every finite score, tied with the other -Infinity rows; +Infinity likewise ranks above everything. Pearson r is computed on the used rows whose
     * proxy is finite, since an infinite score has no linear value.
     *
     * @param proxy        the proxy's score of each row
     * @param target       the accuracy of each row, same length
     * @param topKPercent  k of the top-k precision, in percent of the used rows, in (0, 100]
     * @return the statistics; each is NaN where undefined (fewer than 2 rows, or no variance; top-k only for
     *         no rows)
     * @throws IllegalArgumentException if the lengths differ or the percent is out of range
     */
    public static Correlation of(double[] proxy, double[] target, double topKPercent) {
        requireSameLength(proxy, target);
        requirePercent(topKPercent);
        int used = 0;
        int finite = 0;
        for (int i = 0; i < proxy.length; i++) {
            if (isUsed(proxy[i], target[i])) {
                used++;
                finite += Double.isInfinite(proxy[i]) ? 0 : 1;
            }
        }
        double[] p = new double[used];
        double[] t = new double[used];
        for (int i = 0, u = 0; i < proxy.length; i++) {
            if (isUsed(proxy[i], target[i])) {
                p[u] = proxy[i];
                t[u++] = target[i];
            }
        }
        p = Ties.snap(p);
        t = Ties.snap(t);
        double[] finiteP = new double[finite];
        double[] finiteT = new double[finite];
        for (int u = 0, f = 0; u < used; u++) {
            if (!Double.isInfinite(p[u])) {
                finiteP[f] = p[u];
                finiteT[f++] = t[u];
            }
        }
        return new Correlation(used, proxy.length - used, kendallTauB(p, t), spearman(p, t),
                pearson(finiteP, finiteT), topKPrecision(p, t, topKPercent), topKPercent);
    }

    /**
     * Kendall tau-b, (concordant − discordant) / sqrt((n0 − n1)(n0 − n2)), in O(n log n) (Hipparchus, Knight's
     * merge-sort count). Infinities are ordered; -0.0 ties with 0.0.
     *
     * @return tau-b, or NaN with fewer than 2 rows or when either side is all ties
     * @throws IllegalArgumentException if the lengths differ or a value is NaN
     */
    public static double kendallTauB(double[] x, double[] y) {
        requireSameLength(x, y);
        if (x.length < 2) {
            return Double.NaN;
        }
        return new KendallsCorrelation().correlation(ordered(x, "x"), ordered(y, "y"));
    }

    /**
     * Spearman rho: Pearson r of the average ranks (tied values share the mean of their ranks). Infinities are
     * ordered; -0.0 ties with 0.0.
     *
     * @return rho, or NaN with fewer than 2 rows or when either side is all ties
     * @throws IllegalArgumentException if the lengths differ or a value is NaN
     */
    public static double spearman(double[] x, double[] y) {
        requireSameLength(x, y);
        if (x.length < 2) {
            return Double.NaN;
        }
        // Hipparchus' SpearmansCorrelation would rank the same way, then lose digits in PearsonsCorrelation.
        return linear(AVERAGE_RANKS.rank(ordered(x, "x")), AVERAGE_RANKS.rank(ordered(y, "y")));
    }

    /**
     * Pearson r of finite values: two-pass covariance over two-pass variances (Hipparchus). Not Hipparchus'
     * PearsonsCorrelation, which takes sqrt(R²) of a cancelled difference and so loses about half its digits when
     * r is near 0.
     *
     * @return r, or NaN with fewer than 2 rows or when either side is constant
     * @throws IllegalArgumentException if the lengths differ or a value is NaN or infinite
     */
    public static double pearson(double[] x, double[] y) {
        requireSameLength(x, y);
        requireFinite(x, "x");
        requireFinite(y, "y");
        return x.length < 2 ? Double.NaN : linear(x, y);
    }

    /**
     * Top-k precision: the share of the top m rows by proxy that are among the top m rows by target (highest
     * values first), with m = ceil(n · percent / 100), at least 1; see {@link #topCount(int, double)}.
     *
     * <p>Rows tied at a cut count fractionally, so the result never depends on row order: in each ranking a row
     * above the cut value weighs 1, the t rows at the cut value share the r slots left with r/t each, the others
     * 0, and precision = Σ wProxy·wTarget / m. This is the exact expectation over random tie-breaking.
     *
     * @param percent k, in percent of the rows, in (0, 100]
     * @return the precision in [0, 1], or NaN for no rows
     * @throws IllegalArgumentException if the lengths differ, a value is NaN, or the percent is out of range
     */
    public static double topKPrecision(double[] proxy, double[] target, double percent) {
        requireSameLength(proxy, target);
        requirePercent(percent);
        requireNoNaN(proxy, "proxy");
        requireNoNaN(target, "target");
        if (proxy.length == 0) {
            return Double.NaN;
        }
        int m = topCount(proxy.length, percent);
        TopCut byProxy = TopCut.of(proxy, m);
        TopCut byTarget = TopCut.of(target, m);
        double shared = 0;
        for (int i = 0; i < proxy.length; i++) {
            shared += byProxy.weight(proxy[i]) * byTarget.weight(target[i]);
        }
        return shared / m;
    }

    /**
     * The m of top-k: ceil(n · percent / 100), at least 1 and at most n. A product within 1e-9 of an integer
     * counts as that integer, so 10 % of 30 rows is 3 whatever the rounding of 30 · 0.1.
     *
     * @throws IllegalArgumentException if n is negative or the percent is out of (0, 100]
     */
    public static int topCount(int n, double percent) {
        requirePercent(percent);
        if (n < 0) {
            throw new IllegalArgumentException("row count must not be negative: " + n);
        }
        double share = n * percent / 100.0;
        double nearest = Math.rint(share);
        double m = Math.abs(share - nearest) <= 1e-9 * Math.max(1.0, share) ? nearest : Math.ceil(share);
        return (int) Math.min(n, Math.max(1.0, m));
    }

    private static boolean isUsed(double proxy, double target) {
        return Double.isFinite(target) && !Double.isNaN(proxy);
    }

    /** Two-pass covariance over two-pass variances (Hipparchus' PearsonsCorrelation goes through sqrt(R²)). */
    private static double linear(double[] x, double[] y) {
        if (isConstant(x) || isConstant(y)) {
            return Double.NaN;
        }
        double r = new Covariance().covariance(x, y, false)
                / Math.sqrt(new Variance(false).evaluate(x) * new Variance(false).evaluate(y));
        return Math.max(-1.0, Math.min(1.0, r));
    }

    private static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** A copy without NaN and with -0.0 made 0.0: Hipparchus orders by Double.compare, which splits the two. */
    private static double[] ordered(double[] values, String name) {
        requireNoNaN(values, name);
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i] + 0.0;
        }
        return copy;
    }

    private static void requireSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("lengths differ: " + x.length + " and " + y.length);
        }
    }

    private static void requirePercent(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("top-k percent must be in (0, 100], not " + percent);
        }
    }

    private static void requireNoNaN(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is NaN");
            }
        }
    }

    private static void requireFinite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i] + ", not finite");
            }
        }
    }
}
