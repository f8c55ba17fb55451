package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.ui.common.Dialogs.Unsaved;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Selection;
import io.github.sedexplorer.ui.table.BenchFixtures;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.scene.control.Menu;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's logic with dialogs the test answers: unsaved work is never lost. */
class FileActionsTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final StatusLine status = new StatusLine(dialogs::error);
    private final ModelCatalog catalog = new ModelCatalog();
    private final EditorViewModel vm = new EditorViewModel(AutoLayout::positions, catalog, status);
    private final TableWorkspace tables = new TableWorkspace(catalog, vm.spaceProperty(), vm.channelsProperty(),
            LatestWins.direct(status), status, dialogs);
    private final int[] editorShown = new int[1];
    private FileActions files;

    @BeforeEach
    void setUp() {
        Preferences prefs = Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer-tests") + "-file-actions");
        files = new FileActions(vm, tables, new WindowState(prefs), dialogs, status, () -> editorShown[0]++);
        vm.open(Samples.load(Samples.DEFAULT), null);
    }

    private void edit() {
        vm.selectionProperty().set(Selection.edge(0, 0, 1));
        vm.applyOp(Op.AVG_POOL_3X3);
        assertTrue(vm.isDirty());
    }

    /** The save prompt comes only when an import would replace unsaved work, after the dialog, not before it opens. */
    @Test
    void importAsksAboutUnsavedWorkOnlyWhenItReplacesIt() {
        edit();
        files.importArchitecture(); // cancelled
        assertEquals(List.of("import"), dialogs.shown, "no prompt for an import that replaces nothing");
        dialogs.imports.add(NewCells.of(SearchSpace.DARTS).architecture());
        dialogs.unsaved.add(Unsaved.DISCARD);
        files.importArchitecture();
        assertEquals(List.of("import", "import", "ask to save"), dialogs.shown);
        assertEquals(SearchSpace.DARTS, vm.getDocument().architecture().space());
    }

    @Test
    void saveSuggestsANameAndOpenRecentHasTheFileAtOnce() {
        edit();
        Path file = dir.resolve("best.json");
        dialogs.files.add(file);
        assertTrue(files.save());
        assertEquals(List.of("nb201-9930-best-on-cifar-100.json"), dialogs.suggested);
        Menu recent = files.recentMenu();
        assertFalse(recent.isDisable());
        assertEquals(file.toString(), recent.getItems().get(0).getText());
    }

    @Test
    void cancelKeepsTheUnsavedCellAndDiscardLetsTheNewOneIn() {
        edit();
        CellDocument edited = vm.getDocument();
        CellDocument other = NewCells.of(SearchSpace.DARTS);
        dialogs.unsaved.add(Unsaved.CANCEL);
        files.openDocument(other);
        assertSame(edited, vm.getDocument());
        assertEquals(0, editorShown[0]);
        dialogs.unsaved.add(Unsaved.DISCARD);
        files.openDocument(other);
        assertEquals(SearchSpace.DARTS, vm.getDocument().architecture().space());
        assertEquals(1, editorShown[0], "the editor is brought to the front");
    }

    @Test
    void saveFirstWritesTheCellWhereTheUserSaysThenGoesOn() throws IOException {
        edit();
        CellDocument edited = vm.getDocument();
        dialogs.unsaved.add(Unsaved.SAVE);
        dialogs.files.add(dir.resolve("kept")); // no extension: .json is added
        assertTrue(files.confirmDiscard());
        assertEquals(edited.architecture(), CellFile.read(dir.resolve("kept.json")).architecture());
        assertFalse(vm.isDirty());
        assertEquals("Saved kept.json", status.message());
    }

    @Test
    void aCellFileThatDoesNotReadIsExplainedAndTheCurrentCellStays() throws IOException {
        CellDocument before = vm.getDocument();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"" + CellFile.FORMAT + "\", \"version\": 1, \"space\": \"nb201\", \"arch\": 7}");
        assertFalse(files.open(bad));
        assertSame(before, vm.getDocument());
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("error: Cannot open bad.json: ")), dialogs.shown.toString());
    }

    @Test
    void droppedFilesOpenAsACellOrLoadAsTables() throws IOException {
        Path cell = dir.resolve("cell.json");
        CellFile.write(NewCells.of(SearchSpace.NB101), cell);
        Path table = dir.resolve("t.csv");
        Files.writeString(table, BenchFixtures.CSV);
        assertTrue(FileActions.isCellFile(cell));
        assertFalse(FileActions.isCellFile(table));
        files.openAll(List.of(table, cell), true);
        assertEquals(SearchSpace.NB101, vm.getDocument().architecture().space());
        assertEquals(cell, vm.fileProperty().get());
        assertEquals(List.of("t.csv"), tables.tables().stream().map(t -> t.source()).toList());
    }

    @Test
    void aTableRowOpensAsACellTitledWithItsRowAndTable() throws IOException {
        Path table = dir.resolve("t.csv");
        Files.writeString(table, BenchFixtures.CSV);
        tables.load(table);
        files.openRow(2);
        assertEquals("line 4 of t.csv", vm.getDocument().title(), "no table gives an API index: the file's line");
        assertEquals(BenchFixtures.POOL, vm.getDocument().notes());
        assertEquals(1, editorShown[0]);
        files.openRow(5); // past the last row: nothing happens
        assertEquals("line 4 of t.csv", vm.getDocument().title());
    }
}
