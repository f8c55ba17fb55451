package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** sed-model.md §6: the NB201 figures, from nb201-nats-landscape.csv with C = 16. */
class Nb201LandscapeTest {

    private static final List<String> TARGETS = List.of("CIFAR10TestAccuracy200Epochs",
            "CIFAR100TestAccuracy200Epochs", "ImageNetTestAccuracy200Epochs");

    private static BenchmarkTable table;

    @BeforeAll
    static void load() {
        table = TableReader.read(SharedBenchmarks.file("nb201-nats-landscape.csv"));
    }

    @Test
    void loadsWithNoOptions() {
        assertEquals(SearchSpace.NB201, table.space());
        assertEquals(15625, table.rows());
        assertEquals("ArchitectureString", table.archColumn());
        assertEquals(TARGETS, table.metricNames());
        assertEquals(TARGETS, ProxyComparison.accuracyColumns(table));
        assertEquals(0, table.report().rowsSkipped());
    }

    @Test
    void sedPathMatchesTheSpec() {
        check("sed-path", new double[][] {{0.706, 0.876}, {0.709, 0.878}, {0.686, 0.854}});
    }

    @Test
    void sedFlowMatchesTheSpec() {
        check("sed-flow", new double[][] {{0.640, 0.824}, {0.627, 0.812}, {0.624, 0.803}});
    }

    private static void check(String model, double[][] tauRho) {
        List<ProxyComparison.Result> results = ProxyComparison.compare(table,
                List.of(Proxy.sed(SedModels.create(model, 16))), TARGETS, 10);
        for (int i = 0; i < TARGETS.size(); i++) {
            Correlation c = results.get(i).stats();
            assertEquals(15625, c.n(), "disconnected cells stay in");
            assertEquals(tauRho[i][0], round3(c.kendall()), model + " τ " + TARGETS.get(i));
            assertEquals(tauRho[i][1], round3(c.spearman()), model + " ρ " + TARGETS.get(i));
        }
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
