package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.sed.LiveConv;
import io.github.sedexplorer.sed.SedModel;

import java.util.Objects;
import java.util.concurrent.CancellationException;

/** Something that ranks the rows of a table: a SED model computed on the fly, or a numeric column. */
public interface Proxy {

    String name();

    /** One score per row (NaN where the proxy has no value; −∞ ranks lowest). */
    double[] scores(BenchmarkTable table);

    /**
     * As {@link #scores(BenchmarkTable)}, for work that may take seconds (a measured model on a large table): a SED
     * model tells the monitor the rows scored now and then and stops once it says cancelled; a column or a formula,
     * done at once, does not ask it.
     *
     * @throws CancellationException once the monitor says cancelled; nothing partial is returned
     */
    default double[] scores(BenchmarkTable table, LoadMonitor monitor) {
        return scores(table);
    }

    static Proxy sed(SedModel model) {
        return new Proxy() {
            @Override
            public String name() {
                return model.id();
            }

            @Override
            public double[] scores(BenchmarkTable table) {
                return sedScores(model, table, null);
            }

            @Override
            public double[] scores(BenchmarkTable table, LoadMonitor monitor) {
                return sedScores(model, table, Objects.requireNonNull(monitor, "monitor"));
            }
        };
    }

    /** The model's score of every row; a monitor (null: none) hears every 64 rows, a few ms of a measured model's work. */
    private static double[] sedScores(SedModel model, BenchmarkTable table, LoadMonitor monitor) {
        double[] s = new double[table.rows()];
        for (int i = 0; i < s.length; i++) {
            if (monitor != null && (i & 63) == 0) {
                if (monitor.cancelled()) {
                    throw new CancellationException(model.id() + " stopped at row " + i + " of " + table.source());
                }
                monitor.progress(i, s.length);
            }
            s[i] = model.score(table.architecture(i));
        }
        if (monitor != null) {
            monitor.progress(s.length, s.length);
        }
        return s;
    }

    /** The topology baseline: Σ k² over convolutions on live edges (sed-model.md §6). */
    static Proxy liveConv() {
        return new Proxy() {
            @Override
            public String name() {
                return LiveConv.ID;
            }

            @Override
            public double[] scores(BenchmarkTable table) {
                double[] s = new double[table.rows()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = LiveConv.of(table.architecture(i));
                }
                return s;
            }
        };
    }

    /** Convolution weights at C channels, computed from the cell (dead edges count, as in the benchmarks). */
    static Proxy params(int channels) {
        return new Proxy() {
            @Override
            public String name() {
                return "params";
            }

            @Override
            public double[] scores(BenchmarkTable table) {
                double[] s = new double[table.rows()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = ParamCount.of(table.architecture(i), channels);
                }
                return s;
            }
        };
    }

    static Proxy column(String name) {
        return new Proxy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] scores(BenchmarkTable table) {
                return table.metric(name);
            }
        };
    }
}
