package io.github.sedexplorer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LayeredLayoutProperties {

    private static final double GAP_X = LayeredLayout.DEFAULT_LAYER_GAP;
    private static final double GAP_Y = LayeredLayout.DEFAULT_NODE_GAP;
    private static final List<Op> OPS = SearchSpace.FREE.ops();

    @Provide
    Arbitrary<Cell> dags() {
        return Arbitraries.randomValue(r -> {
            int n = 2 + r.nextInt(49);
            return RandomCells.dag(r, n, r.nextInt(Math.min(4 * n, 200) + 1));
        });
    }

    @Property(tries = 300)
    void edgesRunLeftToRightOnProperLayers(@ForAll("dags") Cell cell) {
        LayoutInvariants.check(cell, LayeredLayout.layout(cell), GAP_X, GAP_Y);
    }

    @Property(tries = 300)
    void layersAreLongestPathsFromTheSources(@ForAll("dags") Cell cell) {
        LayoutResult layout = LayeredLayout.layout(cell);
        int n = cell.nodeCount();
        int[] layer = new int[n];
        int others = -1;
        for (int v = 0; v < n; v++) {
            layer[v] = LayoutInvariants.layer(layout, v, GAP_X);
            if (cell.node(v).role() != NodeRole.OUTPUT) {
                others = Math.max(others, layer[v]);
            }
        }
        for (int v = 0; v < n; v++) {
            int node = v;
            List<Edge> in = cell.incoming(v);
            int expected;
            if (cell.node(v).role() == NodeRole.OUTPUT) {
                expected = others + 1;
            } else if (!in.isEmpty()) {
                expected = 1 + in.stream().mapToInt(e -> layer[e.from()]).max().orElseThrow();
            } else {
                int nearest = cell.edges().stream().filter(e -> e.from() == node).mapToInt(e -> layer[e.to()])
                        .min().orElse(1);
                expected = cell.node(v).role() == NodeRole.INPUT ? 0 : nearest - 1;
            }
            assertEquals(expected, layer[v], "node " + v + " of " + cell);
        }
    }

    @Property(tries = 300)
    void crossingsNeverExceedTheIndexOrderStart(@ForAll("dags") Cell cell) {
        LayerGraph g = LayerGraph.of(cell);
        int[][] start = CrossingReduction.initialOrder(g);
        int[][] best = CrossingReduction.reduce(g, start);
        int drawnStart = LayeredLayout.crossings(cell, LayeredLayout.layout(cell, GAP_X, GAP_Y, false));
        int drawn = LayeredLayout.crossings(cell, LayeredLayout.layout(cell));
        // the layer-by-layer count and the geometric count of the drawing agree
        assertEquals(CrossingReduction.crossings(g, start), drawnStart);
        assertEquals(CrossingReduction.crossings(g, best), drawn);
        assertTrue(drawn <= drawnStart, drawn + " > " + drawnStart);
    }

    @Property(tries = 200)
    void sameCellSameLayout(@ForAll("dags") Cell cell) {
        Cell copy = Cell.of(cell.space(), new ArrayList<>(cell.nodes()), new ArrayList<>(cell.edges()));
        assertEquals(LayeredLayout.layout(cell), LayeredLayout.layout(copy));
    }
}
