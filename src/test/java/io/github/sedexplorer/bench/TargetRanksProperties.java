package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** {@link TargetRanks} gives {@link CorrelationStats#of}'s τ and ρ on small, tie-heavy tables with several targets. */
public class TargetRanksProperties {

    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final double POS = Double.POSITIVE_INFINITY;

    /** A proxy and 1-4 targets over the same rows. */
    record Table(double[] proxy, double[][] targets) {
        @Override
        public String toString() {
            return "proxy " + Arrays.toString(proxy) + " targets " + Arrays.deepToString(targets);
        }
    }

    /**
     * Values from small sets (ties), chains of values 1e-13 apart (snapped into one tie) and values 3e-12 apart
     * (not), NaN and infinities; a target is NaN-free half the time so targets share their usable rows.
     */
    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Double> near = Arbitraries.integers().between(0, 40).map(j -> 0.5 * (1 + j * 1e-13));
        Arbitrary<Double> apart = Arbitraries.integers().between(0, 4).map(j -> 2.0 + j * 3e-12);
        Arbitrary<Double> proxy = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(NEG)), Tuple.of(1, Arbitraries.just(POS)),
                Tuple.of(1, Arbitraries.just(Double.NaN)), Tuple.of(1, Arbitraries.just(-0.0)),
                Tuple.of(6, Arbitraries.of(-1.0, 0.0, 0.5, 2.0, 3.0)), Tuple.of(3, near), Tuple.of(2, apart),
                Tuple.of(2, Arbitraries.doubles().between(-5, 5)));
        Arbitrary<Double> clean = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(0.0, 0.1, 0.2, 0.3, 0.7)), Tuple.of(3, near), Tuple.of(1, apart),
                Tuple.of(2, Arbitraries.doubles().between(0, 100)));
        Arbitrary<Double> dirty = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Double.NaN)), Tuple.of(1, Arbitraries.just(POS)),
                Tuple.of(1, Arbitraries.just(NEG)), Tuple.of(10, clean));
        return Arbitraries.integers().between(0, 150).flatMap(n -> Arbitraries.integers().between(1, 4).flatMap(k ->
                Combinators.combine(column(proxy, n), Arbitraries.oneOf(column(clean, n), column(dirty, n)).list().ofSize(k))
                        .as((p, ts) -> new Table(p, ts.toArray(double[][]::new)))));
    }

    private static Arbitrary<double[]> column(Arbitrary<Double> values, int n) {
        return values.list().ofSize(n).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Property(tries = 1000)
    void everyTargetAgreesWithCorrelationStats(@ForAll("tables") Table table) {
        TargetRanks ranks = new TargetRanks(table.targets());
        TargetRanks.Agreement[] all = ranks.evaluateAll(table.proxy());
        for (int t = 0; t < table.targets().length; t++) {
            Correlation c = CorrelationStats.of(table.proxy(), table.targets()[t], 10);
            for (TargetRanks.Agreement a : List.of(all[t], ranks.evaluate(table.proxy(), t))) {
                assertEquals(c.n(), a.n());
                assertEquals(c.skipped(), a.skipped());
                assertClose(c.kendall(), a.kendall());
                assertClose(c.spearman(), a.spearman());
            }
        }
    }

    /** Equal to 1e-12, or both NaN. */
    public static void assertClose(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), "expected " + expected + ", got " + actual);
        } else {
            assertEquals(expected, actual, 1e-12);
        }
    }
}
