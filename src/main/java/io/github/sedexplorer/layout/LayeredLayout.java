package io.github.sedexplorer.layout;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodePosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Layered (Sugiyama) auto-layout of a cell, left to right:
 * <ol>
 * <li>layers by longest path from the sources: inputs in layer 0, the outputs alone in the last
 * layer, a source that is not an input right before its nearest successor;</li>
 * <li>a dummy vertex on every layer an edge skips, so long edges bend around the nodes they pass;</li>
 * <li>crossing reduction: barycenter sweeps with adjacent exchanges, keeping the best order;</li>
 * <li>x = layer · layerGap; y from the order in the layer, then straightened (long edges first)
 * with at least nodeGap between vertices of a layer, centred on y = 0.</li>
 * </ol>
 * Every edge takes part, {@code none} edges included: positions then depend on the topology only,
 * so changing an operation in the editor never moves a node, and NAS-Bench-201's six edges are
 * always laid out alike. Deterministic: equal cells get equal layouts.
 */
public final class LayeredLayout {

    public static final double DEFAULT_LAYER_GAP = 180;
    public static final double DEFAULT_NODE_GAP = 110;

    private LayeredLayout() {
    }

    /** The layout with the default spacing (180 between layers, 110 between nodes of a layer). */
    public static LayoutResult layout(Cell cell) {
        return layout(cell, DEFAULT_LAYER_GAP, DEFAULT_NODE_GAP);
    }

    /**
     * The layout with the given spacing.
     *
     * @param layerGap horizontal distance between adjacent layers
     * @param nodeGap  least vertical distance between two vertices (nodes or bends) of a layer
     * @throws IllegalArgumentException when a gap is not a positive finite number
     */
    public static LayoutResult layout(Cell cell, double layerGap, double nodeGap) {
        return layout(cell, layerGap, nodeGap, true);
    }

    /** With {@code reduceCrossings} false: the index-order start the crossing reduction improves on. */
    static LayoutResult layout(Cell cell, double layerGap, double nodeGap, boolean reduceCrossings) {
        Objects.requireNonNull(cell, "cell");
        requireGap("layerGap", layerGap);
        requireGap("nodeGap", nodeGap);
        LayerGraph g = LayerGraph.of(cell);
        int[][] order = CrossingReduction.initialOrder(g);
        if (reduceCrossings) {
            order = CrossingReduction.reduce(g, order);
        }
        double[] y = VerticalPlacement.place(g, order, nodeGap);
        Map<Integer, NodePosition> positions = new HashMap<>();
        for (int v = 0; v < g.realCount; v++) {
            positions.put(v, new NodePosition(g.layer[v] * layerGap, y[v]));
        }
        Map<Integer, List<NodePosition>> bends = new HashMap<>();
        for (int i = 0; i < g.chains.length; i++) {
            int[] chain = g.chains[i];
            List<NodePosition> points = new ArrayList<>(chain.length - 2);
            for (int k = 1; k + 1 < chain.length; k++) {
                points.add(new NodePosition(g.layer[chain[k]] * layerGap, y[chain[k]]));
            }
            bends.put(i, points);
        }
        return new LayoutResult(positions, bends);
    }

    /**
     * Crossings of the drawing, each edge drawn as the polyline through its bends: the number of
     * pairs of segments of different edges that cross properly. Edges meeting at a shared node,
     * touching or overlapping do not count.
     *
     * @throws IllegalArgumentException when a node of the cell has no position
     */
    public static int crossings(Cell cell, LayoutResult layout) {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(layout, "layout");
        List<List<NodePosition>> routes = new ArrayList<>(cell.edgeCount());
        for (int i = 0; i < cell.edgeCount(); i++) {
            routes.add(layout.route(cell, i));
        }
        return PolylineCrossings.count(routes);
    }

    private static void requireGap(String name, double gap) {
        if (!(gap > 0) || !Double.isFinite(gap)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, not " + gap);
        }
    }
}
