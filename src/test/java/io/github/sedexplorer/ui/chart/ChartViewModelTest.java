package io.github.sedexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cli.SedExplorerCommand;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.Runners;
import io.github.sedexplorer.ui.table.BenchFixtures;
import io.github.sedexplorer.ui.tables.Workspaces;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's view-model without the FX toolkit: its work runs inline, on tables built here. */
class ChartViewModelTest {

    /** Two NB101 cells (0→1→3 and 0→2→3), for a table of a space the editor does not hold. */
    static final String NB101_CSV = "acc,adjacency_7x7,ops\n"
            + "0.9,0110000100000000,input|conv3x3-bn-relu|conv1x1-bn-relu|output\n"
            + "0.7,0010000000010000,input|conv3x3-bn-relu|conv1x1-bn-relu|output\n";
    private static final String ALL_SKIP = "|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|";

    @TempDir
    Path dir;

    private final Workspaces tables = new Workspaces();
    private final ObjectProperty<CellDocument> editor = new SimpleObjectProperty<>();
    private final ChartViewModel vm = new ChartViewModel(tables.workspace, editor, tables.direct());

    static BenchmarkTable nb101(Path dir) throws IOException {
        return TableReader.read(Files.writeString(dir.resolve("nb101.csv"), NB101_CSV));
    }

    private static double[] sedPath(BenchmarkTable t, int channels) {
        return Proxy.sed(SedModels.create("sed-path", channels)).scores(t);
    }

    private static CellDocument cell(String arch) {
        return CellDocument.of(Architecture.of(Nb201ArchString.parse(arch)));
    }

    @Test
    void chartsTheChosenProxyAgainstTheAccuracyTargetWithExactFigures() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        assertSame(t, vm.getTable());
        assertEquals(List.of("sed-path", "sed-flow", "sed-local-mc", "live-conv", "cifar10_acc", "params", "synflow"), vm.proxies());
        assertEquals(List.of("cifar10_acc", "params", "synflow"), vm.targets(), "the accuracy first");
        assertEquals("cifar10_acc", vm.targetProperty().get());
        vm.proxyProperty().set("synflow");
        ChartData d = vm.data();
        assertEquals("synflow", d.proxy());
        // rows 0, 2, 3, 4 (row 1 has no synflow): 5 of the 6 pairs agree, τ-b = (5 − 1) / 6
        assertEquals(2.0 / 3, d.stats().kendall(), 1e-12);
        assertEquals(4, d.stats().n());
        assertEquals(1, d.stats().skipped());
        assertEquals("synflow", d.xLabel());
        assertTrue(d.caption().startsWith("n = 4 · τ 0.667"), d.caption());
        vm.proxyProperty().set("params");
        // no ties: 5 pairs agree, 5 disagree
        assertEquals(0.0, vm.data().stats().kendall(), 1e-12);
        assertEquals(5, vm.data().stats().n());
    }

    @Test
    void theMeasuredProxyScoresTheTableInTheBackgroundAsCorrelateDoesAndIsLabelledMeasured() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        assertTrue(vm.proxies().contains(LocalMcModel.ID), vm.proxies().toString());
        vm.proxyProperty().set(LocalMcModel.ID); // scored through the runner (LatestWins.direct here), as every proxy is
        ChartData d = vm.data();
        assertEquals(LocalMcModel.ID, d.proxy());
        assertArrayEquals(Proxy.sed(Models.create(LocalMcModel.ID, 16)).scores(t), d.x());
        assertEquals("sed-local-mc (measured, not the reconstruction)", d.xLabel());
        assertEquals("sed-local-mc (measured, not the reconstruction)", ChartViewModel.label(LocalMcModel.ID));
        assertEquals("sed-path", ChartViewModel.label("sed-path"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SedExplorerCommand.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "correlate", "--table", dir.resolve("small-nb201.csv").toString(), "--proxy", LocalMcModel.ID,
                "--target", "cifar10_acc", "--json");
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        JsonNode row = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0);
        assertEquals(LocalMcModel.ID, row.get("proxy").asText());
        assertEquals(row.get("n").asInt(), d.stats().n());
        assertEquals(row.get("kendall").asDouble(), d.stats().kendall(), 1e-12);
        assertEquals(row.get("spearman").asDouble(), d.stats().spearman(), 1e-12);
        assertEquals(row.get("pearson").asDouble(), d.stats().pearson(), 1e-12);
    }

    @Test
    void aMeasuredProxyMarksOnlyAnEditorCellAmongTheRows() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        vm.proxyProperty().set(LocalMcModel.ID);
        assertNull(vm.data().model(), "no Monte Carlo on the FX thread for the mark");
        editor.set(CellDocument.of(t.architecture(0)));
        assertEquals(vm.data().x()[0], vm.markProperty().get().x());
        editor.set(cell(ALL_SKIP));
        assertFalse(vm.markProperty().get().drawn(), "not in the table: no score computed for it");
    }

    @Test
    void sedScoresAreAtTheTablesCAndNameIt() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        ChartData d = vm.data();
        assertEquals("sed-path", d.proxy());
        assertArrayEquals(sedPath(t, 16), d.x());
        assertArrayEquals(t.metric("cifar10_acc"), d.y());
        assertEquals(1, d.disconnected(), "the all-none cell");
        assertEquals("sed-path (C = 16)", d.xLabel());
        assertNull(d.ceiling(), "no repeated runs");
        assertEquals(6, vm.dataCsv().lines().count(), "a header and a line a row");
    }

    @Test
    void theEditorsCRescoresATableOfItsSpaceAndNoOther() throws Exception {
        BenchmarkTable nb201 = BenchFixtures.table(dir);
        BenchmarkTable nb101 = nb101(dir);
        tables.workspace.add(nb201);
        tables.workspace.add(nb101);
        assertSame(nb101, vm.data().table());
        assertEquals("sed-path (C = 128)", vm.data().xLabel(), "NB101's own C");
        ChartData before = vm.data();
        tables.editorChannels.set(2); // the editor holds an NB201 cell
        assertSame(before, vm.data(), "the NB101 chart is not rescored");
        tables.workspace.show(nb201);
        assertArrayEquals(sedPath(nb201, 2), vm.data().x(), "the NB201 table at the editor's C");
        ChartData at2 = vm.data();
        tables.editorChannels.set(4);
        assertNotSame(at2, vm.data());
        assertArrayEquals(sedPath(nb201, 4), vm.data().x());
        tables.editorSpace.set(SearchSpace.NB101);
        assertArrayEquals(sedPath(nb201, 16), vm.data().x(), "the editor left NB201: its own C again");
    }

    @Test
    void onlyTheLatestRequestIsComputedAndPublished() throws Exception {
        List<Runnable> background = new ArrayList<>();
        ChartViewModel queued = new ChartViewModel(tables.workspace, editor, Runners.queued(background, tables.status));
        List<ChartData> published = new ArrayList<>();
        queued.dataProperty().addListener((o, a, b) -> published.add(b));
        tables.workspace.add(BenchFixtures.table(dir));
        queued.proxyProperty().set("params");
        tables.editorChannels.set(2);
        queued.proxyProperty().set("synflow");
        assertTrue(queued.busyProperty().get());
        background.forEach(Runnable::run);
        assertEquals(1, published.size(), "the stale requests were skipped");
        assertEquals("synflow", published.get(0).proxy());
        assertFalse(queued.busyProperty().get());
    }

    @Test
    void marksTheEditorsCellInOrNotInTheTable() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        assertFalse(vm.markProperty().get().drawn(), "no cell in the editor");
        editor.set(cell(BenchFixtures.MIXED));
        ChartMark in = vm.markProperty().get();
        assertEquals(3, in.row());
        assertEquals(sedPath(t, 16)[3], in.x(), 0.0);
        assertEquals(90.125, in.y(), 0.0);
        assertTrue(in.text().endsWith("cifar10_acc 90.125 (line 5)"), in.text());
        editor.set(cell(ALL_SKIP));
        ChartMark out = vm.markProperty().get();
        assertTrue(out.drawn(), "a model scores any cell");
        assertEquals(-1, out.row());
        assertTrue(Double.isNaN(out.y()));
        assertTrue(out.text().endsWith("— not in this table"), out.text());
        vm.proxyProperty().set("params");
        assertFalse(vm.markProperty().get().drawn(), "a column has no value for a cell the table lacks");
        assertEquals("◎ the editor's cell is not in this table, so it has no params", vm.markProperty().get().text());
        editor.set(cell(BenchFixtures.POOL));
        assertEquals(100, vm.markProperty().get().x(), 0.0, "a column's value for a cell the table holds");
        editor.set(CellDocument.of(nb101(dir).architecture(0)));
        assertEquals("The editor's cell is a NAS-Bench-101 cell: not in this NAS-Bench-201 table", vm.markProperty().get().text());
        assertFalse(vm.markProperty().get().drawn());
    }

    @Test
    void closingTheShownTableClearsTheChart() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        editor.set(cell(BenchFixtures.CONV));
        assertTrue(vm.markProperty().get().drawn());
        vm.close();
        assertNull(vm.getTable());
        assertNull(vm.data());
        assertTrue(vm.proxies().isEmpty() && vm.targets().isEmpty());
        assertEquals(ChartMark.NONE, vm.markProperty().get());
        assertEquals("arch,sed-path,cifar10_acc\r\n", vm.dataCsv(), "the header of the last choice");
    }

    @Test
    void aTableWithRepeatedRunsHasItsCeiling() throws Exception {
        BenchmarkTable t = TableReader.read(Files.writeString(dir.resolve("runs.csv"), "arch,acc_run1,acc_run2\n"
                + BenchFixtures.CONV + ",94,93\n" + BenchFixtures.POOL + ",85,86\n" + BenchFixtures.MIXED + ",90,87\n"
                + BenchFixtures.SKIP + ",88,88\n" + BenchFixtures.NONE + ",10,11\n"));
        tables.workspace.add(t);
        // one pair of the 10 disagrees (MIXED and SKIP): τ = (9 − 1) / 10
        assertEquals(0.8, vm.data().ceiling().stats().kendall(), 1e-12);
        assertTrue(vm.data().caption().endsWith(" · ceiling τ 0.800"), vm.data().caption());
    }
}
