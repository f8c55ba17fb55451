package io.github.sedexplorer.layout;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodePosition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where to draw a cell: the centre of every node, and for every edge (by its index into
 * {@link Cell#edges()}) the points it bends at on its way across intermediate layers, empty for an
 * edge between adjacent layers. Both maps are copied, hold no nulls and iterate in index order.
 */
public record LayoutResult(Map<Integer, NodePosition> positions, Map<Integer, List<NodePosition>> bends) {

    public LayoutResult {
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(bends, "bends");
        TreeMap<Integer, NodePosition> at = new TreeMap<>();
        positions.forEach((node, p) -> at.put(Objects.requireNonNull(node, "node"), Objects.requireNonNull(p, "position")));
        positions = Collections.unmodifiableMap(at);
        TreeMap<Integer, List<NodePosition>> copy = new TreeMap<>();
        bends.forEach((edge, points) -> copy.put(Objects.requireNonNull(edge, "edge"), List.copyOf(points)));
        bends = Collections.unmodifiableMap(copy);
    }

    /** The centre of a node. */
    public NodePosition position(int node) {
        NodePosition p = positions.get(node);
        if (p == null) {
            throw new IllegalArgumentException("the layout has no position for node " + node);
        }
        return p;
    }

    /** The polyline of edge {@code edgeIndex} of the cell: its source, its bends, its target. */
    public List<NodePosition> route(Cell cell, int edgeIndex) {
        Edge e = cell.edge(edgeIndex);
        List<NodePosition> points = new ArrayList<>();
        points.add(position(e.from()));
        points.addAll(bends.getOrDefault(edgeIndex, List.of()));
        points.add(position(e.to()));
        return points;
    }
}
