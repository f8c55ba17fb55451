package io.github.sedexplorer.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.Runners;
import io.github.sedexplorer.ui.common.StatusLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;

/** The Compare tab's state without a window: scores and Δ to the reference, the differing edges, the newest model. */
class CompareViewModelTest {

    private final SedModel sedPath = SedModels.create("sed-path", 16);
    private final ObjectProperty<CellDocument> editor = new SimpleObjectProperty<>(nb201(CompareViewTest.CELL_9930));
    private final ObjectProperty<SedModel> model = new SimpleObjectProperty<>(sedPath);

    static CellDocument nb201(String arch) {
        return new CellDocument(Architecture.of(Nb201ArchString.parse(arch)), null, "", "");
    }

    static List<String> pairs(List<int[]> edges) {
        List<String> out = new ArrayList<>();
        edges.forEach(e -> out.add(e[0] + "-" + e[1]));
        return out;
    }

    private CompareViewModel direct() {
        return new CompareViewModel(editor, model, LatestWins.direct(new StatusLine()));
    }

    @Test
    void deltaToTheReferenceAndTheEdgesThatDiffer() {
        CompareViewModel vm = direct();
        assertFalse(vm.comparison().compared(), "one cell: nothing to compare");
        CellDocument allConv = CellFile.read(Path.of("samples", "nb201-all-conv3x3.json"));
        vm.keep(allConv);
        vm.keep(CellFile.read(Path.of("samples", "nb201-resnet-block.json")));
        Comparison c = vm.comparison();
        assertTrue(c.compared());
        assertEquals(3, c.size());
        assertSame(sedPath, c.model());
        assertEquals(16, c.channels());
        assertEquals(sedPath.score(editor.get().architecture()), c.score(0), 0);
        assertEquals(sedPath.score(allConv.architecture()), c.score(1), 0);
        assertEquals(2.484907, c.score(1) - c.score(0), 5e-7, "Δ score to the reference");
        assertEquals(2304, c.params(1) - c.params(0), "Δ params: one 3x3 convolution of 9·16²");
        assertEquals(11520, c.params(0), "five 3x3 convolutions of 9·16²");
        assertEquals(List.of(), pairs(c.differingEdges(0)), "the reference never differs");
        assertEquals(List.of("0-3"), pairs(c.differingEdges(1)));
        assertEquals(List.of("0-2", "1-3", "2-3"), pairs(c.differingEdges(2)), "none, none, skip against convolutions");
        assertEquals("Kept 1: " + allConv.title(), c.document(1).title());
        assertTrue(c.document(0).title().startsWith("In the editor: "));
    }

    @Test
    void theReferenceFollowsTheEditor() {
        CompareViewModel vm = direct();
        vm.keep(nb201(CompareViewTest.ALL_CONV));
        editor.set(nb201(CompareViewTest.ALL_CONV));
        assertEquals(List.of(), pairs(vm.comparison().differingEdges(1)), "the editor now holds the kept cell");
        vm.clear();
        assertFalse(vm.comparison().compared());
        assertEquals(Comparison.CHOOSE, vm.comparison().message());
    }

    @Test
    void dartsPairDiffersInBothCells() {
        editor.set(CellFile.read(Path.of("samples", "darts-v2.json")));
        CompareViewModel vm = direct();
        vm.keep(new CellDocument(DartsGenotype.parse(CompareViewTest.DARTS_V1), null, "DARTS (first order), DARTS_V1", ""));
        Comparison c = vm.comparison();
        assertEquals(List.of("0-3", "0-5", "2-5"), pairs(c.differingEdges(1)), "normal cell");
        assertEquals(List.of("0-3", "0-5", "1-3", "1-5"), pairs(c.differingEdges(1, 1)), "reduce cell: edges moved");
    }

    @Test
    void cellsOfAnotherSpaceAreNotCompared() {
        CompareViewModel vm = direct();
        vm.keep(CellFile.read(Path.of("samples", "darts-v2.json")));
        String msg = vm.comparison().message();
        assertTrue(msg.contains("different search spaces") && msg.contains("NAS-Bench-201") && msg.contains("DARTS"), msg);
        assertEquals(0, vm.comparison().size());
    }

    @Test
    void everyPanelIsScoredAtTheModelsC() {
        model.set(SedModels.create("sed-path", 32));
        CompareViewModel vm = direct();
        vm.keep(nb201(CompareViewTest.ALL_CONV));
        Comparison c = vm.comparison();
        assertEquals(32, c.channels());
        assertEquals(ParamCount.of(c.document(1).architecture(), 32), c.params(1));
    }

    @Test
    void theLatestModelWins() {
        List<Runnable> background = new ArrayList<>();
        List<Comparison> published = new ArrayList<>();
        CompareViewModel vm = new CompareViewModel(editor, model, Runners.queued(background, new StatusLine()));
        vm.comparisonProperty().addListener((o, a, c) -> published.add(c));
        vm.keep(nb201(CompareViewTest.ALL_CONV));
        SedModel flow = SedModels.create("sed-flow", 16);
        model.set(SedModels.create("sed-path", 8));
        model.set(flow);
        assertTrue(vm.runningProperty().get());
        background.forEach(Runnable::run);
        assertEquals(1, published.size(), "the requests made stale by a newer one publish nothing");
        assertSame(flow, vm.comparison().model());
        assertEquals(flow.score(vm.comparison().document(1).architecture()), vm.comparison().score(1), 0);
        assertFalse(vm.runningProperty().get());
    }
}
