package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;

import javafx.geometry.Point2D;

/** Where an arrow meets a drawn node: circles for plain nodes, boxes for NAS-Bench-101 operation nodes. */
public final class NodeOutline {

    private NodeOutline() {
    }

    /** Distance from a node's centre to its outline along a unit direction. */
    public static double reach(Node node, Point2D direction, double radius, double boxWidth, double boxHeight) {
        if (node.op() == Op.SKIP) {
            return radius;
        }
        double dx = Math.abs(direction.getX());
        double dy = Math.abs(direction.getY());
        return Math.min(dx == 0 ? Double.MAX_VALUE : boxWidth / 2 / dx, dy == 0 ? Double.MAX_VALUE : boxHeight / 2 / dy);
    }
}
