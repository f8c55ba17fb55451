package io.github.sedexplorer.picture;

import io.github.sedexplorer.ShortBenchmark;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.layout.LayeredLayout;
import io.github.sedexplorer.layout.LayeredLayoutBenchmark;
import io.github.sedexplorer.ui.editor.EditorEditBenchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The one cell geometry: what the editor computes on every edit (routes, arrowheads, label places)
 * for the 50-node cell of EditorEditBenchmark and for a random 50-node, 120-edge DAG, and a whole
 * DARTS_V2 export (both cells, SVG text and a 2× PNG).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CellPictureBenchmark extends ShortBenchmark {

    private static final String DARTS_V2 = "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), "
            + "('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], "
            + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], "
            + "reduce_concat=[2, 3, 4, 5])";

    private Cell chain;
    private Map<Integer, NodePosition> chainLayout;
    private Cell dense;
    private Map<Integer, NodePosition> denseLayout;
    private CellDocument darts;

    @Setup
    public void setUp() {
        chain = EditorEditBenchmark.fiftyNodes();
        chainLayout = AutoLayout.positions(chain);
        dense = LayeredLayoutBenchmark.randomDag(50, 120);
        denseLayout = LayeredLayout.layout(dense).positions();
        Architecture a = DartsGenotype.parse(DARTS_V2);
        darts = CellDocument.of(a);
    }

    @Benchmark
    public CellPicture fiftyNodeChain() {
        return CellGeometry.of(chain, chainLayout, PictureStyle.EDITOR);
    }

    @Benchmark
    public CellPicture fiftyNodeDag() {
        return CellGeometry.of(dense, denseLayout, PictureStyle.EDITOR);
    }

    @Benchmark
    public byte[] dartsPng2x() {
        return SheetPng.png(Sheet.of(darts, List.of("DARTS_V2")), 2);
    }

    @Benchmark
    public String dartsSvg() {
        return SheetSvg.of(Sheet.of(darts, List.of("DARTS_V2")));
    }
}
