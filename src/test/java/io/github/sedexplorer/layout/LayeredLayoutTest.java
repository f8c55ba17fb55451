package io.github.sedexplorer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LayeredLayoutTest {

    private static final double GAP_X = LayeredLayout.DEFAULT_LAYER_GAP;
    private static final double GAP_Y = LayeredLayout.DEFAULT_NODE_GAP;
    private static final String GENOTYPE = "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), "
            + "('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), "
            + "('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=[2, 3, 4, 5], "
            + "reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), "
            + "('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], "
            + "reduce_concat=[2, 3, 4, 5])";

    private static NodePosition at(double x, double y) {
        return new NodePosition(x, y);
    }

    /** Free-cell nodes: input at index 0, output at the last index, unless said otherwise. */
    private static Cell free(int inputIndex, int outputIndex, int n, int[]... edges) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(i == inputIndex ? Node.INPUT : i == outputIndex ? Node.OUTPUT : Node.INTERMEDIATE);
        }
        List<Edge> list = new ArrayList<>();
        for (int[] e : edges) {
            list.add(new Edge(e[0], e[1], Op.CONV_3X3));
        }
        return Cell.of(SearchSpace.FREE, nodes, list);
    }

    @ParameterizedTest
    @EnumSource(value = SearchSpace.class, names = {"NB201", "TRANSNAS_MICRO"})
    void everyEnumerableCellIsLaidOutTheSameLeftToRight(SearchSpace space) {
        List<Cell> cells = SpaceEnumerator.cells(space);
        LayoutResult first = LayeredLayout.layout(cells.get(0));
        // input left, 1 and 2 in the middle, 3 right; 0->2 runs straight through its bend while 0->1->2
        // detours above it, and the skip edges 0->3 and 1->3 bend around the nodes they pass
        assertEquals(Map.of(0, at(0, 0), 1, at(180, -110), 2, at(360, 0), 3, at(540, 0)), first.positions());
        assertEquals(List.of(at(180, 0)), first.bends().get(cells.get(0).edgeIndex(0, 2)));
        assertEquals(List.of(at(180, 110), at(360, 110)), first.bends().get(cells.get(0).edgeIndex(0, 3)));
        assertEquals(List.of(at(360, -110)), first.bends().get(cells.get(0).edgeIndex(1, 3)));
        assertEquals(0, LayeredLayout.crossings(cells.get(0), first));
        assertTrue(LayoutInvariants.clearance(cells.get(0), first) >= GAP_Y / 2);
        for (Cell cell : cells) {
            LayoutResult layout = LayeredLayout.layout(cell);
            LayoutInvariants.check(cell, layout, GAP_X, GAP_Y);
            // none edges take part: an operation never moves a node
            assertEquals(first, layout, cell::toString);
        }
    }

    @Test
    void aShuffledChainIsOneStraightRow() {
        int[] chain = {3, 0, 4, 1, 2}; // input 3, then 0, 4, 1, output 2
        Cell cell = free(3, 2, 5, new int[] {3, 0}, new int[] {0, 4}, new int[] {4, 1}, new int[] {1, 2});
        LayoutResult layout = LayeredLayout.layout(cell);
        for (int rank = 0; rank < chain.length; rank++) {
            assertEquals(at(rank * GAP_X, 0), layout.position(chain[rank]));
        }
        assertEquals(0, LayeredLayout.crossings(cell, layout));
        layout.bends().values().forEach(b -> assertTrue(b.isEmpty()));
    }

    @Test
    void anAvoidableCrossingIsRemoved() {
        // in index order 1 sits above 2 and 3 above 4, so 1->4 and 2->3 cross; swapping 3 and 4 cures it
        Cell cell = free(0, 5, 6, new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 4}, new int[] {2, 3},
                new int[] {3, 5}, new int[] {4, 5});
        LayoutResult start = LayeredLayout.layout(cell, GAP_X, GAP_Y, false);
        assertEquals(1, LayeredLayout.crossings(cell, start));
        LayoutResult layout = LayeredLayout.layout(cell);
        assertEquals(0, LayeredLayout.crossings(cell, layout));
        double y1 = layout.position(1).y();
        double y2 = layout.position(2).y();
        double y3 = layout.position(3).y();
        double y4 = layout.position(4).y();
        assertTrue(y1 < y2 == y4 < y3, "1 and 4 on the same side as each other: " + layout.positions());
        LayoutInvariants.check(cell, layout, GAP_X, GAP_Y);
    }

    @Test
    void dartsCellsHaveBothInputsFirstAndTheConcatLast() {
        Architecture arch = DartsGenotype.parse(GENOTYPE);
        int[][] layers = {{0, 0, 1, 1, 1, 2, 3}, {0, 0, 1, 2, 2, 2, 3}};
        // normal: inputs 0 and 1 both feed 2, 3 and 4, a K(2,3) with 3 crossings in any layered drawing;
        // reduce: 2 feeds all of layer 2 while 1->3, 0->4 and 1->5 pass it, so one crossing must stay
        int[] leastCrossings = {3, 1};
        for (int c = 0; c < 2; c++) {
            Cell cell = arch.cells().get(c);
            LayoutResult layout = LayeredLayout.layout(cell);
            LayoutInvariants.check(cell, layout, GAP_X, GAP_Y);
            int[] got = new int[cell.nodeCount()];
            for (int v = 0; v < got.length; v++) {
                got[v] = LayoutInvariants.layer(layout, v, GAP_X);
            }
            assertEquals(Arrays.toString(layers[c]), Arrays.toString(got), arch.cellName(c));
            assertEquals(leastCrossings[c], LayeredLayout.crossings(cell, layout), arch.cellName(c));
            assertTrue(LayoutInvariants.clearance(cell, layout) >= GAP_Y / 2, arch.cellName(c));
        }
        LayoutResult normal = LayeredLayout.layout(arch.cells().get(0));
        assertEquals(Map.of(0, at(0, -55), 1, at(0, 55), 2, at(180, -55), 3, at(180, 55), 4, at(180, 165),
                5, at(360, -165), 6, at(540, 55)), normal.positions());
        assertEquals(List.of(at(180, -165)), normal.bends().get(arch.cells().get(0).edgeIndex(0, 5)));
    }

    @Test
    void sourcesSitBeforeTheirSuccessorAndLoneNodesWithTheInput() {
        // 0->1->2->3 with 4->3 (a source that is no input) and 5 without edges
        Cell cell = free(0, 3, 6, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {4, 3});
        LayoutResult layout = LayeredLayout.layout(cell);
        int[] expected = {0, 1, 2, 3, 2, 0};
        for (int v = 0; v < expected.length; v++) {
            assertEquals(expected[v], LayoutInvariants.layer(layout, v, GAP_X), "node " + v);
        }
        LayoutInvariants.check(cell, layout, GAP_X, GAP_Y);
        assertEquals(List.of(), layout.bends().get(cell.edgeIndex(4, 3)));
    }

    @Test
    void theOutputGetsALayerOfItsOwn() {
        // 0->3 is the only edge into the output, but the chain 0->1->2 is longer
        Cell cell = free(0, 3, 4, new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 3});
        LayoutResult layout = LayeredLayout.layout(cell);
        assertEquals(3, LayoutInvariants.layer(layout, 3, GAP_X));
        assertEquals(2, layout.bends().get(cell.edgeIndex(0, 3)).size());
        LayoutInvariants.check(cell, layout, GAP_X, GAP_Y);
    }

    @Test
    void spacingIsTheCallers() {
        Cell cell = DartsGenotype.parse(GENOTYPE).cells().get(1);
        LayoutResult layout = LayeredLayout.layout(cell, 100, 40);
        LayoutInvariants.check(cell, layout, 100, 40);
        assertEquals(300, layout.position(6).x());
        assertEquals(LayeredLayout.crossings(cell, LayeredLayout.layout(cell)), LayeredLayout.crossings(cell, layout));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void gapsMustBePositiveAndFinite(double gap) {
        Cell cell = free(0, 1, 2, new int[] {0, 1});
        assertThrows(IllegalArgumentException.class, () -> LayeredLayout.layout(cell, gap, 110));
        assertThrows(IllegalArgumentException.class, () -> LayeredLayout.layout(cell, 180, gap));
    }

    @Test
    void equalCellsGetEqualLayoutsInIndexOrder() {
        Cell a = DartsGenotype.parse(GENOTYPE).cells().get(0);
        Cell b = DartsGenotype.parse(GENOTYPE).cells().get(0);
        LayoutResult la = LayeredLayout.layout(a);
        assertEquals(la, LayeredLayout.layout(b));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), List.copyOf(la.positions().keySet()));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), List.copyOf(la.bends().keySet()));
    }

    @Test
    void crossingsCountsProperCrossingsOfTheDrawnPolylines() {
        Cell cell = free(0, 3, 4, new int[] {0, 2}, new int[] {1, 3}, new int[] {0, 1});
        int e02 = cell.edgeIndex(0, 2);
        int e13 = cell.edgeIndex(1, 3);
        int e01 = cell.edgeIndex(0, 1);
        Map<Integer, NodePosition> x = Map.of(0, at(0, 0), 1, at(0, 100), 2, at(100, 100), 3, at(100, 0));
        Map<Integer, List<NodePosition>> straight = Map.of(e02, List.of(), e13, List.of(), e01, List.of());
        // 0->2 and 1->3 form an X; 0->1 shares a node with each and only touches them
        assertEquals(1, LayeredLayout.crossings(cell, new LayoutResult(x, straight)));
        Map<Integer, List<NodePosition>> zigzag = Map.of(e02, List.of(at(50, 100), at(60, 0)), e13, List.of(),
                e01, List.of());
        assertEquals(3, LayeredLayout.crossings(cell, new LayoutResult(x, zigzag)));
        Map<Integer, NodePosition> apart = Map.of(0, at(0, 0), 1, at(0, 100), 2, at(100, 0), 3, at(100, 100));
        assertEquals(0, LayeredLayout.crossings(cell, new LayoutResult(apart, Map.of())));
        Map<Integer, NodePosition> missing = Map.of(0, at(0, 0), 1, at(0, 100), 2, at(100, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayeredLayout.crossings(cell, new LayoutResult(missing, Map.of())));
        assertEquals("the layout has no position for node 3", e.getMessage());
    }

    /** The largest cell the editor expects keeps the layout's invariants; its time is LayeredLayoutBenchmark's (src/jmh). */
    @Test
    void aFiftyNodeCellWithTwoHundredEdgesKeepsTheInvariants() {
        Cell cell = RandomCells.dag(new Random(42), 50, 200);
        LayoutInvariants.check(cell, LayeredLayout.layout(cell), GAP_X, GAP_Y);
    }
}
