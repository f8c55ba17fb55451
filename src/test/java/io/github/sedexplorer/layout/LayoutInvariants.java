package io.github.sedexplorer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.NodeRole;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** What every layered layout must satisfy, shared by the example tests and the properties. */
final class LayoutInvariants {

    private static final double EPS = 1e-6;

    private LayoutInvariants() {
    }

    /** The layer of a node: its x in units of the layer gap (asserted to be a whole number). */
    static int layer(LayoutResult layout, int node, double layerGap) {
        return layerOf(layout.position(node).x(), layerGap);
    }

    private static int layerOf(double x, double layerGap) {
        long l = Math.round(x / layerGap);
        assertEquals(l * layerGap, x, EPS, "x = " + x + " is not on a layer");
        return (int) l;
    }

    static void check(Cell cell, LayoutResult layout, double layerGap, double nodeGap) {
        assertEquals(cell.nodeCount(), layout.positions().size(), "a position per node");
        assertEquals(cell.edgeCount(), layout.bends().size(), "bends per edge");
        TreeMap<Integer, List<Double>> columns = new TreeMap<>();
        Set<NodePosition> seen = new HashSet<>();
        for (int v = 0; v < cell.nodeCount(); v++) {
            NodePosition p = layout.position(v);
            columns.computeIfAbsent(layerOf(p.x(), layerGap), l -> new ArrayList<>()).add(p.y());
            assertTrue(seen.add(p), "two vertices at " + p);
        }
        for (int i = 0; i < cell.edgeCount(); i++) {
            List<NodePosition> route = layout.route(cell, i);
            for (int k = 1; k < route.size(); k++) {
                assertEquals(layerGap, route.get(k).x() - route.get(k - 1).x(), EPS,
                        "edge " + cell.edge(i) + " steps one layer at a time, left to right: " + route);
            }
            for (NodePosition bend : layout.bends().get(i)) {
                columns.computeIfAbsent(layerOf(bend.x(), layerGap), l -> new ArrayList<>()).add(bend.y());
                assertTrue(seen.add(bend), "two vertices at " + bend);
            }
        }
        for (List<Double> column : columns.values()) {
            column.sort(null);
            for (int k = 1; k < column.size(); k++) {
                assertTrue(column.get(k) - column.get(k - 1) >= nodeGap - EPS, "spacing in a layer: " + column);
            }
        }
        int last = columns.lastKey();
        for (int v = 0; v < cell.nodeCount(); v++) {
            NodeRole role = cell.node(v).role();
            if (role == NodeRole.INPUT) {
                assertEquals(0, layer(layout, v, layerGap), "input " + v + " in layer 0");
            }
            if (role == NodeRole.OUTPUT) {
                assertEquals(last, layer(layout, v, layerGap), "output " + v + " in the last layer");
            }
        }
        int outputs = cell.nodesWithRole(NodeRole.OUTPUT).size();
        if (outputs > 0) {
            assertEquals(outputs, columns.get(last).size(), "the outputs alone in the last layer");
        }
    }

    /** Least distance from a node to a segment of an edge that does not end at it. */
    static double clearance(Cell cell, LayoutResult layout) {
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cell.edgeCount(); i++) {
            List<NodePosition> route = layout.route(cell, i);
            for (int v = 0; v < cell.nodeCount(); v++) {
                if (v == cell.edge(i).from() || v == cell.edge(i).to()) {
                    continue;
                }
                for (int k = 1; k < route.size(); k++) {
                    least = Math.min(least, distance(layout.position(v), route.get(k - 1), route.get(k)));
                }
            }
        }
        return least;
    }

    private static double distance(NodePosition p, NodePosition a, NodePosition b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double t = Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p.x() - a.x() - t * dx, p.y() - a.y() - t * dy);
    }
}
