package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.picture.Box;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.EdgeGlyph;
import io.github.sedexplorer.picture.LabelGlyph;
import io.github.sedexplorer.picture.NodeGlyph;
import io.github.sedexplorer.picture.PictureStyle;
import io.github.sedexplorer.picture.Pt;
import io.github.sedexplorer.picture.SheetSvg;
import io.github.sedexplorer.sed.SedAnalysis;
import io.github.sedexplorer.ui.controls.GlyphShapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
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

    private final EditorViewModel vm;
    private final int cellIndex;
    private final BooleanProperty overlay;
    private final Group content = new Group();
    private final Group edgeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Line rubberBand = new Line();
    private final Tooltip tooltip = new Tooltip();
    private CellPicture picture;
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
        content.getChildren().addAll(edgeLayer, labelLayer, nodeLayer, rubberBand);
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
        setOnMouseReleased(e -> {
            panFrom = null;
            requestFocus(); // after the press: the tab pane may have taken focus on the way
        });
        setOnScroll(e -> zoom(Math.pow(1.0015, e.getDeltaY()), new Point2D(e.getX(), e.getY())));
        setFocusTraversable(true);
        setOnKeyPressed(this::keyPressed);
        redraw();
    }

    /**
     * The keyboard: arrow keys (and Tab) move the selection through edges and nodes, Enter opens the
     * selection's operation menu, Escape clears it; number keys and Delete act through the Edit menu's handler.
     */
    private void keyPressed(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.RIGHT || k == KeyCode.DOWN || k == KeyCode.TAB && !e.isShiftDown()) {
            vm.moveSelection(cellIndex, 1);
        } else if (k == KeyCode.LEFT || k == KeyCode.UP || k == KeyCode.TAB) {
            vm.moveSelection(cellIndex, -1);
        } else if (k == KeyCode.ESCAPE) {
            vm.selectionProperty().set(null);
        } else if (k == KeyCode.ENTER) {
            showMenuAtSelection();
        } else {
            return;
        }
        e.consume();
    }

    /** The operation menu, under the selected edge's label or node. */
    private void showMenuAtSelection() {
        Selection s = vm.selectionProperty().get();
        if (s == null || s.cell() != cellIndex || picture == null) {
            return;
        }
        Cell cell = vm.cell(cellIndex);
        Point2D at;
        if (s.isEdge()) {
            EdgeGlyph g = picture.edge(s.from(), s.to());
            if (g == null) {
                return;
            }
            Pt c = g.label() != null ? g.label().centre() : g.course().get(g.course().size() / 2);
            at = new Point2D(c.x(), c.y());
        } else {
            at = position(s.node());
        }
        Point2D screen = content.localToScreen(at);
        if (screen != null) {
            opMenu(cell, s.isEdge()).show(this, screen.getX(), screen.getY());
        }
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
        picture = vm.picture(cellIndex);
        double maxContribution = 1e-9;
        for (int i = 0; i < cell.edgeCount(); i++) {
            maxContribution = Math.max(maxContribution, Math.abs(analysis.edgeContribution(i)));
        }
        List<javafx.scene.Node> edges = new ArrayList<>();
        List<javafx.scene.Node> labels = new ArrayList<>();
        for (EdgeGlyph e : picture.edges()) {
            edges.add(edgeShape(cell, e, analysis, maxContribution, labels));
        }
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (NodeGlyph n : picture.nodes()) {
            nodes.add(nodeShape(cell, n, analysis));
        }
        edgeLayer.getChildren().setAll(edges);
        labelLayer.getChildren().setAll(labels);
        nodeLayer.getChildren().setAll(nodes);
        if (doc.layout(cellIndex).isEmpty()) {
            fitted = false;
        }
        fitOnce();
    }

    /** The picture drawn now: the view-model's, so exports and this canvas show the same geometry. */
    public CellPicture picture() {
        return picture;
    }

    private boolean selected(Edge e) {
        Selection sel = vm.selectionProperty().get();
        return sel != null && sel.isEdge() && sel.cell() == cellIndex && sel.from() == e.from() && sel.to() == e.to();
    }

    private Group edgeShape(Cell cell, EdgeGlyph glyph, SedAnalysis analysis, double maxContribution, List<javafx.scene.Node> labels) {
        Edge e = cell.edge(glyph.index());
        int index = glyph.index();
        boolean real = e.op().isReal();
        boolean tinted = overlay.get() && real && glyph.kind() != EdgeGlyph.Kind.CONCAT;
        double contribution = analysis.edgeContribution(index);
        boolean selected = selected(e);
        Path line = GlyphShapes.stroke(glyph, picture.style());
        line.getStyleClass().add("edge-line");
        Polygon head = GlyphShapes.arrow(glyph);
        if (tinted) {
            Color c = Palette.diverging(contribution / maxContribution);
            line.setStroke(c);
            line.setStrokeWidth(2 + 4 * Math.abs(contribution) / maxContribution);
            head.setFill(c);
        }
        if (selected) {
            line.setStrokeWidth(line.getStrokeWidth() + 2.5);
        }
        Path hit = GlyphShapes.path(glyph.stroke());
        hit.setStroke(Color.TRANSPARENT);
        hit.setStrokeWidth(14);
        Group g = new Group(hit, line, head);
        g.setId("edge-" + cellIndex + "-" + e.from() + "-" + e.to());
        g.getStyleClass().add("edge");
        EventHandler<MouseEvent> press = ev -> {
            vm.selectionProperty().set(Selection.edge(cellIndex, e.from(), e.to()));
            requestFocus();
            if (ev.isSecondaryButtonDown() || ev.isPopupTrigger()) {
                opMenu(cell, true).show(g, ev.getScreenX(), ev.getScreenY());
            }
            ev.consume();
        };
        EventHandler<MouseEvent> hover = ev -> tooltip.setText(edgeTooltip(cell, index, analysis, glyph));
        g.setOnMousePressed(press);
        g.setOnMouseEntered(hover);
        Tooltip.install(g, tooltip);
        LabelGlyph l = glyph.label();
        if (l != null) {
            Line leader = GlyphShapes.leader(glyph);
            if (leader != null) {
                labels.add(leader);
            }
            Label name = new Label(l.text());
            name.getStyleClass().add(selected ? "edge-label-selected" : "edge-label");
            name.setFont(Font.font(l.font()));
            name.setAlignment(Pos.CENTER);
            name.setTextFill(tinted ? Palette.diverging(contribution / maxContribution).darker() : GlyphShapes.colour(SheetSvg.labelInk(glyph)));
            Box b = l.box();
            name.setLayoutX(b.minX());
            name.setLayoutY(b.minY());
            name.setMinSize(b.width(), b.height());
            name.setPrefSize(b.width(), b.height());
            name.setMaxSize(b.width(), b.height());
            name.setId("edge-label-" + cellIndex + "-" + e.from() + "-" + e.to());
            name.setOnMousePressed(press);
            name.setOnMouseEntered(hover);
            Tooltip.install(name, tooltip);
            labels.add(name);
        }
        return g;
    }

    private String edgeTooltip(Cell cell, int index, SedAnalysis analysis, EdgeGlyph glyph) {
        Edge e = cell.edge(index);
        String ends = NodeNames.of(cell, e.from()) + "→" + NodeNames.of(cell, e.to());
        if (!e.op().isReal()) {
            return ends + ": none (no edge)";
        }
        double delta = vm.getScores().model().opEntropy().delta(e.op());
        String dead = glyph.kind() == EdgeGlyph.Kind.DEAD ? "\non no input→output path: it adds nothing" : "";
        return String.format(Locale.ROOT, "%s  %s%npaths through it n(e) = %.0f%nΔ = %.6f%ncontribution n(e)·Δ = %.6f%s",
                ends, cell.space().opName(e.op()), analysis.edgePaths(index), delta, analysis.edgeContribution(index), dead);
    }

    private Group nodeShape(Cell cell, NodeGlyph glyph, SedAnalysis analysis) {
        int v = glyph.node();
        Node node = cell.node(v);
        Point2D at = position(v);
        Shape shape = GlyphShapes.outline(glyph);
        shape.getStyleClass().add("node-outline");
        Selection sel = vm.selectionProperty().get();
        if (sel != null && sel.isNode() && sel.cell() == cellIndex && sel.node() == v) {
            shape.setStroke(Color.web("#e8590c"));
            shape.setStrokeWidth(4);
            shape.getStyleClass().add("selected");
        }
        Group p = new Group(shape);
        p.getChildren().addAll(GlyphShapes.texts(glyph));
        p.setId("node-" + cellIndex + "-" + v);
        Tooltip.install(p, tooltip);
        p.setOnMouseEntered(ev -> tooltip.setText(glyph.title() + "\nentropy change ½·ln v = " + Palette.entropy(analysis.nodeEntropy(v))));
        double w = 2 * glyph.halfWidth();
        if (node.role() != NodeRole.OUTPUT) {
            Circle port = new Circle(at.getX() + w / 2, at.getY(), 6);
            port.getStyleClass().add("port");
            port.setId("port-" + cellIndex + "-" + v);
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
            requestFocus();
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

    private int nodeAt(Cell cell, Point2D q) {
        int best = -1;
        double bestDistance = PictureStyle.EDITOR.nodeRadius() * 2.2;
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
            Op current = vm.highlightedOpProperty().get(); // the press selected the element first
            for (Op op : space.ops()) {
                CheckMenuItem item = new CheckMenuItem(k++ + "  " + space.opName(op));
                item.setSelected(op.equals(current));
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

}
