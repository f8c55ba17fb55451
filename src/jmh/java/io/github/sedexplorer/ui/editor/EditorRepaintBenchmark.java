package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.EditScoreBenchmark;
import io.github.sedexplorer.ShortBenchmark;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.picture.CellGeometry;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.PictureStyle;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The toolkit-free part of one editor edit with its picture, on EditScoreBenchmark's 50-node, 134-edge free cell (the
 * cell EditorRepaintProbe edits in the real window): {@code selectEdge} is a click (the selection, the palette's mark,
 * the canvas's picture, which a selection leaves as it was); {@code setOpAndPicture} is a number key (the edit, the
 * rescore and the picture the canvas draws, its routes kept from the last one); {@code opChangePictureFromScratch} is
 * that picture routed anew, as every op change did before. The canvas's shapes need the JavaFX toolkit, which the
 * benchmark jar does not start: EditorRepaintProbe times them, with the pulse and the render.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EditorRepaintBenchmark extends ShortBenchmark {

    private EditorViewModel vm;
    private Cell cell;
    private Map<Integer, NodePosition> layout;
    private int step;

    @Setup
    public void setUp() {
        cell = EditScoreBenchmark.fiftyNodeCell();
        layout = AutoLayout.positions(cell);
        vm = new EditorViewModel(AutoLayout::positions);
        vm.open(CellDocument.of(Architecture.of(cell)).withLayout(0, layout), null);
        vm.picture(0);
    }

    @Benchmark
    public CellPicture selectEdge() {
        int k = step++ % 48;
        vm.selectionProperty().set(Selection.edge(0, k, k + 1));
        return vm.picture(0);
    }

    @Benchmark
    public CellPicture setOpAndPicture() {
        int k = step++;
        if ((k & 1023) == 0) {
            vm.undoStack().clear(); // the benchmark edits without end: keep the history from filling the heap
        }
        vm.selectionProperty().set(Selection.edge(0, k % 48, k % 48 + 1));
        vm.applyOp((k & 1) == 0 ? Op.AVG_POOL_3X3 : Op.CONV_1X1);
        return vm.picture(0);
    }

    @Benchmark
    public CellPicture opChangePictureFromScratch() {
        int k = step++ % 48;
        Cell edited = CellEdits.setEdgeOp(cell, k, k + 1, (step & 1) == 0 ? Op.AVG_POOL_3X3 : Op.CONV_1X1);
        return CellGeometry.of(edited, layout, PictureStyle.EDITOR);
    }
}
