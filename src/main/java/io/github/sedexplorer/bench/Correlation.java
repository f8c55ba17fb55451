package io.github.sedexplorer.bench;

/**
 * How well a proxy's scores rank the cells of a benchmark table, as computed by
 * {@link CorrelationStats#of(double[], double[], double)}. An undefined statistic is {@code NaN}.
 *
 * @param n           rows used
 * @param skipped     rows left out (target NaN or infinite, or proxy NaN)
 * @param kendall     Kendall tau-b over the used rows
 * @param spearman    Spearman rho (average ranks) over the used rows
 * @param pearson     Pearson r over the used rows whose proxy score is finite
 * @param topK        top-k precision: the share of the proxy's top {@code topKPercent}% that is in the target's
 * @param topKPercent the k of top-k, in percent of {@code n}
 */
public record Correlation(int n, int skipped, double kendall, double spearman, double pearson, double topK,
        double topKPercent) {
}
