package io.github.sedexplorer.ui.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.SharedTables;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.table.TableViewModel.TableRows;
import io.github.sedexplorer.ui.tables.Workspaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table tab's view-model without the FX toolkit: the editor's model's score column and the search, inline. */
class TableViewModelTest {

    @TempDir
    Path dir;

    private final Workspaces tables = new Workspaces();
    private final StringProperty modelId = new SimpleStringProperty("sed-path");
    private final TableViewModel vm = new TableViewModel(tables.workspace, modelId, tables.direct(), tables.status);

    private static double[] scores(String id, BenchmarkTable t, int channels) {
        return Proxy.sed(SedModels.create(id, channels)).scores(t);
    }

    @Test
    void theScoreColumnIsTheEditorsModelAtTheTablesC() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        TableRows rows = vm.rows();
        assertSame(t, rows.table());
        assertEquals("sed-path", rows.scoreName());
        assertArrayEquals(scores("sed-path", t, 16), rows.scores());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, rows.rows());
        modelId.set("sed-flow");
        assertEquals("sed-flow", vm.rows().scoreName());
        assertArrayEquals(scores("sed-flow", t, 16), vm.rows().scores());
        tables.editorChannels.set(2);
        assertArrayEquals(scores("sed-flow", t, 2), vm.rows().scores(), "the editor's C for a table of its space");
    }

    @Test
    void aTableOfAnotherSpaceKeepsItsOwnC() throws Exception {
        BenchmarkTable nb101 = TableReader.read(Files.writeString(dir.resolve("nb101.csv"), "acc,adjacency_7x7,ops\n"
                + "0.9,0110000100000000,input|conv3x3-bn-relu|conv1x1-bn-relu|output\n"
                + "0.7,0010000000010000,input|conv3x3-bn-relu|conv1x1-bn-relu|output\n"));
        tables.workspace.add(nb101);
        TableRows before = vm.rows();
        assertArrayEquals(scores("sed-path", nb101, 128), before.scores());
        tables.editorChannels.set(2);
        assertSame(before, vm.rows(), "not rescored");
    }

    @Test
    void theSearchKeepsTheScoresAndMatchesEveryTerm() throws Exception {
        tables.workspace.add(BenchFixtures.table(dir));
        double[] scores = vm.rows().scores();
        vm.searchProperty().set("AVG_POOL_3x3");
        assertArrayEquals(new int[] {2, 3, 4}, vm.rows().rows());
        assertSame(scores, vm.rows().scores(), "only the search changed: the scores are kept");
        vm.searchProperty().set("  avg_pool_3x3~0   skip_connect~2 ");
        assertArrayEquals(new int[] {2}, vm.rows().rows());
        vm.searchProperty().set("sep_conv");
        assertArrayEquals(new int[0], vm.rows().rows());
        vm.searchProperty().set("");
        assertEquals(5, vm.rows().rows().length);
    }

    @Test
    void closingTheTableClearsIt() throws Exception {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.workspace.add(t);
        tables.workspace.close(t);
        assertNull(vm.rows());
    }

    @Test
    void theSearchLooksInEveryTextOfARow() {
        BenchmarkTable tnb = SharedTables.of("tnb101-micro-naslib.csv");
        tables.workspace.add(tnb);
        vm.searchProperty().set("|nor_conv_3x3~0|+");
        // the cell column's NB201 strings: the first edge is a 3×3 conv in a quarter of the 4,096 cells
        assertEquals(1024, vm.rows().rows().length, "the TransNAS table's cell column is searched");
        vm.searchProperty().set("nor_conv_3x3~0");
        assertEquals(4096 - 27 * 64, vm.rows().rows().length, "one of the three edges from node 0 a 3×3 conv");
        vm.searchProperty().set("64-41414-3_33_333");
        assertEquals(1, vm.rows().rows().length, "so is the TransNAS code");
    }

    @Test
    void rowsAreNamedAndFoundByTheApiIndexAnyLoadedTableGives() {
        BenchmarkTable perSeed = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        tables.workspace.add(SharedTables.of("nb201-nats-landscape.csv"));
        tables.workspace.add(perSeed);
        int row = perSeed.rowOf(ArchitectureFormats.forSpace(SearchSpace.NB201).parse(BenchFixtures.CONV));
        assertEquals("API index 9930", vm.rows().names()[row]);
        vm.searchProperty().set("api index 9930");
        assertArrayEquals(new int[] {row}, vm.rows().rows());
        vm.select(row);
        assertEquals(row, vm.selectedProperty().get());
        assertTrue(tables.status.message().startsWith("Selected API index 9930 of nb201-cifar10-test-per-seed-meco.csv: "),
                tables.status.message());
        assertSame(perSeed, vm.tableProperty().get(), "the tab names the workspace's shown table");
        vm.show(tables.workspace.tables().get(0));
        assertEquals(-1, vm.selectedProperty().get(), "another table: nothing selected");
    }

    @Test
    void targetsAndProxiesComeFirst() {
        BenchmarkTable perSeed = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        assertEquals(List.of("test_acc_run1", "test_acc_run2", "test_acc_run3", "n_runs"), TableViewModel.metricOrder(perSeed));
        BenchmarkTable zc = SharedTables.of("nb201-zc-nbsz-c10.csv");
        List<String> order = TableViewModel.metricOrder(zc);
        assertEquals("val_acc", order.get(0));
        assertEquals("arch_index", order.get(order.size() - 1), "an index ranks nothing: last");
        assertEquals(Set.copyOf(zc.metricNames()), Set.copyOf(order));
    }
}
