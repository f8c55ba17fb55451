package io.github.sedexplorer.lab;

import static io.github.sedexplorer.bench.TargetRanksProperties.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.sed.ModelSpec;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The lab's figures are CorrelationStats' on the model's scores, for any setting (real data: few tries). */
@AddLifecycleHook(NeedsLabTables.class)
class ProxyLabProperties {

    private static final List<Op> OPS = List.of(Op.SKIP, Op.CONV_1X1, Op.CONV_3X3, Op.AVG_POOL_3X3);

    /** C anywhere on 1..1024, either aggregation, some ops edited; round Δ values make exact ties across ops. */
    @Provide
    Arbitrary<ModelSpec> settings() {
        Arbitrary<Double> delta = Arbitraries.oneOf(Arbitraries.of(0.0, 0.5, 1.0, -1.0, 2.0),
                Arbitraries.doubles().between(-3, 3));
        Arbitrary<Map<Op, Double>> overrides = Arbitraries.maps(Arbitraries.of(OPS), delta).ofMaxSize(OPS.size());
        return Combinators.combine(Arbitraries.integers().between(1, 1024), Arbitraries.of(false, true), overrides)
                .as((c, flow, deltas) -> new ModelSpec(null, flow, c, deltas));
    }

    @Property(tries = 8)
    void evaluateIsCorrelationStatsOfTheModelsScores(@ForAll("settings") ModelSpec setting) {
        assertAgrees(setting, LabTables.lab().evaluate(setting));
    }

    @Example
    void theReconstructionIsCorrelationStatsAtEachSpacesC() {
        List<ProxyLab.Figure> figures = LabTables.lab().reconstruction();
        for (ProxyLab.Figure f : figures) {
            assertAgrees(ModelSpec.reconstruction(f.target().table().space().defaultChannels()), List.of(f));
        }
    }

    private static void assertAgrees(ModelSpec setting, List<ProxyLab.Figure> figures) {
        for (ProxyLab.Figure f : figures) {
            BenchmarkTable t = f.target().table();
            Correlation c = CorrelationStats.of(Proxy.sed(setting.model()).scores(t), t.metric(f.target().column()), 10);
            assertEquals(c.n(), f.n(), f.target().label());
            assertEquals(c.skipped(), f.skipped(), f.target().label());
            assertClose(c.kendall(), f.kendall());
            assertClose(c.spearman(), f.spearman());
        }
    }
}
