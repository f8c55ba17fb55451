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
import io.github.sedexplorer.picture.CellGeometry;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
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
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineJoin;
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
    /** The shapes drawn for each edge (by its ends) and each node, kept across redraws. */
    /** The drawn edges by their ends and rank among the edges with those ends (DARTS may have two). */
    private final Map<EdgeKey, EdgeView> edgeViews = new HashMap<>();

    private record EdgeKey(int from, int to, int rank) {
    }
    private final List<NodeView> nodeViews = new ArrayList<>();
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
        setMinSize(200, 140); // low enough that a lesson, its notes and the microscope strip fit a 700 px window above it
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
            int index = cell.edgeIndex(s.from(), s.to(), s.rank());
            EdgeGlyph g = picture.edges().stream().filter(e -> e.index() == index).findFirst().orElse(null);
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
        } else if (doc != null && old != null && cellIndex < doc.architecture().cells().size()
                && cellIndex < old.architecture().cells().size()
                && doc.architecture().cells().get(cellIndex).nodeCount() > old.architecture().cells().get(cellIndex).nodeCount()) {
            showAdded(old, doc);
        }
    }

    /**
     * Brings a node just added into view: the palette's Add node puts it below the cell, which a short canvas (the
     * microscope strip under it) may not show. While the view fits the cell it fits again; after a zoom or pan it pans.
     */
    private void showAdded(CellDocument old, CellDocument doc) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        if (autoFit) {
            fit();
            return;
        }
        Set<NodePosition> before = new HashSet<>(old.layout(cellIndex).values());
        NodePosition added = doc.layout(cellIndex).values().stream().filter(p -> !before.contains(p)).findFirst().orElse(null);
        if (added == null) {
            return;
        }
        Point2D at = content.localToParent(added.x(), added.y());
        if (at.getX() < 30 || at.getY() < 30 || at.getX() > getWidth() - 30 || at.getY() > getHeight() - 30) {
            shift.setX(shift.getX() + getWidth() / 2 - at.getX());
            shift.setY(shift.getY() + getHeight() / 2 - at.getY());
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

    /**
     * Brings the drawn shapes up to the picture, the scores and the selection, touching only what changed: an element
     * whose glyph and look are as drawn keeps its nodes untouched (a selection change restyles two elements, an op
     * change the edges whose colour, label or place moved). New JavaFX nodes, each a CSS pass of its own, are made only
     * for elements that appear; the layers' children lists change only where elements come or go.
     */
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
        Map<EdgeKey, EdgeView> keptEdges = new HashMap<>();
        List<javafx.scene.Node> edges = new ArrayList<>(picture.edges().size());
        List<javafx.scene.Node> labels = new ArrayList<>();
        for (EdgeGlyph glyph : picture.edges()) {
            EdgeKey key = new EdgeKey(glyph.from(), glyph.to(), cell.parallelRank(glyph.index()));
            EdgeView view = edgeViews.get(key);
            if (view == null) {
                view = new EdgeView(key);
            }
            Edge e = cell.edge(glyph.index());
            boolean tinted = overlay.get() && e.op().isReal() && glyph.kind() != EdgeGlyph.Kind.CONCAT;
            view.draw(glyph, new EdgeLook(tinted, tinted ? analysis.edgeContribution(glyph.index()) / maxContribution : 0, selected(key)));
            keptEdges.put(key, view);
            edges.add(view.group);
            if (view.leader != null) {
                labels.add(view.leader);
            }
            if (view.name != null) {
                labels.add(view.name);
            }
        }
        edgeViews.clear();
        edgeViews.putAll(keptEdges);
        List<javafx.scene.Node> nodes = new ArrayList<>(picture.nodes().size());
        Selection sel = vm.selectionProperty().get();
        for (NodeGlyph n : picture.nodes()) {
            int v = n.node();
            boolean selected = sel != null && sel.isNode() && sel.cell() == cellIndex && sel.node() == v;
            NodeView view = v < nodeViews.size() ? nodeViews.get(v) : null;
            Point2D at = position(v);
            if (view == null || !view.glyph.equals(n) || !view.at.equals(at) || view.role != cell.node(v).role()) {
                view = new NodeView(n, at, cell.node(v).role());
            }
            view.select(selected);
            if (v < nodeViews.size()) {
                nodeViews.set(v, view);
            } else {
                nodeViews.add(view);
            }
            nodes.add(view.group);
        }
        nodeViews.subList(picture.nodes().size(), nodeViews.size()).clear();
        sync(edgeLayer.getChildren(), edges);
        sync(labelLayer.getChildren(), labels);
        sync(nodeLayer.getChildren(), nodes);
        if (doc.layout(cellIndex).isEmpty()) {
            fitted = false;
        }
        fitOnce();
    }

    /**
     * Makes a layer's children the wanted list with the fewest changes: a JavaFX node taken out of the scene and put
     * back is styled anew, so nodes that stay are neither removed nor re-added unless their order changed.
     */
    static void sync(ObservableList<javafx.scene.Node> children, List<javafx.scene.Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Set<javafx.scene.Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        List<javafx.scene.Node> gone = new ArrayList<>();
        for (javafx.scene.Node n : children) {
            if (!keep.contains(n)) {
                gone.add(n);
            }
        }
        if (!gone.isEmpty()) {
            children.removeAll(gone);
        }
        for (int i = 0; i < wanted.size(); i++) {
            javafx.scene.Node n = wanted.get(i);
            if (i < children.size() && children.get(i) == n) {
                continue;
            }
            if (n.getParent() == null || !children.contains(n)) {
                children.add(i, n);
            } else { // out of order: the rest is set in one go
                children.setAll(wanted);
                return;
            }
        }
    }

    /** The picture drawn now: the view-model's, so exports and this canvas show the same geometry. */
    public CellPicture picture() {
        return picture;
    }

    /** How many JavaFX nodes the three layers hold (tests: a selection change makes none). */
    int drawnNodeCount() {
        return edgeLayer.getChildren().size() + labelLayer.getChildren().size() + nodeLayer.getChildren().size();
    }

    private boolean selected(EdgeKey e) {
        Selection sel = vm.selectionProperty().get();
        return sel != null && sel.isEdge() && sel.cell() == cellIndex && sel.from() == e.from() && sel.to() == e.to()
                && sel.rank() == e.rank();
    }

    /** What an edge's look depends on besides its glyph: the overlay's tint (its share of the largest contribution) and the selection. */
    private record EdgeLook(boolean tinted, double share, boolean selected) {
    }

    /** Whether two glyphs draw alike (a route has no equals of its own: compared by its points). */
    static boolean drawnAlike(EdgeGlyph a, EdgeGlyph b) {
        return a.index() == b.index() && a.kind() == b.kind() && a.colour().equals(b.colour()) && a.arrow().equals(b.arrow())
                && Objects.equals(a.label(), b.label()) && a.stroke().isCurve() == b.stroke().isCurve()
                && a.stroke().points().equals(b.stroke().points());
    }

    private static <T> void set(ObjectProperty<T> p, T value) {
        if (!Objects.equals(p.get(), value)) {
            p.set(value);
        }
    }

    private static void set(DoubleProperty p, double value) {
        if (p.get() != value) {
            p.set(value);
        }
    }

    private static <T> void set(ObservableList<T> list, List<T> value) {
        if (!list.equals(value)) {
            list.setAll(value);
        }
    }

    /** The shapes of one edge, kept while the edge is drawn; its handlers read the edge's glyph and index as drawn now. */
    private final class EdgeView {

        final int from;
        final int to;
        final int rank;
        final Path hit = new Path();
        final Path line = new Path();
        final Polygon head = new Polygon();
        final Group group;
        Line leader;
        Label name;
        EdgeGlyph glyph;
        EdgeLook look;
        /** The size the label's font was last set to. */
        double fontSize = Double.NaN;
        private final EventHandler<MouseEvent> press;
        private final EventHandler<MouseEvent> hover;

        EdgeView(EdgeKey key) {
            this.from = key.from();
            this.to = key.to();
            this.rank = key.rank();
            line.getStyleClass().add("edge-line");
            line.setFill(null);
            line.setStrokeLineJoin(StrokeLineJoin.ROUND);
            hit.setFill(null);
            hit.setStrokeLineJoin(StrokeLineJoin.ROUND);
            hit.setStroke(Color.TRANSPARENT);
            hit.setStrokeWidth(14);
            group = new Group(hit, line, head);
            group.setId("edge-" + cellIndex + "-" + from + "-" + to + suffix());
            group.getStyleClass().add("edge");
            press = ev -> {
                vm.selectionProperty().set(Selection.edge(cellIndex, from, to, rank));
                requestFocus();
                if (ev.isSecondaryButtonDown() || ev.isPopupTrigger()) {
                    opMenu(vm.cell(cellIndex), true).show(group, ev.getScreenX(), ev.getScreenY());
                }
                ev.consume();
            };
            hover = ev -> {
                if (vm.getScores() != null) {
                    tooltip.setText(edgeTooltip(vm.cell(cellIndex), glyph.index(), vm.getScores().cells().get(cellIndex), glyph));
                }
            };
            group.setOnMousePressed(press);
            group.setOnMouseEntered(hover);
            Tooltip.install(group, tooltip);
        }

        /** The ids' ending: none for the first edge between two nodes, "-1" for a parallel second. */
        private String suffix() {
            return rank == 0 ? "" : "-" + rank;
        }

        /** Updates the shapes to the glyph and look, setting only the properties whose values change. */
        void draw(EdgeGlyph g, EdgeLook l) {
            EdgeGlyph was = glyph;
            glyph = g;
            if (was != null && drawnAlike(was, g) && l.equals(look)) {
                return;
            }
            look = l;
            Path fresh = GlyphShapes.stroke(g, picture.style());
            if (was == null || was.stroke().isCurve() != g.stroke().isCurve() || !was.stroke().points().equals(g.stroke().points())) {
                line.getElements().setAll(fresh.getElements());
                hit.getElements().setAll(GlyphShapes.path(g.stroke()).getElements());
            }
            Paint stroke = fresh.getStroke();
            double width = fresh.getStrokeWidth();
            Paint fill = GlyphShapes.colour(g.colour());
            if (l.tinted()) {
                Color c = Palette.diverging(l.share());
                stroke = c;
                width = 2 + 4 * Math.abs(l.share());
                fill = c;
            }
            if (l.selected()) {
                width += 2.5;
            }
            set(line.strokeProperty(), stroke);
            set(line.strokeWidthProperty(), width);
            set(line.getStrokeDashArray(), fresh.getStrokeDashArray());
            List<Double> corners = new ArrayList<>(6);
            for (Pt p : g.arrow()) {
                corners.add(p.x());
                corners.add(p.y());
            }
            set(head.getPoints(), corners);
            set(head.fillProperty(), fill);
            drawLeader(GlyphShapes.leader(g));
            drawLabel(g, l);
        }

        private void drawLeader(Line fresh) {
            if (fresh == null) {
                leader = null;
                return;
            }
            if (leader == null) {
                leader = fresh;
                return;
            }
            set(leader.startXProperty(), fresh.getStartX());
            set(leader.startYProperty(), fresh.getStartY());
            set(leader.endXProperty(), fresh.getEndX());
            set(leader.endYProperty(), fresh.getEndY());
            set(leader.strokeProperty(), fresh.getStroke());
        }

        private void drawLabel(EdgeGlyph g, EdgeLook l) {
            LabelGlyph lg = g.label();
            if (lg == null) {
                name = null;
                fontSize = Double.NaN;
                return;
            }
            if (name == null) {
                name = new Label();
                name.setAlignment(Pos.CENTER);
                name.setId("edge-label-" + cellIndex + "-" + from + "-" + to + suffix());
                name.setOnMousePressed(press);
                name.setOnMouseEntered(hover);
                Tooltip.install(name, tooltip);
            }
            name.setText(lg.text());
            String style = l.selected() ? "edge-label-selected" : "edge-label";
            if (!name.getStyleClass().contains(style)) {
                name.getStyleClass().removeAll("edge-label", "edge-label-selected");
                name.getStyleClass().add(style);
            }
            if (lg.font() != fontSize) { // the stylesheet's size wins, and setting the font again restyles the label
                fontSize = lg.font();
                name.setFont(Font.font(lg.font()));
            }
            set(name.textFillProperty(), l.tinted() ? Palette.diverging(l.share()).darker() : GlyphShapes.colour(SheetSvg.labelInk(g)));
            Box b = lg.box();
            set(name.layoutXProperty(), b.minX());
            set(name.layoutYProperty(), b.minY());
            name.setMinSize(b.width(), b.height());
            name.setPrefSize(b.width(), b.height());
            name.setMaxSize(b.width(), b.height());
        }
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

    /**
     * The shapes of one node, made anew when its glyph or place changes and restyled in place when only its
     * selection does; its handlers read the cell as it is when they run.
     */
    private final class NodeView {

        final NodeGlyph glyph;
        final Point2D at;
        final NodeRole role;
        final Group group;
        final Shape shape;
        boolean selected;

        NodeView(NodeGlyph glyph, Point2D at, NodeRole role) {
            this.glyph = glyph;
            this.at = at;
            this.role = role;
            int v = glyph.node();
            shape = GlyphShapes.outline(glyph);
            shape.getStyleClass().add("node-outline");
            Group p = new Group(shape);
            group = p;
            p.getChildren().addAll(GlyphShapes.texts(glyph));
            p.setId("node-" + cellIndex + "-" + v);
            Tooltip.install(p, tooltip);
            p.setOnMouseEntered(ev -> {
                if (vm.getScores() != null) {
                    tooltip.setText(glyph.title() + "\nentropy change ½·ln v = "
                            + Palette.entropy(vm.getScores().cells().get(cellIndex).nodeEntropy(v)));
                }
            });
            double w = 2 * glyph.halfWidth();
            if (role != NodeRole.OUTPUT) {
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
                    int target = nodeAt(vm.cell(cellIndex), content.sceneToLocal(ev.getSceneX(), ev.getSceneY()));
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
                    opMenu(vm.cell(cellIndex), false).show(p, ev.getScreenX(), ev.getScreenY());
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
                    // the moved node is drawn anew at its new place; a refused move leaves it where it was
                    p.setTranslateX(0);
                    p.setTranslateY(0);
                    vm.moveNode(cellIndex, v, new NodePosition(at.getX() + q.getX() - drag[0], at.getY() + q.getY() - drag[1]));
                }
                ev.consume();
            });
        }

        /** The selected node's orange outline, or its own. */
        void select(boolean on) {
            if (on == selected) {
                return;
            }
            selected = on;
            if (on) {
                shape.setStroke(Color.web("#e8590c"));
                shape.setStrokeWidth(4);
                shape.getStyleClass().add("selected");
            } else {
                shape.setStroke(GlyphShapes.colour(SheetSvg.outline(glyph)));
                shape.setStrokeWidth(2);
                shape.getStyleClass().remove("selected");
            }
        }
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
