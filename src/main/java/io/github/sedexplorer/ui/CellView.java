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
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;

/** Draws a cell read-only: nodes as labelled circles left to right, edges as arrows coloured by op. */
final class CellView extends Pane {

    private static final double R = 24;

    CellView(Cell cell) {
        getStyleClass().add("cell-view");
        Point2D[] at = layout(cell);
        Group edges = new Group();
        Group nodes = new Group();
        for (Edge e : cell.edges()) {
            if (!e.op().isReal()) {
                continue;
            }
            edges.getChildren().add(edge(at[e.from()], at[e.to()], e, cell));
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
    }

    private static String label(Cell cell, int i) {
        NodeRole r = cell.node(i).role();
        return r == NodeRole.INPUT ? "in" : r == NodeRole.OUTPUT ? "out" : String.valueOf(i);
    }

    /** Layered by longest path from the input, spread vertically inside a layer. */
    private static Point2D[] layout(Cell cell) {
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
        for (int v = 0; v < n; v++) {
            double y = 300 + (slot[v] - (count[layer[v]] - 1) / 2.0) * 140 + (layer[v] % 2 == 1 ? -60 : 0);
            at[v] = new Point2D(90 + layer[v] * 230, y);
        }
        return at;
    }

    private static Group edge(Point2D a, Point2D b, Edge e, Cell cell) {
        Point2D mid = a.midpoint(b);
        Point2D d = b.subtract(a).normalize();
        Point2D normal = new Point2D(-d.getY(), d.getX());
        double bend = Math.abs(b.getX() - a.getX()) > 300 ? 110 : 0;
        Point2D control = mid.add(normal.multiply(-bend));
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
        Line hit = new Line(a.getX(), a.getY(), b.getX(), b.getY());
        hit.setVisible(false);
        return new Group(curve, head, name, hit);
    }
}
