package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.ShortBenchmark;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.picture.AutoLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The editor's work per edit on a 50-node free cell (a chain of 3x3 convolutions with a skip every other node, the
 * cell EditorTest edits), without the toolkit: EditorViewModel is JavaFX properties only. {@code setOpAndRescore} is
 * one keystroke (select an edge, set its op: the edit, the undo entry, the rescore and the panel's analyses);
 * {@code autoLayout} is the layered layout an imported or new cell gets. The canvas's repaint is not in it. The
 * editor's budget for edit, score and repaint is one frame, 16 ms.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EditorEditBenchmark extends ShortBenchmark {

    private EditorViewModel vm;
    private Cell cell;
    private int step;

    /** The 50-node cell of EditorTest#fiftyNodeCellFollowsEveryEdit. */
    public static Cell fiftyNodes() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nodes.add(i == 0 ? Node.INPUT : i == 49 ? Node.OUTPUT : Node.INTERMEDIATE);
            if (i > 0) {
                edges.add(new Edge(i - 1, i, Op.CONV_3X3));
            }
            if (i > 2 && i % 2 == 0) {
                edges.add(new Edge(i - 3, i, Op.SKIP));
            }
        }
        return Cell.of(SearchSpace.FREE, nodes, edges);
    }

    @Setup
    public void setUp() {
        cell = fiftyNodes();
        vm = new EditorViewModel(AutoLayout::positions);
        vm.open(CellDocument.of(Architecture.of(cell)), null);
    }

    @Benchmark
    public double setOpAndRescore() {
        int k = step++;
        if ((k & 1023) == 0) {
            vm.undoStack().clear(); // the benchmark edits without end: keep the history from filling the heap
        }
        vm.selectionProperty().set(Selection.edge(0, k % 45, k % 45 + 1));
        vm.applyOp((k & 1) == 0 ? Op.AVG_POOL_3X3 : Op.CONV_1X1);
        return vm.getScores().total();
    }

    @Benchmark
    public Map<Integer, NodePosition> autoLayout() {
        return AutoLayout.positions(cell);
    }
}
