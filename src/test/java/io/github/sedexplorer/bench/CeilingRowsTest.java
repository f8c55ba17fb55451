package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.sed.SedModels;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A proxy's share of the noise ceiling is taken on the ceiling's own rows, with the per-seed NB201 table's numbers. */
class CeilingRowsTest {

    @Test
    void theProxysTauIsComparedOnTheRowsTheCeilingIsComputedOn() {
        BenchmarkTable t = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        Correlation ceiling = Ceiling.of(t, 10).orElseThrow().stats();
        assertEquals(13_400, ceiling.n(), "SOURCES.md: run against run on 13,400 cells");
        assertEquals(0.905, ceiling.kendall(), 5e-4);
        double[] x = Proxy.sed(SedModels.create("sed-path", 16)).scores(t);
        double[] y = t.metric("test_acc_run1");
        Correlation all = CorrelationStats.of(x, y, 10);
        Correlation same = Ceiling.onCeilingRows(t, x, y, 10).orElseThrow();
        assertTrue(all.n() > ceiling.n(), "the proxy's τ on every row is on more rows than the ceiling: " + all.n());
        assertEquals(ceiling.n(), same.n(), "on the ceiling's rows: the same cells");
        assertNotEquals(all.kendall(), same.kendall());
        System.out.printf(Locale.ROOT, "sed-path vs test_acc_run1: τ %.3f on %,d rows, τ %.3f on the ceiling's %,d; ceiling %.3f%n",
                all.kendall(), all.n(), same.kendall(), same.n(), ceiling.kendall());
        boolean[] rows = Ceiling.rows(t).orElseThrow();
        int in = 0;
        for (boolean b : rows) {
            in += b ? 1 : 0;
        }
        assertEquals(13_400, in);
    }

    @Test
    void aTableWithoutRepeatsHasNoCeilingRows() {
        BenchmarkTable t = SharedTables.of("nb201-zc-nbsz-c10.csv");
        assertTrue(Ceiling.rows(t).isEmpty());
        assertTrue(Ceiling.onCeilingRows(t, t.metric("synflow"), t.metric("val_acc"), 10).isEmpty());
    }
}
