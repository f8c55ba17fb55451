package io.github.sedexplorer.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.StatusLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's view-model on its own: named undoable edits and one resolved model, no toolkit. */
class EditorViewModelTest {

    private static final String CELL = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    private final StatusLine status = new StatusLine();
    private final ModelCatalog catalog = new ModelCatalog();
    private final EditorViewModel vm = new EditorViewModel(AutoLayout::positions, catalog, status);

    private static Architecture nb201(String text) {
        return ArchitectureFormats.forSpace(SearchSpace.NB201).parse(text);
    }

    private void openCell() {
        vm.open(new CellDocument(nb201(CELL), null, "test cell", ""), null);
    }

    /** The palette marks the selected edge's op, and nothing when nothing is selected, until a brush is picked. */
    @Test
    void thePaletteMarksTheSelectedEdgesOp() {
        openCell();
        assertNull(vm.highlightedOpProperty().get(), "a new cell: nothing selected, nothing marked");
        vm.selectionProperty().set(Selection.edge(0, 0, 3));
        assertEquals(Op.SKIP, vm.highlightedOpProperty().get());
        vm.selectionProperty().set(Selection.edge(0, 1, 2));
        assertEquals(Op.CONV_3X3, vm.highlightedOpProperty().get());
        vm.applyOp(Op.AVG_POOL_3X3);
        assertEquals(Op.AVG_POOL_3X3, vm.highlightedOpProperty().get(), "after the edit: the edge's new op");
        vm.undo();
        assertEquals(Op.CONV_3X3, vm.highlightedOpProperty().get(), "undo brings the old op back, and the mark");
        vm.selectionProperty().set(null);
        assertNull(vm.highlightedOpProperty().get());
        vm.applyOp(Op.CONV_1X1);
        assertEquals(Op.CONV_1X1, vm.highlightedOpProperty().get(), "picked with nothing selected: the op new edges get");
        openCell();
        assertNull(vm.highlightedOpProperty().get());
    }

    @Test
    void keysMoveTheSelectionThroughEdgesThenNodes() {
        openCell();
        vm.moveSelection(0, 1);
        assertEquals(Selection.edge(0, 0, 1), vm.selectionProperty().get());
        assertEquals("Selected edge in→1: nor_conv_3x3", status.message());
        for (int k = 0; k < 6; k++) {
            vm.moveSelection(0, 1);
        }
        assertEquals(Selection.node(0, 0), vm.selectionProperty().get(), "six edges, then the nodes");
        assertEquals("Selected node in", status.message());
        vm.moveSelection(0, -1);
        vm.moveSelection(0, -5);
        assertEquals(Selection.edge(0, 0, 1), vm.selectionProperty().get());
        vm.moveSelection(0, -1);
        assertEquals(Selection.node(0, 3), vm.selectionProperty().get(), "wraps around");
    }

    @Test
    void anEditedSampleSaysItIsEdited() {
        vm.open(new CellDocument(nb201(CELL), null, "NB201 #9930: best on CIFAR-100", "The best cell."), null);
        assertEquals("NB201 #9930: best on CIFAR-100 — SED Explorer", vm.titleProperty().getValue());
        assertFalse(vm.editedProperty().getValue());
        vm.selectionProperty().set(Selection.edge(0, 0, 1));
        vm.applyOp(Op.AVG_POOL_3X3);
        assertTrue(vm.editedProperty().getValue());
        assertEquals("* NB201 #9930: best on CIFAR-100 (edited) — SED Explorer", vm.titleProperty().getValue());
        assertEquals("As opened, before your edits: The best cell.", EditorView.notes(vm));
        vm.undo();
        assertEquals("NB201 #9930: best on CIFAR-100 — SED Explorer", vm.titleProperty().getValue());
        assertEquals("The best cell.", EditorView.notes(vm));
    }

    @Test
    void everyEditIsNamedAndUndoesToTheSameDocument() {
        openCell();
        CellDocument before = vm.getDocument();
        vm.selectionProperty().set(Selection.edge(0, 0, 1));
        vm.applyOp(Op.AVG_POOL_3X3);
        assertEquals("Set edge in→1 to avg_pool_3x3", vm.undoStack().undoNameProperty().get());
        assertEquals("Set edge in→1 to avg_pool_3x3", status.message());
        assertTrue(vm.isDirty());
        vm.undo();
        assertSame(before, vm.getDocument());
        assertFalse(vm.isDirty());
        assertEquals("Undid: Set edge in→1 to avg_pool_3x3", status.message());
        vm.redo();
        assertEquals(nb201("|avg_pool_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"),
                vm.getDocument().architecture());
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhyAsAnError() {
        openCell();
        CellDocument before = vm.getDocument();
        vm.selectionProperty().set(Selection.node(0, 0));
        vm.deleteSelection();
        assertSame(before, vm.getDocument());
        assertTrue(status.isErrorProperty().get(), status.message());
        assertFalse(vm.undoStack().canUndoProperty().get());
    }

    @Test
    void theModelIsResolvedOnceAndTheLatestCWins() {
        openCell();
        assertEquals(SearchSpace.NB201.defaultChannels(), vm.model().opEntropy().channels(), "an opened cell takes its space's C");
        vm.channelsProperty().set(8);
        vm.channelsProperty().set(32);
        assertEquals(32, vm.model().opEntropy().channels());
        Architecture a = vm.getDocument().architecture();
        assertEquals(SedModels.create(SedModels.DEFAULT, 32).score(a), vm.getScores().total());
        assertEquals(ParamCount.of(a, 32), vm.getScores().params());
    }

    @Test
    void aCustomModelKeepsItsOwnCAndParamsAreCountedThere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wide.json");
        Files.writeString(file, "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"wide\", \"channels\": 48,"
                + " \"aggregation\": \"path\", \"deltas\": {\"nor_conv_3x3\": 0.5}}");
        openCell();
        vm.modelIdProperty().set(catalog.load(file));
        vm.channelsProperty().set(8);
        assertEquals("custom:wide", vm.model().id());
        assertEquals(48, vm.model().opEntropy().channels(), "the file's C, whatever the editor's C");
        assertEquals(ParamCount.of(vm.getDocument().architecture(), 48), vm.getScores().params());
    }

    @Test
    void theTitleNamesTheFileOrTheCellAndMarksUnsavedChanges(@TempDir Path dir) {
        openCell();
        assertEquals("test cell — SED Explorer", vm.titleProperty().getValue());
        vm.selectionProperty().set(Selection.edge(0, 0, 1));
        vm.applyOp(Op.AVG_POOL_3X3);
        assertEquals("* test cell (edited) — SED Explorer", vm.titleProperty().getValue(), "the title describes the cell as opened");
        vm.savedTo(dir.resolve("mine.json"));
        assertEquals("mine.json — SED Explorer", vm.titleProperty().getValue());
    }
}
