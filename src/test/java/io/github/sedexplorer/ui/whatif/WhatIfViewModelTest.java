package io.github.sedexplorer.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.Runners;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel.Square;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel.Standing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;

/** The What if tab's state without a window: the squares' scores, the cell's standing in its space, and when it works. */
class WhatIfViewModelTest {

    static final String CELL_9930 = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    private final SedModel sedPath = SedModels.create("sed-path", 16);
    private final ObjectProperty<CellDocument> document = new SimpleObjectProperty<>(nb201(CELL_9930));
    private final ObjectProperty<SedModel> model = new SimpleObjectProperty<>(sedPath);
    private final List<Square> applied = new ArrayList<>();

    private static CellDocument nb201(String arch) {
        return new CellDocument(Architecture.of(Nb201ArchString.parse(arch)), null, "", "");
    }

    private WhatIfViewModel viewModel(LatestWins runner) {
        return new WhatIfViewModel(document, model, runner, applied::add);
    }

    private static Square square(WhatIfViewModel vm, int from, int to, Op op) {
        return vm.squares().stream().filter(q -> q.from() == from && q.to() == to && q.op().equals(op)).findFirst().orElseThrow();
    }

    @Test
    void aSquaresScoreIsTheModelsScoreOfTheChangedCell() {
        WhatIfViewModel vm = viewModel(LatestWins.direct(new StatusLine()));
        Cell cell = document.get().architecture().cells().get(0);
        assertEquals(6 * 5, vm.squares().size(), "NB201: 6 edges × 5 operations");
        for (Square q : vm.squares()) {
            Cell changed = cell.withEdgeOp(cell.edgeIndex(q.from(), q.to()), q.op());
            assertEquals(sedPath.score(changed), q.score(), 0, q.toString());
            assertEquals(q.op().equals(cell.edge(cell.edgeIndex(q.from(), q.to())).op()), q.current(), q.toString());
        }
        assertEquals(19.879253, square(vm, 0, 3, Op.CONV_3X3).score(), 5e-7, "the spec's all-conv value");
        assertEquals(1, vm.squares().stream().filter(q -> q.from() == 0 && q.to() == 3 && q.current()).count());
        assertTrue(square(vm, 0, 1, Op.NONE).score() < 17.394347, "cutting 0→1 removes two of the four paths");
        assertEquals(sedPath.score(cell), vm.result().score(), 0);
    }

    @Test
    void standingOfCell9930AmongAllNb201CellsAtC16() {
        WhatIfViewModel vm = viewModel(LatestWins.direct(new StatusLine()));
        double mine = sedPath.score(document.get().architecture());
        List<Cell> cells = SpaceEnumerator.cells(SearchSpace.NB201);
        double[] all = new double[cells.size()];
        int above = 0;
        int tied = 0;
        for (int i = 0; i < all.length; i++) {
            all[i] = sedPath.score(cells.get(i));
            if (Math.abs(all[i] - mine) < 1e-9) {
                tied++;
            } else if (all[i] > mine) {
                above++;
            }
        }
        Arrays.sort(all);
        assertEquals(new Standing(above + 1, tied, 15625), vm.standing());
        assertArrayEquals(all, vm.result().spaceScores(), "the histogram's scores: the whole space, sorted");
        assertTrue(vm.result().enumerable());
    }

    @Test
    void applyingASquareIsTheEditorsNamedUndoableEdit() {
        StatusLine status = new StatusLine();
        EditorViewModel editor = new EditorViewModel(AutoLayout::positions, new ModelCatalog(), status);
        editor.open(nb201(CELL_9930), null);
        WhatIfViewModel vm = WhatIfViewModel.of(editor, LatestWins.direct(status));
        Square conv = square(vm, 0, 3, Op.CONV_3X3);
        Square current = square(vm, 0, 3, Op.SKIP);
        assertFalse(vm.apply(current), "the current operation changes nothing");
        assertTrue(vm.apply(conv));
        assertEquals(conv.score(), editor.getScores().total(), 0, "applying the square gives the square's score");
        assertEquals("Set edge in→out to nor_conv_3x3", status.message());
        assertEquals(1, vm.standing().rank(), "the all-conv cell is NB201's best under sed-path");
        editor.undo();
        assertEquals(17.394347, editor.getScores().total(), 5e-7, "and it is an ordinary undoable edit");
        assertTrue(vm.standing().rank() > 1, "the standing follows the undo");
    }

    @Test
    void aSquareOfAnOlderCellIsNotApplied() {
        WhatIfViewModel vm = viewModel(LatestWins.direct(new StatusLine()));
        Square conv = square(vm, 0, 3, Op.CONV_3X3);
        vm.shownProperty().set(false);
        document.set(nb201("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|"));
        assertFalse(vm.apply(conv), "the squares are of the cell before: the editor holds another");
        assertTrue(applied.isEmpty());
        vm.shownProperty().set(true);
        assertTrue(vm.apply(square(vm, 0, 3, Op.CONV_3X3)));
        assertEquals(1, applied.size());
    }

    @Test
    void hiddenItDoesNoWorkAndCatchesUpOnceWhenShown() {
        AtomicInteger runs = new AtomicInteger();
        WhatIfViewModel vm = viewModel(Runners.counting(runs, new StatusLine()));
        assertEquals(1, runs.get());
        vm.shownProperty().set(false);
        CellDocument allConv = CellFile.read(Path.of("samples", "nb201-all-conv3x3.json"));
        document.set(allConv);
        SedModel flow = SedModels.create("sed-flow", 16);
        model.set(flow);
        assertEquals(1, runs.get(), "nothing is scored for a hidden tab");
        assertEquals(CELL_9930, Nb201ArchString.format(vm.result().document().architecture().cells().get(0)));
        vm.shownProperty().set(true);
        assertEquals(2, runs.get(), "shown again: one catch-up for both changes");
        assertSame(allConv, vm.result().document());
        assertSame(flow, vm.result().model());
        vm.shownProperty().set(false);
        vm.shownProperty().set(true);
        assertEquals(2, runs.get(), "nothing changed while hidden: no work");
    }

    @Test
    void aSpaceTooLargeHasSquaresButNoStanding() {
        document.set(CellFile.read(Path.of("samples", "darts-v2.json")));
        WhatIfViewModel vm = viewModel(LatestWins.direct(new StatusLine()));
        assertFalse(vm.squares().isEmpty());
        assertNull(vm.standing());
        assertFalse(vm.result().enumerable());
        assertEquals(0, vm.result().spaceScores().length);
    }
}
