package io.github.sedexplorer.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.SampleTables;
import io.github.sedexplorer.bench.SharedTables;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.table.BenchFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables every table tab shares, loaded through the direct runner: no thread, no toolkit. */
class TableWorkspaceTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final StatusLine status = new StatusLine(dialogs::error);
    private final SimpleObjectProperty<SearchSpace> editorSpace = new SimpleObjectProperty<>(SearchSpace.NB201);
    private final SimpleIntegerProperty editorC = new SimpleIntegerProperty(16);
    private final ModelCatalog catalog = new ModelCatalog();
    private final TableWorkspace workspace = new TableWorkspace(catalog, editorSpace, editorC, LatestWins.direct(status), status, dialogs);

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void filesLoadOneAfterAnotherAndTheLastLoadedIsShown() throws IOException {
        Path a = write("a.csv", BenchFixtures.CSV);
        Path b = write("b.csv", "arch,acc\n" + BenchFixtures.CONV + ",1\n" + BenchFixtures.POOL + ",2\n");
        workspace.load(List.of(a, b));
        assertEquals(List.of("a.csv", "b.csv"), workspace.tables().stream().map(BenchmarkTable::source).toList());
        assertSame(workspace.tables().get(1), workspace.shown());
        assertTrue(status.message().startsWith("Loaded b.csv: "), status.message());
        assertFalse(workspace.loadingProperty().get());
    }

    @Test
    void aFileThatDoesNotReadIsAnErrorWithItsPlaceAndTheFilesAfterItStillLoad() throws IOException {
        Path bad = write("bad.csv", "\"arch\"x,acc\n" + BenchFixtures.CONV + ",94\n");
        Path good = write("good.csv", BenchFixtures.CSV);
        workspace.load(List.of(bad, good));
        assertEquals(List.of("good.csv"), workspace.tables().stream().map(BenchmarkTable::source).toList());
        String error = dialogs.shown.stream().filter(s -> s.startsWith("error: Cannot load bad.csv")).findFirst().orElse("");
        assertTrue(error.contains("line 1, column 7"), dialogs.shown.toString());
    }

    /** A table embedded in the program loads as a file does, in the queue after the files before it, and is shown. */
    @Test
    void aSampleTableLoadsLikeAFileAndMapsApiIndicesForTheTablesAfterIt() throws IOException {
        workspace.load(SampleTables.nb201());
        BenchmarkTable t = workspace.shown();
        assertEquals("nb201-naswot-v1-c10.csv", t.source());
        assertEquals(15_625, t.rows());
        assertEquals("Loaded nb201-naswot-v1-c10.csv: 15,625 rows read, 15,625 kept", status.message());
        assertEquals("API index 9930", workspace.rowName(t, 9930), "its arch_index column names its rows");
        // a table keyed only by API index now resolves through it, as through a loaded file
        workspace.load(write("idx.csv", "arch_index,score\n0,1\n9930,5\n"));
        BenchmarkTable idx = workspace.shown();
        assertEquals(2, idx.rows());
        assertEquals(9930, t.rowOf(idx.architecture(1)));
    }

    @Test
    void theSameFileAgainReplacesItsTable() throws IOException {
        Path a = write("a.csv", BenchFixtures.CSV);
        workspace.load(a);
        BenchmarkTable first = workspace.shown();
        workspace.load(a);
        assertEquals(1, workspace.tables().size());
        assertFalse(first == workspace.shown(), "the table read again");
    }

    @Test
    void closingTheShownTableShowsTheLastOneLeftAndThenNone() throws IOException {
        workspace.load(List.of(write("a.csv", BenchFixtures.CSV), write("b.csv", BenchFixtures.CSV), write("c.csv", BenchFixtures.CSV)));
        BenchmarkTable a = workspace.tables().get(0);
        workspace.show(a);
        workspace.close(a);
        assertEquals("c.csv", workspace.shown().source());
        workspace.close(workspace.tables().get(0));
        workspace.close(workspace.tables().get(0));
        assertNull(workspace.shown());
        assertTrue(workspace.tables().isEmpty());
    }

    @Test
    void skippedRowsAreReportedInADialog() throws IOException {
        workspace.load(write("part.csv", "arch,acc\n" + BenchFixtures.CONV + ",1\nnot an arch,2\n"));
        assertEquals(1, workspace.shown().rows());
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("partialLoadDialog: Some rows were skipped")), dialogs.shown.toString());
    }

    @Test
    void theEditorsCApplysToTablesOfItsSpaceOnly() throws IOException {
        workspace.load(write("a.csv", BenchFixtures.CSV));
        BenchmarkTable t = workspace.shown();
        editorC.set(8);
        TableScoring at8 = workspace.scoring();
        assertEquals(8, at8.channels(t));
        assertEquals(8, at8.model("sed-path", t).opEntropy().channels());
        editorSpace.set(SearchSpace.DARTS);
        TableScoring darts = workspace.scoring();
        assertEquals(SearchSpace.NB201.defaultChannels(), darts.channels(t), "another space's table keeps its own C");
        assertTrue(darts.changes(at8, t));
        editorC.set(32); // the editor's C of a DARTS cell: no NB201 score changes
        assertFalse(workspace.scoring().changes(darts, t));
    }

    @Test
    void rowsAreFoundByArchitecture() throws IOException {
        workspace.load(write("a.csv", BenchFixtures.CSV));
        BenchmarkTable t = workspace.shown();
        assertEquals(2, workspace.rowOf(t, ArchitectureFormats.forSpace(SearchSpace.NB201).parse(BenchFixtures.POOL)));
        assertEquals(-1, workspace.rowOf(t, ArchitectureFormats.forSpace(SearchSpace.NB201).parse(
                "|none~0|+|none~0|none~1|+|none~0|none~1|skip_connect~2|")));
        assertTrue(workspace.apiIndexOf(t).isEmpty(), "no index column, not the NATS landscape");
    }

    @Test
    void theFactsAboutACellComeFromEveryTableThatHoldsItOnceEach() throws IOException {
        String header = "arch,acc,note\n";
        workspace.load(List.of(write("a.csv", header + BenchFixtures.CONV + ",1,wide\n" + BenchFixtures.POOL + ",2,narrow\n"),
                write("b.csv", header + BenchFixtures.CONV + ",3,wide\n")));
        List<String> facts = workspace.factsAbout(ArchitectureFormats.forSpace(SearchSpace.NB201).parse(BenchFixtures.CONV)).stream()
                .map(f -> f[0] + "=" + f[1]).toList();
        assertEquals(List.of("note (a.csv)=wide", "note (b.csv)=wide"), facts);
        assertTrue(workspace.factsAbout(ArchitectureFormats.forSpace(SearchSpace.NB201).parse(BenchFixtures.SKIP)).isEmpty());
    }

    @Test
    void aModelAddedToTheCatalogIsANewScoringForEveryTable() throws IOException {
        workspace.load(write("a.csv", BenchFixtures.CSV));
        BenchmarkTable t = workspace.shown();
        TableScoring before = workspace.scoring();
        catalog.add(ModelSpec.reconstruction(4).named("four"));
        assertTrue(workspace.scoring().catalogChanged(before));
        assertTrue(workspace.scoring().changes(before, t), "the same C, but a model more (or saved again)");
        TableScoring added = workspace.scoring();
        editorC.set(8);
        assertFalse(workspace.scoring().catalogChanged(added), "a new C is not a catalog change");
    }

    @Test
    void aRowIsNamedByTheApiIndexAnyLoadedTableProvidesElseByItsLine() {
        BenchmarkTable perSeed = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        Architecture best = ArchitectureFormats.forSpace(SearchSpace.NB201).parse(BenchFixtures.CONV);
        int row = perSeed.rowOf(best);
        workspace.add(perSeed);
        assertEquals("line " + (row + 2), workspace.rowName(perSeed, row), "no loaded table has an index: the file's line");
        workspace.add(SharedTables.of("nb201-nats-landscape.csv"));
        assertEquals("API index 9930", workspace.rowName(perSeed, row), "the landscape's row order is the index");
        assertEquals("API index 9930", workspace.scoring().rowName(perSeed, row), "the chart's tooltip names it so too");
        assertEquals("nb201-cifar10-test-per-seed-meco.csv (NAS-Bench-201)", TableWorkspace.title(perSeed));
    }
}
