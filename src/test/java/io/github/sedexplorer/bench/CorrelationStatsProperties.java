package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** {@link CorrelationStats} against {@link ReferenceStats} on small, tie-heavy tables. */
class CorrelationStatsProperties {

    private static final double EPS = 1e-12;
    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final double POS = Double.POSITIVE_INFINITY;

    /** One table: a proxy score and a target accuracy per row. */
    record Rows(double[] proxy, double[] target) {
        @Override
        public String toString() {
            return "proxy " + Arrays.toString(proxy) + " target " + Arrays.toString(target);
        }
    }

    /** Up to 120 rows, values mostly from small sets (many ties), with NaN and infinities on both sides. */
    @Provide
    Arbitrary<Rows> rows() {
        Arbitrary<Double> proxy = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(NEG)), Tuple.of(1, Arbitraries.just(POS)),
                Tuple.of(1, Arbitraries.just(Double.NaN)), Tuple.of(1, Arbitraries.just(-0.0)),
                Tuple.of(8, Arbitraries.of(-1.0, 0.0, 0.5, 2.0, 3.0)),
                Tuple.of(2, Arbitraries.doubles().between(-5, 5)));
        Arbitrary<Double> target = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Double.NaN)), Tuple.of(1, Arbitraries.just(POS)),
                Tuple.of(1, Arbitraries.just(NEG)), Tuple.of(8, Arbitraries.of(0.0, 0.1, 0.2, 0.3, 0.7)),
                Tuple.of(2, Arbitraries.doubles().between(0, 100)));
        return table(proxy, target, 0, 120);
    }

    /** Up to 12 rows without NaN (infinite proxies allowed): small enough to enumerate every top set. */
    @Provide
    Arbitrary<Rows> smallRows() {
        Arbitrary<Double> proxy = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(NEG)), Tuple.of(1, Arbitraries.just(POS)),
                Tuple.of(6, Arbitraries.of(-1.0, 0.0, 1.0, 2.0)), Tuple.of(1, Arbitraries.doubles().between(-5, 5)));
        Arbitrary<Double> target = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(0.1, 0.2, 0.3)), Tuple.of(1, Arbitraries.doubles().between(0, 1)));
        return table(proxy, target, 1, 12);
    }

    @Provide
    Arbitrary<Double> percents() {
        return Arbitraries.oneOf(Arbitraries.of(1.0, 5.0, 10.0, 25.0, 30.0, 50.0, 100.0),
                Arbitraries.doubles().between(0.01, 100));
    }

    @Property(tries = 500)
    void ofAgreesWithTheReferences(@ForAll("rows") Rows rows, @ForAll("percents") double percent) {
        List<double[]> used = new ArrayList<>();
        for (int i = 0; i < rows.proxy().length; i++) {
            double p = rows.proxy()[i];
            double t = rows.target()[i];
            if (!Double.isNaN(p) && !Double.isNaN(t) && !Double.isInfinite(t)) {
                used.add(new double[] {p, t});
            }
        }
        double[] p = column(used, 0);
        double[] t = column(used, 1);
        List<double[]> finite = used.stream().filter(row -> !Double.isInfinite(row[0])).toList();

        Correlation c = CorrelationStats.of(rows.proxy(), rows.target(), percent);

        assertEquals(used.size(), c.n());
        assertEquals(rows.proxy().length - used.size(), c.skipped());
        assertSame(used.size() < 2 ? Double.NaN : ReferenceStats.kendallTauB(p, t), c.kendall());
        assertSame(used.size() < 2 ? Double.NaN : ReferenceStats.spearman(p, t), c.spearman());
        assertSame(ReferenceStats.pearson(column(finite, 0), column(finite, 1)), c.pearson());
        assertSame(used.isEmpty() ? Double.NaN : CorrelationStats.topKPrecision(p, t, percent), c.topK());
        assertEquals(percent, c.topKPercent());
    }

    @Property(tries = 300)
    void topKIsTheMeanOverlapOverAllTieBreaks(@ForAll("smallRows") Rows rows, @ForAll("percents") double percent) {
        int m = CorrelationStats.topCount(rows.proxy().length, percent);
        assertEquals(ReferenceStats.topKPrecision(rows.proxy(), rows.target(), m),
                CorrelationStats.topKPrecision(rows.proxy(), rows.target(), percent), EPS);
    }

    @Property(tries = 200)
    void nothingDependsOnRowOrder(@ForAll("rows") Rows rows, @ForAll("percents") double percent,
            @ForAll long seed) {
        Correlation before = CorrelationStats.of(rows.proxy(), rows.target(), percent);
        Rows shuffled = shuffle(rows, new Random(seed));
        Correlation after = CorrelationStats.of(shuffled.proxy(), shuffled.target(), percent);
        assertEquals(before.n(), after.n());
        assertSame(before.kendall(), after.kendall());
        assertSame(before.spearman(), after.spearman());
        assertSame(before.pearson(), after.pearson());
        assertSame(before.topK(), after.topK());
    }

    /** Ranks keep Kendall and Spearman, so infinities could be replaced by ranks without changing either. */
    @Property(tries = 200)
    void rankStatisticsSeeOnlyTheOrder(@ForAll("smallRows") Rows rows) {
        double[] ranks = ReferenceStats.averageRanks(rows.proxy());
        assertSame(CorrelationStats.kendallTauB(rows.proxy(), rows.target()),
                CorrelationStats.kendallTauB(ranks, rows.target()));
        assertSame(CorrelationStats.spearman(rows.proxy(), rows.target()),
                CorrelationStats.spearman(ranks, rows.target()));
    }

    @Property(tries = 200)
    void rankStatisticsAreSymmetricAndFlipWithTheOrder(@ForAll("smallRows") Rows rows) {
        double[] x = rows.proxy();
        double[] y = rows.target();
        double[] minusY = Arrays.stream(y).map(v -> -v).toArray();
        assertSame(CorrelationStats.kendallTauB(x, y), CorrelationStats.kendallTauB(y, x));
        assertSame(-CorrelationStats.kendallTauB(x, y), CorrelationStats.kendallTauB(x, minusY));
        assertSame(CorrelationStats.spearman(x, y), CorrelationStats.spearman(y, x));
        assertSame(-CorrelationStats.spearman(x, y), CorrelationStats.spearman(x, minusY));
    }

    private static Arbitrary<Rows> table(Arbitrary<Double> proxy, Arbitrary<Double> target, int min, int max) {
        return Arbitraries.integers().between(min, max).flatMap(n -> Combinators.combine(
                proxy.list().ofSize(n), target.list().ofSize(n))
                .as((p, t) -> new Rows(unbox(p), unbox(t))));
    }

    private static Rows shuffle(Rows rows, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.proxy().length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        double[] p = order.stream().mapToDouble(i -> rows.proxy()[i]).toArray();
        double[] t = order.stream().mapToDouble(i -> rows.target()[i]).toArray();
        return new Rows(p, t);
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] column(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(row -> row[column]).toArray();
    }

    /** Equal to 1e-12, or both NaN. */
    private static void assertSame(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), "expected " + expected + ", got " + actual);
        } else {
            assertEquals(expected, actual, EPS);
        }
    }
}
