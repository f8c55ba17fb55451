package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedAnalysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * One cell drawn and edited: nodes as labelled shapes, edges as arrows coloured by operation (or by
 * their SED contribution). Drag a node to move it, drag from its port (the dot on its right) to
 * another node to draw an edge, click to select, right-click for operations, wheel to zoom, drag
 * the background to pan.
 */
public final class CellCanvas extends Pane {

    static final double R = 24;

    private final EditorViewModel vm;
    private final int cellIndex;
    private final BooleanProperty overlay;
    private final Group content = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Line rubberBand = new Line();
    private final Tooltip tooltip = new Tooltip();
    private final Map<String, javafx.scene.Node> edgeShapes = new HashMap<>();
    private final Map<String, javafx.scene.Node> nodeShapes = new HashMap<>();
    private final ChangeListener<Object> redrawOnChange = (o, a, b) -> redraw();
    private final ChangeListener<CellDocument> refitOnNewDocument = this::onNewDocument;
    /** content → pane: x' = tx + s·x (explicit transforms, so no pivot depends on stale bounds). */
    private final Translate shift = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Point2D panFrom;
    private boolean fitted;
    /** Follow the pane's size with fit() until the user zooms or pans. */
    private boolean autoFit = true;
    private boolean stale = true;

    public CellCanvas(EditorViewModel vm, int cellIndex, BooleanProperty overlay) {
        this.vm = vm;
        this.cellIndex = cellIndex;
        this.overlay = overlay;
        getStyleClass().add("cell-canvas");
        setId("canvas-" + cellIndex);
        tooltip.setShowDelay(Duration.millis(150));
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        content.getChildren().addAll(edgeLayer, nodeLayer, rubberBand);
        content.getTransforms().addAll(shift, scale);
        getChildren().add(content);
        setMinSize(200, 200);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        vm.scoresProperty().addListener(redrawOnChange);
        vm.selectionProperty().addListener(redrawOnChange);
        overlay.addListener(redrawOnChange);
        widthProperty().addListener((o, a, b) -> refit());
        heightProperty().addListener((o, a, b) -> refit());
        vm.documentProperty().addListener(refitOnNewDocument);
        setOnMousePressed(this::backgroundPressed);
        setOnMouseDragged(e -> {
            if (panFrom != null) {
                autoFit = false;
                shift.setX(shift.getX() + e.getX() - panFrom.getX());
                shift.setY(shift.getY() + e.getY() - panFrom.getY());
                panFrom = new Point2D(e.getX(), e.getY());
            }
        });
        setOnMouseReleased(e -> panFrom = null);
        setOnScroll(e -> zoom(Math.pow(1.0015, e.getDeltaY()), new Point2D(e.getX(), e.getY())));
        redraw();
    }

    private void onNewDocument(ObservableValue<? extends CellDocument> o, CellDocument old, CellDocument doc) {
        if (doc != null && cellIndex < doc.architecture().cells().size() && (old == null
                || old.architecture().space() != doc.architecture().space() || !old.title().equals(doc.title()))) {
            autoFit = true;
            fitted = false;
            fitOnce();
        }
    }

    /** Stops following the view-model: the window calls this when it drops the canvas. */
    public void dispose() {
        vm.scoresProperty().removeListener(redrawOnChange);
        vm.selectionProperty().removeListener(redrawOnChange);
        overlay.removeListener(redrawOnChange);
        vm.documentProperty().removeListener(refitOnNewDocument);
    }

    private void backgroundPressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            Point2D at = content.sceneToLocal(e.getSceneX(), e.getSceneY());
            vm.addNode(cellIndex, new NodePosition(at.getX(), at.getY()));
            return;
        }
        vm.selectionProperty().set(null);
        panFrom = new Point2D(e.getX(), e.getY());
        requestFocus();
    }

    /** Zooms by a factor around a point of this pane (its centre when null). */
    public void zoom(double factor, Point2D pivot) {
        autoFit = false;
        double s = Math.max(0.1, Math.min(8, scale.getX() * factor));
        Point2D p = pivot == null ? new Point2D(getWidth() / 2, getHeight() / 2) : pivot;
        double f = s / scale.getX();
        shift.setX(p.getX() - (p.getX() - shift.getX()) * f);
        shift.setY(p.getY() - (p.getY() - shift.getY()) * f);
        scale.setX(s);
        scale.setY(s);
    }

    private void refit() {
        if (autoFit) {
            fitted = false;
        }
        fitOnce();
    }

    private void fitOnce() {
        if (!fitted && getWidth() > 0 && getHeight() > 0 && vm.getDocument() != null
                && cellIndex < vm.getDocument().architecture().cells().size()) {
            fit();
            fitted = true;
        }
    }

    /** View → Fit: fit now, and keep fitting as the window resizes until the next zoom or pan. */
    public void fitAndFollow() {
        autoFit = true;
        fit();
    }

    /** Scales and centres the drawing in the pane, from the node positions (not from scene bounds). */
    public void fit() {
        Cell cell = vm.cell(cellIndex);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int v = 0; v < cell.nodeCount(); v++) {
            Point2D p = position(v);
            minX = Math.min(minX, p.getX() - 70);
            maxX = Math.max(maxX, p.getX() + 70);
            minY = Math.min(minY, p.getY() - 60);
            maxY = Math.max(maxY, p.getY() + 60);
        }
        double s = Math.min(1.3, Math.min((getWidth() - 40) / (maxX - minX), (getHeight() - 40) / (maxY - minY)));
        s = Math.max(0.1, s);
        scale.setX(s);
        scale.setY(s);
        shift.setX(getWidth() / 2 - s * (minX + maxX) / 2);
        shift.setY(getHeight() / 2 - s * (minY + maxY) / 2);
    }

    /** Where node i is drawn, in content coordinates. */
    Point2D position(int node) {
        NodePosition p = vm.getDocument().layout(cellIndex).get(node);
        return p == null ? new Point2D(node * 180.0, 0) : new Point2D(p.x(), p.y());
    }

    /** Marks the drawing stale; it is rebuilt once in the next layout pass, however many changes came in. */
    void redraw() {
        stale = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (stale) {
            stale = false;
            rebuild();
        }
        super.layoutChildren();
    }

    private void rebuild() {
        CellDocument doc = vm.getDocument();
        Scores scores = vm.getScores();
        if (doc == null || scores == null || cellIndex >= doc.architecture().cells().size()) {
            return;
        }
        Cell cell = doc.architecture().cells().get(cellIndex);
        SedAnalysis analysis = scores.cells().get(cellIndex);
        Map<Integer, NodePosition> layout = doc.layout(cellIndex);
        double maxContribution = 1e-9;
        for (int i = 0; i < cell.edgeCount(); i++) {
            maxContribution = Math.max(maxContribution, Math.abs(analysis.edgeContribution(i)));
        }
        // Reuse the shapes whose drawing did not change: new nodes cost CSS and layout, and an
        // edit usually changes one edge. The key holds everything a shape's look depends on.
        Selection sel = vm.selectionProperty().get();
        String frame = cell.space().id() + "|" + cell.nodeCount() + "|" + layout.hashCode() + "|" + overlay.get();
        Map<String, javafx.scene.Node> edges = new HashMap<>();
        for (int i = 0; i < cell.edgeCount(); i++) {
            Edge e = cell.edge(i);
            if (!e.op().isReal() && !CellEdits.fixedEdges(cell.space())) {
                continue;
            }
            boolean selected = sel != null && sel.isEdge() && sel.cell() == cellIndex && sel.from() == e.from() && sel.to() == e.to();
            String key = frame + "|" + e + "|" + selected + (overlay.get() ? "|" + Math.round(1000 * analysis.edgeContribution(i) / maxContribution) : "");
            javafx.scene.Node g = edgeShapes.get(key);
            if (g == null) {
                g = edgeShape(cell, i, analysis, maxContribution);
            }
            int index = i;
            g.setOnMouseEntered(ev -> tooltip.setText(edgeTooltip(cell, index, analysis)));
            edges.put(key, g);
        }
        Map<String, javafx.scene.Node> nodes = new HashMap<>();
        for (int v = 0; v < cell.nodeCount(); v++) {
            boolean selected = sel != null && sel.isNode() && sel.cell() == cellIndex && sel.node() == v;
            String key = frame + "|" + v + "|" + cell.node(v) + "|" + selected;
            javafx.scene.Node p = nodeShapes.get(key);
            if (p == null) {
                p = nodeShape(cell, v, analysis);
            }
            int node = v;
            p.setOnMouseEntered(ev -> tooltip.setText("node " + node + " (" + cell.node(node).role().name().toLowerCase(Locale.ROOT)
                    + ")\nentropy change ½·ln v = " + Palette.entropy(analysis.nodeEntropy(node))));
            nodes.put(key, p);
        }
        replace(edgeLayer, edgeShapes, edges);
        replace(nodeLayer, nodeShapes, nodes);
        if (layout.isEmpty()) {
            fitted = false;
        }
        fitOnce();
    }

    /** Swaps the shapes of a layer, touching only those that come or go. */
    private static void replace(Group layer, Map<String, javafx.scene.Node> current, Map<String, javafx.scene.Node> next) {
        Set<javafx.scene.Node> keep = new HashSet<>(next.values());
        layer.getChildren().removeIf(n -> !keep.contains(n));
        Set<javafx.scene.Node> present = new HashSet<>(layer.getChildren());
        for (javafx.scene.Node n : next.values()) {
            if (!present.contains(n)) {
                layer.getChildren().add(n);
            }
        }
        current.clear();
        current.putAll(next);
    }

    private Group edgeShape(Cell cell, int index, SedAnalysis analysis, double maxContribution) {
        Edge e = cell.edge(index);
        Point2D a = position(e.from());
        Point2D b = position(e.to());
        Point2D mid = a.midpoint(b);
        Point2D d = b.subtract(a);
        Point2D normal = d.magnitude() == 0 ? new Point2D(0, 1) : new Point2D(-d.getY(), d.getX()).normalize();
        double bend = 0;
        for (int v = 0; v < cell.nodeCount(); v++) {
            if (v != e.from() && v != e.to() && blocks(cell.node(v), position(v), a, b)) {
                bend = Math.max(bend, 70 + d.magnitude() * 0.12);
            }
        }
        Point2D control = mid;
        if (bend > 0) { // bow to the side whose curve keeps farther from the other nodes
            Point2D up = mid.add(normal.multiply(-bend));
            Point2D down = mid.add(normal.multiply(bend));
            control = clearance(cell, e, a, up, b) >= clearance(cell, e, a, down, b) ? up : down;
        }
        boolean real = e.op().isReal();
        double contribution = analysis.edgeContribution(index);
        Color colour = !real ? Color.web("#c8ccd2")
                : overlay.get() ? Palette.diverging(contribution / maxContribution) : Palette.of(e.op());
        Selection sel = vm.selectionProperty().get();
        boolean selected = sel != null && sel.isEdge() && sel.cell() == cellIndex && sel.from() == e.from() && sel.to() == e.to();
        QuadCurve curve = new QuadCurve(a.getX(), a.getY(), control.getX(), control.getY(), b.getX(), b.getY());
        curve.setFill(null);
        curve.setStroke(colour);
        curve.setStrokeWidth(selected ? 5 : overlay.get() && real ? 2 + 4 * Math.abs(contribution) / maxContribution : 3);
        curve.getStyleClass().add("edge-line");
        if (!real) {
            curve.getStrokeDashArray().addAll(6.0, 6.0);
        }
        QuadCurve hit = new QuadCurve(a.getX(), a.getY(), control.getX(), control.getY(), b.getX(), b.getY());
        hit.setFill(null);
        hit.setStroke(Color.TRANSPARENT);
        hit.setStrokeWidth(14);
        Point2D tangent = b.subtract(control).normalize();
        Point2D tip = b.subtract(tangent.multiply(reach(cell.node(e.to()), tangent) + 3));
        Point2D base = tip.subtract(tangent.multiply(14));
        Point2D side = new Point2D(-tangent.getY(), tangent.getX()).multiply(7);
        Polygon head = new Polygon(tip.getX(), tip.getY(), base.getX() + side.getX(), base.getY() + side.getY(),
                base.getX() - side.getX(), base.getY() - side.getY());
        head.setFill(colour);
        Group g = new Group(hit, curve, head);
        boolean concat = cell.space() == SearchSpace.DARTS && cell.node(e.to()).role() == NodeRole.OUTPUT;
        if (!cell.space().nodeLabelled() && !concat) {
            Label name = new Label(cell.space().opName(e.op()));
            name.getStyleClass().add(selected ? "edge-label-selected" : "edge-label");
            name.setTextFill(real ? colour.darker() : Color.web("#8c959f"));
            Point2D at = a.multiply(0.25).add(control.multiply(0.5)).add(b.multiply(0.25));
            name.setLayoutX(at.getX() - 40);
            name.setLayoutY(at.getY() - 11);
            name.setId("edge-label-" + cellIndex + "-" + e.from() + "-" + e.to());
            g.getChildren().add(name);
        }
        g.setId("edge-" + cellIndex + "-" + e.from() + "-" + e.to());
        g.getStyleClass().add("edge");
        Tooltip.install(g, tooltip);
        g.setOnMousePressed(ev -> {
            vm.selectionProperty().set(Selection.edge(cellIndex, e.from(), e.to()));
            if (ev.isSecondaryButtonDown() || ev.isPopupTrigger()) {
                opMenu(cell, true).show(g, ev.getScreenX(), ev.getScreenY());
            }
            ev.consume();
        });
        return g;
    }

    private String edgeTooltip(Cell cell, int index, SedAnalysis analysis) {
        Edge e = cell.edge(index);
        if (!e.op().isReal()) {
            return e.from() + "→" + e.to() + ": none (no edge)";
        }
        double delta = vm.getScores().model().opEntropy().delta(e.op());
        return String.format(Locale.ROOT, "%d→%d  %s%npaths through it n(e) = %.0f%nΔ = %.6f%ncontribution n(e)·Δ = %.6f",
                e.from(), e.to(), cell.space().opName(e.op()), analysis.edgePaths(index), delta, analysis.edgeContribution(index));
    }

    private StackPane nodeShape(Cell cell, int v, SedAnalysis analysis) {
        Node node = cell.node(v);
        Point2D at = position(v);
        boolean box = node.op() != Op.SKIP;
        Shape shape = box ? new Rectangle(BOX_W, BOX_H) : new Circle(R);
        if (shape instanceof Rectangle r) {
            r.setArcWidth(14);
            r.setArcHeight(14);
        }
        shape.getStyleClass().addAll("node-shape", node.role().name().toLowerCase(Locale.ROOT));
        if (box) {
            shape.setStroke(Palette.of(node.op()));
        }
        Selection sel = vm.selectionProperty().get();
        if (sel != null && sel.isNode() && sel.cell() == cellIndex && sel.node() == v) {
            shape.getStyleClass().add("selected");
        }
        Label label = new Label(box ? v + "  " + cell.space().opName(node.op()) : label(cell, v));
        label.getStyleClass().add("node-label");
        label.setMouseTransparent(true);
        StackPane p = new StackPane(shape, label);
        p.setId("node-" + cellIndex + "-" + v);
        double w = box ? BOX_W : 2 * R;
        double h = box ? BOX_H : 2 * R;
        p.setLayoutX(at.getX() - w / 2);
        p.setLayoutY(at.getY() - h / 2);
        p.setPrefSize(w, h);
        Tooltip.install(p, tooltip);
        if (node.role() != NodeRole.OUTPUT) {
            Circle port = new Circle(6);
            port.getStyleClass().add("port");
            port.setId("port-" + cellIndex + "-" + v);
            StackPane.setAlignment(port, Pos.CENTER_RIGHT);
            port.setTranslateX(6);
            p.getChildren().add(port);
            port.setOnMousePressed(ev -> {
                rubberBand.setStartX(at.getX() + w / 2);
                rubberBand.setStartY(at.getY());
                rubberBand.setEndX(at.getX() + w / 2);
                rubberBand.setEndY(at.getY());
                rubberBand.setVisible(true);
                ev.consume();
            });
            port.setOnMouseDragged(ev -> {
                Point2D q = content.sceneToLocal(ev.getSceneX(), ev.getSceneY());
                rubberBand.setEndX(q.getX());
                rubberBand.setEndY(q.getY());
                ev.consume();
            });
            port.setOnMouseReleased(ev -> {
                rubberBand.setVisible(false);
                int target = nodeAt(cell, content.sceneToLocal(ev.getSceneX(), ev.getSceneY()));
                if (target >= 0 && target != v) {
                    vm.drawEdge(cellIndex, v, target);
                } else if (target < 0) {
                    vm.notifier().warn("Drop the edge on a node to connect it");
                }
                ev.consume();
            });
        }
        double[] drag = new double[4];
        p.setOnMousePressed(ev -> {
            vm.selectionProperty().set(Selection.node(cellIndex, v));
            if (ev.isSecondaryButtonDown() || ev.isPopupTrigger()) {
                opMenu(cell, false).show(p, ev.getScreenX(), ev.getScreenY());
            }
            Point2D q = content.sceneToLocal(ev.getSceneX(), ev.getSceneY());
            drag[0] = q.getX();
            drag[1] = q.getY();
            drag[2] = 0;
            ev.consume();
        });
        p.setOnMouseDragged(ev -> {
            Point2D q = content.sceneToLocal(ev.getSceneX(), ev.getSceneY());
            p.setTranslateX(q.getX() - drag[0]);
            p.setTranslateY(q.getY() - drag[1]);
            drag[2] = 1;
            ev.consume();
        });
        p.setOnMouseReleased(ev -> {
            if (drag[2] == 1) {
                Point2D q = content.sceneToLocal(ev.getSceneX(), ev.getSceneY());
                vm.moveNode(cellIndex, v, new NodePosition(at.getX() + q.getX() - drag[0], at.getY() + q.getY() - drag[1]));
            }
            ev.consume();
        });
        return p;
    }

    static final double BOX_W = 170;
    static final double BOX_H = 44;

    private static double reach(Node node, Point2D direction) {
        return NodeOutline.reach(node, direction, R, BOX_W, BOX_H);
    }

    private int nodeAt(Cell cell, Point2D q) {
        int best = -1;
        double bestDistance = R * 2.2;
        for (int v = 0; v < cell.nodeCount(); v++) {
            double d = position(v).distance(q);
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best;
    }

    private ContextMenu opMenu(Cell cell, boolean edge) {
        ContextMenu menu = new ContextMenu();
        SearchSpace space = cell.space();
        boolean opsHere = edge != space.nodeLabelled();
        if (opsHere) {
            int k = 1;
            for (Op op : space.ops()) {
                MenuItem item = new MenuItem(k++ + "  " + space.opName(op));
                item.setMnemonicParsing(false);
                item.setOnAction(a -> vm.applyOp(op));
                menu.getItems().add(item);
            }
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem delete = new MenuItem(edge && CellEdits.fixedEdges(space) ? "Cut (set to none)" : "Delete");
        delete.setOnAction(a -> vm.deleteSelection());
        menu.getItems().add(delete);
        return menu;
    }

    private static String label(Cell cell, int v) {
        NodeRole r = cell.node(v).role();
        if (cell.space() == SearchSpace.DARTS && r == NodeRole.INPUT) {
            return v == 0 ? "k−2" : "k−1";
        }
        return r == NodeRole.INPUT ? "in" : r == NodeRole.OUTPUT ? "out" : String.valueOf(v);
    }

    /** The smallest distance from another node to the curve a–control–b (sampled). */
    private double clearance(Cell cell, Edge e, Point2D a, Point2D control, Point2D b) {
        double min = Double.MAX_VALUE;
        for (int v = 0; v < cell.nodeCount(); v++) {
            if (v == e.from() || v == e.to()) {
                continue;
            }
            Point2D p = position(v);
            for (int k = 1; k < 16; k++) {
                double t = k / 16.0;
                Point2D q = a.multiply((1 - t) * (1 - t)).add(control.multiply(2 * t * (1 - t))).add(b.multiply(t * t));
                min = Math.min(min, p.distance(q));
            }
        }
        return min;
    }

    /** Whether a straight edge a→b would run through (or graze) another node's shape. */
    private static boolean blocks(Node node, Point2D at, Point2D a, Point2D b) {
        if (node.op() == Op.SKIP) {
            return distanceToSegment(at, a, b) < R * 1.6;
        }
        for (int k = 0; k <= 32; k++) {
            Point2D q = a.add(b.subtract(a).multiply(k / 32.0));
            if (Math.abs(q.getX() - at.getX()) < BOX_W / 2 + 8 && Math.abs(q.getY() - at.getY()) < BOX_H / 2 + 8) {
                return true;
            }
        }
        return false;
    }

    private static double distanceToSegment(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double len2 = ab.dotProduct(ab);
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / len2));
        return p.distance(a.add(ab.multiply(t)));
    }
}
