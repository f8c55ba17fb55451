package io.github.sedexplorer.ui.whatif;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Palette;
import io.github.sedexplorer.ui.editor.Scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * What if one operation changed? For the editor's cell, every (edge or NB101 node) × (allowed op)
 * single change with the SED it would give, as a heat map: orange above the current score, blue
 * below. Click a square to apply that change (an ordinary, undoable edit).
 */
public final class WhatIfGrid extends VBox {

    /** One square: which element, which op, and the score the change would give (NaN: the space refuses it). */
    public record Square(int cell, int from, int to, int node, Op op, double score, boolean current) {
    }

    private final EditorViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label title = new Label("What if one operation changed?");
    private final List<Square> squares = new ArrayList<>();

    public WhatIfGrid(EditorViewModel vm, ObservableBooleanValue shown) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(12));
        title.getStyleClass().add("panel-title");
        Label hint = new Label("Each square is the cell with one change: rows are edges (nodes in NAS-Bench-101), columns "
                + "operations. Orange raises SED above the current score, blue lowers it; the ring marks the current "
                + "operation; grey squares are changes the space refuses. Click a square to make that change (Ctrl+Z undoes it).");
        hint.setWrapText(true);
        hint.getStyleClass().add("note");
        grid.setHgap(3);
        grid.setVgap(3);
        grid.setId("whatIfGrid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        getChildren().addAll(title, hint, scroll);
        WhenShown refresh = new WhenShown(shown, this::rebuild);
        vm.scoresProperty().addListener((o, a, b) -> refresh.request());
        refresh.request();
    }

    /** The squares as last computed (for tests and exports). */
    public List<Square> squares() {
        return List.copyOf(squares);
    }

    private void rebuild() {
        Scores s = vm.getScores();
        CellDocument doc = vm.getDocument();
        grid.getChildren().clear();
        squares.clear();
        if (s == null || doc == null) {
            return;
        }
        Architecture arch = doc.architecture();
        SearchSpace space = arch.space();
        List<Op> ops = space.ops();
        SedModel model = s.model();
        for (int c = 0; c < arch.cells().size(); c++) {
            Cell cell = arch.cells().get(c);
            for (int i = 0; i < cell.edgeCount(); i++) {
                Edge e = cell.edge(i);
                if (space.nodeLabelled() || space == SearchSpace.DARTS && cell.node(e.to()).role() == NodeRole.OUTPUT) {
                    continue;
                }
                for (Op op : ops) {
                    squares.add(new Square(c, e.from(), e.to(), -1, op, scoreWith(arch, c, cell, e, -1, op, model), op.equals(e.op())));
                }
            }
            if (space.nodeLabelled()) {
                for (int v = 0; v < cell.nodeCount(); v++) {
                    if (cell.node(v).role() == NodeRole.INTERMEDIATE) {
                        for (Op op : ops) {
                            squares.add(new Square(c, -1, -1, v, op, scoreWith(arch, c, cell, null, v, op, model), op.equals(cell.node(v).op())));
                        }
                    }
                }
            }
        }
        title.setText(String.format(Locale.ROOT, "What if one operation changed?  (now %s %s)", model.id(), Palette.score(s.total())));
        draw(arch, ops, s.total());
    }

    private static double scoreWith(Architecture arch, int c, Cell cell, Edge e, int node, Op op, SedModel model) {
        try {
            Cell changed = e != null ? cell.withEdgeOp(cell.edgeIndex(e.from(), e.to()), op) : CellEdits.setNodeOp(cell, node, op);
            List<Cell> cells = new ArrayList<>(arch.cells());
            cells.set(c, changed);
            return model.score(new Architecture(arch.space(), cells));
        } catch (SedException refused) {
            return Double.NaN;
        }
    }

    private void draw(Architecture arch, List<Op> ops, double now) {
        SearchSpace space = arch.space();
        for (int k = 0; k < ops.size(); k++) {
            Label h = new Label(space.opName(ops.get(k)));
            h.getStyleClass().add("note");
            h.setRotate(0);
            grid.add(h, k + 1, 0);
        }
        double spread = 1e-9;
        for (Square q : squares) {
            if (Double.isFinite(q.score()) && Double.isFinite(now)) {
                spread = Math.max(spread, Math.abs(q.score() - now));
            }
        }
        int row = 0;
        int col = 0;
        String lastKey = null;
        for (Square q : squares) {
            String key = q.cell() + ":" + q.from() + ":" + q.to() + ":" + q.node();
            if (!key.equals(lastKey)) {
                lastKey = key;
                row++;
                col = 0;
                String name = (arch.cells().size() > 1 ? arch.cellName(q.cell()) + " " : "")
                        + (q.node() >= 0 ? "node " + q.node() : q.from() + "→" + q.to());
                Label l = new Label(name);
                l.setMinWidth(90);
                grid.add(l, 0, row);
            }
            grid.add(square(q, now, spread), ++col, row);
        }
    }

    private StackPane square(Square q, double now, double spread) {
        Rectangle r = new Rectangle(92, 30);
        r.setArcWidth(6);
        r.setArcHeight(6);
        Label value = new Label(Double.isNaN(q.score()) ? "refused" : Palette.score(q.score()).replace("disconnected", "disc."));
        value.getStyleClass().add("whatif-value");
        if (Double.isNaN(q.score())) {
            r.setFill(Color.web("#eef0f2"));
        } else if (!Double.isFinite(q.score())) {
            r.setFill(Color.web("#d0d7de"));
        } else {
            double t = Double.isFinite(now) ? (q.score() - now) / spread : 1;
            r.setFill(Palette.diverging(t).interpolate(Color.WHITE, 0.35));
        }
        if (q.current()) {
            r.setStroke(Color.web("#24292f"));
            r.setStrokeWidth(2.5);
        }
        StackPane p = new StackPane(r, value);
        p.setAlignment(Pos.CENTER);
        p.setId("whatif-" + q.cell() + "-" + (q.node() >= 0 ? "n" + q.node() : q.from() + "-" + q.to()) + "-"
                + vm.getDocument().architecture().space().opName(q.op()));
        Tooltip.install(p, new Tooltip(q.current() ? "the current operation" : Double.isNaN(q.score()) ? "the space refuses this change"
                : "click: make this change (" + Palette.score(q.score()) + ")"));
        p.setOnMouseClicked(e -> apply(q));
        return p;
    }

    private void apply(Square q) {
        if (q.current() || Double.isNaN(q.score())) {
            return;
        }
        vm.selectionProperty().set(q.node() >= 0
                ? io.github.sedexplorer.ui.editor.Selection.node(q.cell(), q.node())
                : io.github.sedexplorer.ui.editor.Selection.edge(q.cell(), q.from(), q.to()));
        vm.applyOp(q.op());
    }
}
