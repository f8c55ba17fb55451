package io.github.sedexplorer.ui.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Ceiling;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison.Result;
import io.github.sedexplorer.bench.ProxyComparison.RowsUsed;
import io.github.sedexplorer.bench.SharedTables;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.ui.proxies.ProxiesViewModel.Comparison;
import io.github.sedexplorer.ui.table.BenchFixtures;
import io.github.sedexplorer.ui.tables.Workspaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxies' view-model without the FX toolkit: every proxy against every accuracy target, computed inline. */
class ProxiesViewModelTest {

    @TempDir
    Path dir;

    private final Workspaces tables = new Workspaces();
    private final ProxiesViewModel vm = new ProxiesViewModel(tables.workspace, tables.direct());

    private static List<Integer> ns(List<Result> results) {
        return results.stream().map(r -> r.stats().n()).toList();
    }

    @Test
    void sharedRowsAreTheRowsEveryProxyHas() throws Exception {
        tables.workspace.add(BenchFixtures.table(dir));
        assertEquals(List.of("sed-path", "sed-flow", "sed-local-mc", "live-conv", "params", "synflow"), vm.proxies(),
                "the target is no proxy; the measured one is offered");
        assertFalse(vm.isCompared("sed-local-mc"), "a measured proxy is left out until chosen, as correlate leaves it out unless named");
        Comparison c = vm.comparisonProperty().get();
        assertEquals(List.of("sed-path", "sed-flow", "live-conv", "params", "synflow"),
                c.results().stream().map(Result::proxy).toList());
        assertTrue(c.results().stream().allMatch(r -> r.target().equals("cifar10_acc")));
        // the second row has no synflow: left out for all; the disconnected cell's −∞ is a value
        assertEquals(List.of(4, 4, 4, 4, 4), ns(c.results()));
        RowsUsed used = c.rowsUsed().get(0);
        assertEquals(1, c.rowsUsed().size());
        assertEquals(5, used.withTarget());
        assertEquals(4, used.shared());
        assertEquals(1, used.lacking().get("synflow"));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void theMeasuredProxyOnceChosenIsComparedAndLabelledMeasured() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        assertTrue(vm.comparisonProperty().get().measuredNotes().isEmpty());
        vm.setCompared(List.of("sed-path", LocalMcModel.ID));
        assertTrue(vm.isCompared(LocalMcModel.ID));
        Comparison c = vm.comparisonProperty().get();
        assertEquals(List.of("sed-path", LocalMcModel.ID), c.results().stream().map(Result::proxy).toList());
        Result measured = c.results().get(1);
        double[] x = Proxy.sed(Models.create(LocalMcModel.ID, 16)).scores(t);
        assertEquals(CorrelationStats.of(x, t.metric("cifar10_acc"), 10).kendall(), measured.stats().kendall(), 1e-12);
        assertEquals("sed-local-mc (measured)", ProxiesViewModel.label(measured.proxy()));
        assertEquals("sed-path", ProxiesViewModel.label("sed-path"));
        assertEquals(List.of("sed-local-mc: " + LocalMcModel.PROVENANCE), c.measuredNotes());
        assertTrue(c.measuredNotes().get(0).contains("measured") && c.measuredNotes().get(0).contains("not the reconstruction"));
    }

    @Test
    void eachProxyOnItsOwnRows() throws Exception {
        tables.workspace.add(BenchFixtures.table(dir));
        vm.sharedRowsProperty().set(false);
        Comparison c = vm.comparisonProperty().get();
        assertEquals(List.of(5, 5, 5, 5, 4), ns(c.results()));
        assertTrue(c.rowsUsed().isEmpty());
    }

    @Test
    void aProxyLeftOutIsNotCompared() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        vm.setCompared(List.of("sed-path", "params"));
        assertFalse(vm.isCompared("synflow"));
        Comparison c = vm.comparisonProperty().get();
        assertEquals(List.of("sed-path", "params"), c.results().stream().map(Result::proxy).toList());
        assertEquals(List.of(5, 5), ns(c.results()), "without synflow every row is shared");
        assertEquals(Map.of("sed-path", 0, "params", 0), c.rowsUsed().get(0).lacking());
        tables.workspace.close(t);
        assertNull(vm.comparisonProperty().get());
        assertTrue(vm.proxies().isEmpty() && vm.results().isEmpty());
        tables.workspace.add(BenchFixtures.table(dir));
        assertEquals(2, vm.results().size(), "left out on the next table too");
    }

    @Test
    void aTableWithRepeatedRunsGetsItsCeilingRow() throws Exception {
        tables.workspace.add(TableReader.read(Files.writeString(dir.resolve("runs.csv"), "arch,acc_run1,acc_run2,flops\n"
                + BenchFixtures.CONV + ",94,93,1\n" + BenchFixtures.POOL + ",85,86,2\n" + BenchFixtures.MIXED + ",90,87,3\n"
                + BenchFixtures.SKIP + ",88,88,4\n" + BenchFixtures.NONE + ",10,11,5\n")));
        List<Result> results = vm.results();
        assertEquals(4 * 2 + 1, results.size(), "two models, live-conv and flops × both runs, then the ceiling");
        Result ceiling = results.get(results.size() - 1);
        assertTrue(Ceiling.is(ceiling));
        assertEquals("acc (acc_run1 vs acc_run2)", ceiling.target());
        assertEquals(0.8, ceiling.stats().kendall(), 1e-12);
    }

    @Test
    void eachProxyIsComparedWithTheCeilingOnTheCeilingsRows() {
        BenchmarkTable perSeed = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        tables.workspace.add(perSeed);
        Comparison c = vm.comparisonProperty().get();
        Result ceiling = c.results().stream().filter(Ceiling::is).findFirst().orElseThrow();
        assertEquals(13_400, ceiling.stats().n());
        Result all = c.results().stream().filter(r -> r.proxy().equals("sed-path") && r.target().equals("test_acc_run1")).findFirst()
                .orElseThrow();
        Result same = c.onCeilingRows("sed-path", "test_acc_run1").orElseThrow();
        assertTrue(all.stats().n() > 13_400, "all rows: " + all.stats().n());
        assertEquals(13_400, same.stats().n(), "the share of the ceiling is taken on the ceiling's rows");
        assertSame(perSeed, vm.tableProperty().get(), "the tab names the workspace's shown table");
    }

    @Test
    void aTableWithoutRepeatsHasNoCeilingFigures() throws Exception {
        tables.workspace.add(BenchFixtures.table(dir));
        assertTrue(vm.comparisonProperty().get().onCeilingRows().isEmpty());
        assertTrue(vm.comparisonProperty().get().onCeilingRows("sed-path", "cifar10_acc").isEmpty());
    }
}
