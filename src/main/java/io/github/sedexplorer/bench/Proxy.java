package io.github.sedexplorer.bench;

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
