package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;

/** Draws a cell read-only: nodes as labelled circles left to right, edges as arrows coloured by op. */
final class CellView extends Pane {

    private static final double R = 24;
    private static final double MID = 270;
    private int[] layers;

    CellView(Cell cell) {
        getStyleClass().add("cell-view");
        Point2D[] at = layout(cell);
        Group edges = new Group();
        Group nodes = new Group();
        for (Edge e : cell.edges()) {
            if (!e.op().isReal()) {
                continue;
            }
            int span = layers[e.to()] - layers[e.from()];
            edges.getChildren().add(edge(at[e.from()], at[e.to()], e, cell, span > 2 ? -60.0 * (span - 1) : 0));
        }
        for (int i = 0; i < cell.nodeCount(); i++) {
            Circle c = new Circle(at[i].getX(), at[i].getY(), R);
            c.getStyleClass().addAll("node", cell.node(i).role().name().toLowerCase(java.util.Locale.ROOT));
            Label l = new Label(label(cell, i));
            l.getStyleClass().add("node-label");
            l.setLayoutX(at[i].getX() - 8);
            l.setLayoutY(at[i].getY() - 9);
            nodes.getChildren().addAll(c, l);
        }
        getChildren().addAll(edges, nodes);
        setMinHeight(2 * MID);
    }

    private static String label(Cell cell, int i) {
        NodeRole r = cell.node(i).role();
        return r == NodeRole.INPUT ? "in" : r == NodeRole.OUTPUT ? "out" : String.valueOf(i);
    }

    /** Layered by longest path from the input, spread vertically inside a layer. */
    private Point2D[] layout(Cell cell) {
        int n = cell.nodeCount();
        int[] layer = new int[n];
        for (int p = 0; p < n; p++) {
            int v = cell.topologicalNode(p);
            for (Edge e : cell.incoming(v)) {
                layer[v] = Math.max(layer[v], layer[e.from()] + 1);
            }
        }
        int[] count = new int[n + 1];
        int[] slot = new int[n];
        for (int p = 0; p < n; p++) {
            int v = cell.topologicalNode(p);
            slot[v] = count[layer[v]]++;
        }
        Point2D[] at = new Point2D[n];
        int layers = 0;
        for (int v = 0; v < n; v++) {
            layers = Math.max(layers, layer[v] + 1);
        }
        double dx = Math.min(230, 760.0 / Math.max(1, layers - 1));
        for (int v = 0; v < n; v++) {
            // zigzag single-node layers so that edges skipping a layer do not run through its node
            double zig = count[layer[v]] == 1 && layer[v] > 0 && layer[v] < layers - 1 ? (layer[v] % 2 == 1 ? -90 : 90) : 0;
            double y = MID + (slot[v] - (count[layer[v]] - 1) / 2.0) * 150 + zig;
            at[v] = new Point2D(90 + layer[v] * dx, y);
        }
        this.layers = layer;
        return at;
    }

    private static Group edge(Point2D a, Point2D b, Edge e, Cell cell, double lift) {
        Point2D mid = a.midpoint(b);
        Point2D control = mid.add(0, 2 * lift);
        Color color = OpColors.of(e.op());
        QuadCurve curve = new QuadCurve(a.getX(), a.getY(), control.getX(), control.getY(), b.getX(), b.getY());
        curve.setFill(null);
        curve.setStroke(color);
        curve.setStrokeWidth(3);
        Point2D tangent = b.subtract(control).normalize();
        Point2D tip = b.subtract(tangent.multiply(R + 2));
        Point2D base = tip.subtract(tangent.multiply(14));
        Point2D side = new Point2D(-tangent.getY(), tangent.getX()).multiply(7);
        Polygon head = new Polygon(tip.getX(), tip.getY(), base.getX() + side.getX(), base.getY() + side.getY(),
                base.getX() - side.getX(), base.getY() - side.getY());
        head.setFill(color);
        Label name = new Label(cell.space().opName(e.op()));
        name.getStyleClass().add("edge-label");
        name.setTextFill(color.darker());
        Point2D labelAt = a.multiply(0.25).add(control.multiply(0.5)).add(b.multiply(0.25));
        name.setLayoutX(labelAt.getX() - 40);
        name.setLayoutY(labelAt.getY() - 18);
        return new Group(curve, head, name);
    }
}
