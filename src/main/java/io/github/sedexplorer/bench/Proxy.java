package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.sed.LiveConv;
import io.github.sedexplorer.sed.SedModel;

/** Something that ranks the rows of a table: a SED model computed on the fly, or a numeric column. */
public interface Proxy {

    String name();

    /** One score per row (NaN where the proxy has no value; −∞ ranks lowest). */
    double[] scores(BenchmarkTable table);

    static Proxy sed(SedModel model) {
        return new Proxy() {
            @Override
            public String name() {
                return model.id();
            }

            @Override
            public double[] scores(BenchmarkTable table) {
                double[] s = new double[table.rows()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = model.score(table.architecture(i));
                }
                return s;
            }
        };
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
