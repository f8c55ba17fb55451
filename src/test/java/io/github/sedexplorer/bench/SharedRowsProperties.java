package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.bench.ProxyComparison.Result;
import io.github.sedexplorer.bench.ProxyComparison.Rows;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** {@link Rows#SHARED} is the same as computing every pair on the rows where all proxies and the target have a value. */
class SharedRowsProperties {

    private static final List<Architecture> CELLS = SpaceEnumerator.cells(SearchSpace.NB201).stream()
            .limit(80).map(Architecture::of).toList();

    /** A target and 1..4 proxies over the same rows, with NaN and −∞ sprinkled in. */
    @Provide
    Arbitrary<List<double[]>> columns() {
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Double.NaN)), Tuple.of(1, Arbitraries.just(Double.NEGATIVE_INFINITY)),
                Tuple.of(8, Arbitraries.of(0.0, 1.0, 2.0, 2.5, 3.0, 7.0)));
        return Arbitraries.integers().between(2, 80).flatMap(n ->
                value.array(double[].class).ofSize(n).list().ofMinSize(2).ofMaxSize(5));
    }

    @Property(tries = 300)
    void sharedIsOwnOnTheCommonRows(@ForAll("columns") List<double[]> columns) {
        int n = columns.get(0).length;
        Map<String, double[]> metrics = new LinkedHashMap<>();
        metrics.put("target", columns.get(0));
        List<Proxy> proxies = new ArrayList<>();
        for (int p = 1; p < columns.size(); p++) {
            metrics.put("p" + p, columns.get(p));
            proxies.add(Proxy.column("p" + p));
        }
        BenchmarkTable t = new BenchmarkTable("t", SearchSpace.NB201, "arch", CELLS.subList(0, n), CELLS.subList(0, n).stream()
                .map(Object::toString).toList(), metrics, Map.of(), new LoadReport());
        List<Integer> common = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            boolean all = Double.isFinite(columns.get(0)[r]);
            for (int p = 1; p < columns.size(); p++) {
                all &= !Double.isNaN(columns.get(p)[r]);
            }
            if (all) {
                common.add(r);
            }
        }
        List<Result> shared = ProxyComparison.compare(t, proxies, List.of("target"), 25, Rows.SHARED);
        assertEquals(common.size(), ProxyComparison.sharedRows(t, proxies, List.of("target")).get(0).shared());
        for (int p = 0; p < proxies.size(); p++) {
            double[] x = common.stream().mapToDouble(r -> 0).toArray();
            double[] y = x.clone();
            for (int i = 0; i < common.size(); i++) {
                x[i] = columns.get(p + 1)[common.get(i)];
                y[i] = columns.get(0)[common.get(i)];
            }
            Correlation expected = CorrelationStats.of(x, y, 25);
            Correlation got = shared.get(p).stats();
            assertEquals(new Correlation(expected.n(), n - expected.n(), expected.kendall(), expected.spearman(),
                    expected.pearson(), expected.topK(), 25), got);
        }
        if (proxies.size() == 1) {
            assertEquals(ProxyComparison.compare(t, proxies, List.of("target"), 25, Rows.OWN), shared);
        }
    }
}
