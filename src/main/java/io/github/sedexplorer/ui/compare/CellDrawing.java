package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.ui.editor.Palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.sedexplorer.ui.editor.NodeOutline;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One cell drawn read-only at a given scale inside a given frame, so that several drawings line up:
 * nodes as circles (operation boxes in NAS-Bench-101), edges as arrows coloured by operation. Edges
 * and nodes that differ from the reference get an orange halo and the style class {@code diff}; an
 * edge the reference has and this cell lacks is drawn dashed as "absent".
 */
final class CellDrawing extends Pane {

    static final Color HALO = Color.web("#f59e0b");
    private static final double R = 18;
    private static final double BOX_W = 150;
    private static final double BOX_H = 32;
    private static final Color NONE = Color.web("#b8bec6");

    private final Cell cell;
    private final Map<Integer, NodePosition> layout;
    private final Frame frame;
    private final double scale;
    private final double marginX;
    private final double marginY;
    private final Group edges = new Group();
    private final Group nodes = new Group();
    private final Group labelLayer = new Group();
    private final List<Rectangle2D> labels = new ArrayList<>();

    /**
     * @param reference the cell this one is compared with (its edges this one lacks are drawn as absent), or null
     * @param diffEdges {@link CellDiff#key} of every differing from→to pair
     * @param idPrefix  ids become {@code <prefix>-<from>-<to>} for edges and {@code <nodePrefix>-<v>} for nodes
     */
    CellDrawing(Cell cell, Cell reference, Map<Integer, NodePosition> layout, Frame frame, double scale,
                Set<Long> diffEdges, Set<Integer> diffNodes, String idPrefix, String nodePrefix) {
        this.cell = cell;
        this.layout = layout;
        this.frame = frame;
        this.scale = scale;
        this.marginX = margin(cell.space());
        this.marginY = 64;
        getStyleClass().add("compare-drawing");
        double w = frame.width() * scale + 2 * marginX;
        double h = frame.height() * scale + 2 * marginY;
        setPrefSize(w, h);
        setMinSize(w, h);
        setMaxSize(w, h);
        Map<Long, Edge> all = new TreeMap<>();
        if (reference != null) {
            for (Edge e : reference.edges()) {
                if (e.from() < cell.nodeCount() && e.to() < cell.nodeCount()) {
                    all.put(CellDiff.key(e.from(), e.to()), new Edge(e.from(), e.to(), Op.NONE));
                }
            }
        }
        for (Edge e : cell.edges()) {
            all.put(CellDiff.key(e.from(), e.to()), e);
        }
        boolean fixed = cell.space() == SearchSpace.NB201 || cell.space() == SearchSpace.TRANSNAS_MICRO;
        for (Map.Entry<Long, Edge> entry : all.entrySet()) {
            Edge e = entry.getValue();
            boolean diff = diffEdges.contains(entry.getKey());
            boolean absent = cell.edgeIndex(e.from(), e.to()) < 0;
            if (!e.op().isReal() && !fixed && !diff) {
                continue;
            }
            Group g = edge(e, diff, absent, idPrefix + "-" + e.from() + "-" + e.to());
            edges.getChildren().add(g);
        }
        for (int v = 0; v < cell.nodeCount(); v++) {
            javafx.scene.Node n = node(v, diffNodes.contains(v));
            n.setId(nodePrefix + "-" + v);
            nodes.getChildren().add(n);
        }
        getChildren().addAll(edges, labelLayer, nodes);
    }

    static double margin(SearchSpace space) {
        return space.nodeLabelled() ? BOX_W / 2 + 14 : 48;
    }

    private Point2D at(int v) {
        NodePosition p = layout.get(v);
        double x = p == null ? v * 180.0 : p.x();
        double y = p == null ? 0 : p.y();
        return new Point2D((x - frame.minX()) * scale + marginX, (y - frame.minY()) * scale + marginY);
    }

    private Group edge(Edge e, boolean diff, boolean absent, String id) {
        Point2D a = at(e.from());
        Point2D b = at(e.to());
        Point2D control = control(e, a, b);
        boolean real = e.op().isReal();
        Color colour = real ? Palette.of(e.op()) : NONE;
        Group g = new Group();
        g.setId(id);
        g.getStyleClass().add("compare-edge");
        if (diff) {
            g.getStyleClass().add("diff");
            QuadCurve halo = curve(a, control, b);
            halo.setStroke(HALO);
            halo.setOpacity(0.55);
            halo.setStrokeWidth(13);
            halo.setStrokeLineCap(StrokeLineCap.ROUND);
            g.getChildren().add(halo);
        }
        QuadCurve line = curve(a, control, b);
        line.setStroke(colour);
        line.setStrokeWidth(diff ? 3.5 : 2.5);
        if (!real) {
            line.getStrokeDashArray().addAll(6.0, 5.0);
        }
        Point2D tangent = b.subtract(control).normalize();
        Point2D tip = b.subtract(tangent.multiply(reach(cell.node(e.to()), tangent) + 2));
        Point2D base = tip.subtract(tangent.multiply(11));
        Point2D side = new Point2D(-tangent.getY(), tangent.getX()).multiply(5);
        Polygon head = new Polygon(tip.getX(), tip.getY(), base.getX() + side.getX(), base.getY() + side.getY(),
                base.getX() - side.getX(), base.getY() - side.getY());
        head.setFill(colour);
        g.getChildren().addAll(line, head);
        boolean concat = cell.space() == SearchSpace.DARTS && cell.node(e.to()).role() == NodeRole.OUTPUT;
        if ((!cell.space().nodeLabelled() && !concat) || diff) {
            String name = absent ? "absent" : cell.space().nodeLabelled() ? "new edge" : cell.space().opName(e.op());
            Group label = label(name, a, control, b, real ? colour.darker() : Color.web("#6b7280"), diff);
            label.setId(id + "-label");
            if (diff) {
                label.getStyleClass().add("diff");
            }
            labelLayer.getChildren().add(label);
        }
        return g;
    }

    private static QuadCurve curve(Point2D a, Point2D c, Point2D b) {
        QuadCurve q = new QuadCurve(a.getX(), a.getY(), c.getX(), c.getY(), b.getX(), b.getY());
        q.setFill(null);
        return q;
    }

    /** Where along the edge a label may sit, best first: the middle, then outwards. */
    private static final double[] LABEL_SPOTS = {0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75, 0.18, 0.82};

    /** A label on the curve a–c–b, at the first spot that overlaps no label or node drawn so far. */
    private Group label(String text, Point2D a, Point2D c, Point2D b, Color colour, boolean bold) {
        Text t = new Text(text);
        t.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, 11));
        t.setFill(colour);
        t.setTextOrigin(VPos.CENTER);
        t.setTextAlignment(TextAlignment.CENTER);
        double w = t.getLayoutBounds().getWidth() + 6;
        Rectangle2D box = null;
        double least = Double.MAX_VALUE;
        // on the edge if there is room anywhere along it, else nudged just above or below it
        search:
        for (double shift : new double[] {0, -13, 13}) {
            for (double spot : LABEL_SPOTS) {
                Point2D q = a.multiply((1 - spot) * (1 - spot)).add(c.multiply(2 * spot * (1 - spot))).add(b.multiply(spot * spot));
                Rectangle2D r = new Rectangle2D(q.getX() - w / 2, q.getY() - 8 + shift, w, 16);
                double overlap = overlap(r);
                if (overlap < least) {
                    box = r;
                    least = overlap;
                }
                if (overlap == 0) {
                    break search;
                }
            }
        }
        labels.add(box);
        t.setX(box.getMinX() + 3);
        t.setY(box.getMinY() + 8);
        Rectangle bg = new Rectangle(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        bg.setArcWidth(6);
        bg.setArcHeight(6);
        bg.setFill(bold ? Color.web("#fff7e6") : Color.rgb(255, 255, 255, 0.85));
        if (bold) {
            bg.setStroke(HALO);
        }
        Group g = new Group(bg, t);
        g.getStyleClass().add("compare-edge-label");
        return g;
    }

    /** Area this label would share with the labels and nodes already placed. */
    private double overlap(Rectangle2D r) {
        double total = 0;
        for (Rectangle2D l : labels) {
            total += area(r, l.getMinX() - 2, l.getMinY() - 1, l.getWidth() + 4, l.getHeight() + 2);
        }
        for (int v = 0; v < cell.nodeCount(); v++) {
            Point2D p = at(v);
            double hw = cell.node(v).op() == Op.SKIP ? R : BOX_W / 2;
            double hh = cell.node(v).op() == Op.SKIP ? R : BOX_H / 2;
            total += area(r, p.getX() - hw, p.getY() - hh, 2 * hw, 2 * hh);
        }
        return total;
    }

    private static double area(Rectangle2D r, double x, double y, double w, double h) {
        double dx = Math.min(r.getMaxX(), x + w) - Math.max(r.getMinX(), x);
        double dy = Math.min(r.getMaxY(), y + h) - Math.max(r.getMinY(), y);
        return dx > 0 && dy > 0 ? dx * dy : 0;
    }

    /**
     * Straight when that runs through no other node, else the gentlest bow (either side) that runs
     * through the fewest nodes, ties to the side keeping farther from them.
     */
    private Point2D control(Edge e, Point2D a, Point2D b) {
        Point2D mid = a.midpoint(b);
        Point2D d = b.subtract(a);
        Point2D normal = d.magnitude() == 0 ? new Point2D(0, 1) : new Point2D(-d.getY(), d.getX()).normalize();
        Point2D best = mid;
        int fewest = crossed(e, a, mid, b);
        double bestClearance = -1;
        for (double f : new double[] {0.22, 0.35, 0.5}) {
            if (fewest == 0) {
                break;
            }
            for (int sign = -1; sign <= 1; sign += 2) {
                Point2D c = mid.add(normal.multiply(sign * (30 + d.magnitude() * f)));
                int n = crossed(e, a, c, b);
                double clear = clearance(e, a, c, b);
                if (n < fewest || n == fewest && best != mid && clear > bestClearance) {
                    best = c;
                    fewest = n;
                    bestClearance = clear;
                }
            }
        }
        return best;
    }

    /** How many other nodes the curve a–c–b runs through. */
    private int crossed(Edge e, Point2D a, Point2D c, Point2D b) {
        int n = 0;
        for (int v = 0; v < cell.nodeCount(); v++) {
            if (v != e.from() && v != e.to() && blocks(cell.node(v), at(v), a, c, b)) {
                n++;
            }
        }
        return n;
    }

    private double clearance(Edge e, Point2D a, Point2D c, Point2D b) {
        double min = Double.MAX_VALUE;
        for (int v = 0; v < cell.nodeCount(); v++) {
            if (v == e.from() || v == e.to()) {
                continue;
            }
            for (int k = 1; k < 16; k++) {
                double t = k / 16.0;
                Point2D q = a.multiply((1 - t) * (1 - t)).add(c.multiply(2 * t * (1 - t))).add(b.multiply(t * t));
                min = Math.min(min, at(v).distance(q));
            }
        }
        return min;
    }

    private static boolean blocks(Node node, Point2D p, Point2D a, Point2D c, Point2D b) {
        for (int k = 1; k < 32; k++) {
            double t = k / 32.0;
            Point2D q = a.multiply((1 - t) * (1 - t)).add(c.multiply(2 * t * (1 - t))).add(b.multiply(t * t));
            boolean inside = node.op() == Op.SKIP ? q.distance(p) < R * 1.5
                    : Math.abs(q.getX() - p.getX()) < BOX_W / 2 + 6 && Math.abs(q.getY() - p.getY()) < BOX_H / 2 + 6;
            if (inside) {
                return true;
            }
        }
        return false;
    }

    private static double reach(Node node, Point2D direction) {
        return NodeOutline.reach(node, direction, R, BOX_W, BOX_H);
    }

    private Group node(int v, boolean diff) {
        Node node = cell.node(v);
        Point2D p = at(v);
        boolean box = node.op() != Op.SKIP;
        Group g = new Group();
        g.getStyleClass().add("compare-node");
        if (diff) {
            g.getStyleClass().add("diff");
            Shape halo = box ? centred(new Rectangle(BOX_W + 12, BOX_H + 12), p) : new Circle(p.getX(), p.getY(), R + 6);
            halo.setFill(HALO);
            halo.setOpacity(0.55);
            g.getChildren().add(halo);
        }
        Shape shape = box ? centred(new Rectangle(BOX_W, BOX_H), p) : new Circle(p.getX(), p.getY(), R);
        shape.setFill(node.role() == NodeRole.INTERMEDIATE ? Color.WHITE : Color.web("#eef2f7"));
        shape.setStroke(box ? Palette.of(node.op()) : Color.web("#4b5563"));
        shape.setStrokeWidth(box ? 2.5 : 1.6);
        Text t = new Text(box ? v + "  " + cell.space().opName(node.op()) : name(v));
        t.setFont(Font.font("System", diff ? FontWeight.BOLD : FontWeight.NORMAL, box ? 11 : 12));
        t.setFill(Color.web("#1f2937"));
        t.setTextOrigin(VPos.CENTER);
        t.setX(p.getX() - t.getLayoutBounds().getWidth() / 2);
        t.setY(p.getY());
        g.getChildren().addAll(shape, t);
        return g;
    }

    private static Rectangle centred(Rectangle r, Point2D p) {
        r.setX(p.getX() - r.getWidth() / 2);
        r.setY(p.getY() - r.getHeight() / 2);
        r.setArcWidth(12);
        r.setArcHeight(12);
        return r;
    }

    private String name(int v) {
        NodeRole r = cell.node(v).role();
        if (cell.space() == SearchSpace.DARTS && r == NodeRole.INPUT) {
            return v == 0 ? "k−2" : "k−1";
        }
        return r == NodeRole.INPUT ? "in" : r == NodeRole.OUTPUT ? "out" : String.valueOf(v);
    }
}
