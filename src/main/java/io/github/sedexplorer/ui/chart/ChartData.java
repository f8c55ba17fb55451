package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Ceiling;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.editor.Palette;
import io.github.sedexplorer.ui.export.Csv;
import io.github.sedexplorer.ui.tables.TableScoring;

import java.util.Locale;

/**
 * What the chart shows of one table, computed at once in the background and published whole, so a view never sees
 * the scores of one proxy with the statistics of another. The arrays are not copied: nobody may change them.
 *
 * @param scoring      the scoring the proxy's scores were computed under
 * @param model        the proxy's model when it is one of the catalog's (it scores the editor's cell), else null
 * @param x            the proxy's score per row (−∞ for a disconnected cell, NaN where a column has no value)
 * @param y            the target per row (NaN where missing)
 * @param ceiling      run against run of the table's repeated target, or null when it has no repeats
 * @param disconnected how many rows score −∞
 */
public record ChartData(BenchmarkTable table, String proxy, String target, TableScoring scoring, SedModel model, double[] x,
        double[] y, Correlation stats, ProxyComparison.Result ceiling, long disconnected, String xLabel, String yLabel) {

    /** The share of rows top-k precision looks at. */
    static final double TOP_K_PERCENT = 10;

    /** What a chart is asked for, resolved on the FX thread (names, models, labels) so the background only computes. */
    record Request(BenchmarkTable table, String proxy, String target, TableScoring scoring, SedModel model, Proxy source,
            String xLabel, String yLabel) {

        /**
         * Scores every row (the whole-table work: off the FX thread).
         *
         * @param before the data shown until now: its ceiling is reused for the same table
         */
        ChartData compute(ChartData before) {
            double[] x = source.scores(table);
            double[] y = table.metric(target);
            long disconnected = 0;
            for (double v : x) {
                disconnected += v == Double.NEGATIVE_INFINITY ? 1 : 0;
            }
            ProxyComparison.Result ceiling = before != null && before.table() == table ? before.ceiling()
                    : Ceiling.of(table, TOP_K_PERCENT).orElse(null);
            return new ChartData(table, proxy, target, scoring, model, x, y, CorrelationStats.of(x, y, TOP_K_PERCENT), ceiling,
                    disconnected, xLabel, yLabel);
        }
    }

    /** The statistics line drawn on the chart and exported with it. */
    public String caption() {
        Correlation c = stats;
        String line = String.format(Locale.ROOT, "n = %,d · τ %.3f · ρ %.3f · r %.3f · top-%.0f%% %.3f · %,d disconnected · %,d skipped",
                c.n(), c.kendall(), c.spearman(), c.pearson(), c.topKPercent(), c.topK(), disconnected, c.skipped());
        return ceiling == null ? line : line + String.format(Locale.ROOT, " · ceiling τ %.3f", ceiling.stats().kendall());
    }

    /** What the figures are, above the chart. */
    public String legend() {
        return table.source() + " (" + table.space().displayName() + ") · Kendall τ-b, Spearman ρ, Pearson r, top-"
                + Math.round(stats.topKPercent()) + "% precision · disconnected cells rank lowest, tied · skipped rows have no target or no score";
    }

    /** The noise ceiling in words, or "" when the table has none. */
    public String ceilingText() {
        return ceiling == null ? "" : String.format(Locale.ROOT, "noise ceiling: %s, τ %.3f · ρ %.3f on %,d rows — no proxy can be expected to beat it",
                ceiling.target(), ceiling.stats().kendall(), ceiling.stats().spearman(), ceiling.stats().n());
    }

    /** The tooltip of row i's point. */
    public String tooltip(int i) {
        if (i < 0 || i >= table.rows()) {
            return "";
        }
        return String.format(Locale.ROOT, "%s  %s%n%s = %s%n%s = %s%nclick to open in the editor",
                scoring.rowName(table, i), table.archText(i),
                proxy, Palette.score(x[i]), target, Double.isNaN(y[i]) ? "missing" : String.format(Locale.ROOT, "%.4f", y[i]));
    }

    /** The points as CSV: arch, proxy score, target ({@link Csv}; an empty field for a missing value). */
    public String csv() {
        Csv out = header(proxy, target);
        for (int i = 0; i < table.rows(); i++) {
            out.text(table.archText(i)).number(x[i]).number(y[i]).end();
        }
        return out.toString();
    }

    /** The CSV's header line: what an export holds before any table is charted. */
    static Csv header(String proxy, String target) {
        return new Csv().row("arch", proxy, target);
    }
}
