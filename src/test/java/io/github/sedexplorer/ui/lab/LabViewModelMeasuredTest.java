package io.github.sedexplorer.ui.lab;

import static io.github.sedexplorer.bench.TargetRanksProperties.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.lab.ProxyLab;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.Runners;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.table.BenchFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measured sed-local-mc beside the lab's setting, with no robot: the setting is evaluated inline, the measured scoring
 * waits in a queue the test runs when it chooses.
 */
class LabViewModelMeasuredTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final StatusLine status = new StatusLine(dialogs::error);
    private final ObservableList<BenchmarkTable> tables = FXCollections.observableArrayList();
    private final List<Runnable> measuredWork = new ArrayList<>();
    private final LabViewModel vm = new LabViewModel(tables, LatestWins.direct(status), Runners.queued(measuredWork, status),
            status, dialogs);
    /** Every progress the measured scoring showed. */
    private final List<Double> progress = new ArrayList<>();

    {
        vm.measuredProgressProperty().addListener((o, a, p) -> progress.add(p.doubleValue()));
    }

    private void drain() {
        while (!measuredWork.isEmpty()) {
            measuredWork.remove(0).run();
        }
    }

    /** The small NB201 table again, as a table of its own (the lab tells tables apart by identity). */
    private BenchmarkTable table(String folder) throws IOException {
        return BenchFixtures.table(Files.createDirectories(dir.resolve(folder)));
    }

    private static List<ProxyLab.Figure> measured(List<LabViewModel.Row> rows) {
        return rows.stream().map(LabViewModel.Row::measured).toList();
    }

    /** Every row's measured figure is CorrelationStats' of sed-local-mc's scores on its table and target. */
    private void assertMeasuredIsCorrelationStats() {
        assertFalse(vm.rows().isEmpty());
        for (LabViewModel.Row r : vm.rows()) {
            BenchmarkTable t = r.target().table();
            double[] scores = Proxy.sed(Models.create("sed-local-mc", t.space().defaultChannels())).scores(t);
            Correlation c = CorrelationStats.of(scores, t.metric(r.target().column()), 10);
            ProxyLab.Figure m = r.measured();
            assertNotNull(m, r.target().label());
            assertEquals(r.target(), m.target());
            assertEquals(c.n(), m.n(), r.target().label());
            assertEquals(c.skipped(), m.skipped(), r.target().label());
            assertEquals(c.kendall(), m.kendall(), r.target().label());
            assertClose(c.spearman(), m.spearman());
        }
    }

    @Test
    void uncheckedNothingIsMeasuredAndEveryRowHasNoMeasuredFigure() throws IOException {
        tables.add(table("a"));
        assertFalse(vm.measuredProperty().get(), "off at first");
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.rows().stream().allMatch(r -> r.measured() == null));
        assertTrue(measuredWork.isEmpty(), "no scoring asked for");
        assertTrue(Double.isNaN(vm.heldOut().get(0).meanTauMeasured()));
        vm.setChannels(4);
        assertTrue(measuredWork.isEmpty());
    }

    @Test
    void checkedEachRowGetsSedLocalMcsFiguresOnceTheScoringRan() throws IOException {
        tables.add(table("a"));
        tables.add(table("b"));
        vm.measuredProperty().set(true);
        assertTrue(vm.measuredRunningProperty().get());
        assertTrue(vm.rows().stream().allMatch(r -> r.measured() == null), "null until computed");
        drain();
        assertFalse(vm.measuredRunningProperty().get());
        assertEquals(2, vm.rows().size());
        assertMeasuredIsCorrelationStats();
        assertTrue(progress.contains(0.5), "progress over both tables' rows: " + progress);
        assertEquals(2, vm.heldOut().size());
        for (LabViewModel.HeldOut h : vm.heldOut()) {
            double mean = vm.rows().stream().filter(r -> r.target().table() == h.table())
                    .mapToDouble(r -> r.measured().kendall()).average().orElseThrow();
            assertEquals(mean, h.meanTauMeasured(), 1e-15, h.table().source());
        }
        assertTrue(LabViewModel.measuredNote().startsWith("sed-local-mc: measured"), LabViewModel.measuredNote());
        assertTrue(LabViewModel.measuredNote().contains("not the reconstruction"), LabViewModel.measuredNote());
    }

    @Test
    void aNewSettingKeepsTheMeasuredFiguresAsTheyAre() throws IOException {
        tables.add(table("a"));
        vm.measuredProperty().set(true);
        drain();
        List<ProxyLab.Figure> before = measured(vm.rows());
        ProxyLab.Figure nowBefore = vm.rows().get(0).now();
        vm.setChannels(2);
        vm.setDelta(Op.CONV_3X3, -2.5);
        vm.setFlow(true);
        vm.setChannels(300);
        assertTrue(measuredWork.isEmpty(), "C, Δ and the aggregation ask for no measured work");
        assertEquals(300, vm.shownSettingProperty().get().channels(), "the rows are the new setting's");
        assertNotSame(nowBefore, vm.rows().get(0).now(), "evaluated anew");
        List<ProxyLab.Figure> after = measured(vm.rows());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i), "the very figure kept");
        }
    }

    @Test
    void uncheckingHidesTheFiguresAndStopsTheScoring() throws IOException {
        tables.add(table("a"));
        vm.measuredProperty().set(true);
        drain();
        vm.measuredProperty().set(false);
        assertTrue(vm.rows().stream().allMatch(r -> r.measured() == null));
        assertTrue(Double.isNaN(vm.heldOut().get(0).meanTauMeasured()), "the held-out mean goes too");
        vm.measuredProperty().set(true);
        vm.measuredProperty().set(false); // before its turn: the work is stale, nothing is shown
        drain();
        assertTrue(vm.rows().stream().allMatch(r -> r.measured() == null));
        assertFalse(vm.measuredRunningProperty().get());
        vm.measuredProperty().set(true);
        drain();
        assertMeasuredIsCorrelationStats();
    }

    @Test
    void aTableAddedOrRemovedIsMeasuredWithoutScoringTheOthersAgain() throws IOException {
        BenchmarkTable a = table("a");
        tables.add(a);
        vm.measuredProperty().set(true);
        drain();
        progress.clear();
        tables.add(table("b"));
        assertFalse(measuredWork.isEmpty(), "a new table: measured");
        assertTrue(vm.rows().stream().allMatch(r -> r.measured() == null), "until its scores are in");
        drain();
        assertMeasuredIsCorrelationStats();
        assertFalse(progress.contains(0.5), "only the new table's rows were scored: " + progress);
        assertTrue(progress.contains(0.0), "and they were: " + progress);
        progress.clear();
        tables.remove(a);
        drain();
        assertEquals(1, vm.rows().size());
        assertMeasuredIsCorrelationStats();
        assertFalse(progress.contains(0.0), "the table left was not scored again: " + progress);
        tables.clear();
        drain();
        assertTrue(vm.rows().isEmpty());
    }
}
