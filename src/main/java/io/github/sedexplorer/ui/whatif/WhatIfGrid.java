package io.github.sedexplorer.ui.whatif;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.ui.editor.Palette;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel.Square;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel.WhatIf;

import java.util.List;
import java.util.Locale;

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
 * below. Click a square to apply that change (an ordinary, undoable edit). Draws its view-model's squares.
 */
final class WhatIfGrid extends VBox {

    private final WhatIfViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label title = new Label("What if one operation changed?");

    WhatIfGrid(WhatIfViewModel vm) {
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
        vm.resultProperty().addListener((o, was, now) -> rebuild(now));
        rebuild(vm.result());
    }

    private void rebuild(WhatIf w) {
        grid.getChildren().clear();
        if (w == null) {
            return;
        }
        title.setText(String.format(Locale.ROOT, "What if one operation changed?  (now %s %s)", w.model().id(), Palette.score(w.score())));
        draw(w.document().architecture(), w.squares(), w.score());
    }

    private void draw(Architecture arch, List<Square> squares, double now) {
        SearchSpace space = arch.space();
        List<Op> ops = space.ops();
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
            String key = q.cell() + ":" + q.from() + ":" + q.to() + ":" + q.rank() + ":" + q.node();
            if (!key.equals(lastKey)) {
                lastKey = key;
                row++;
                col = 0;
                String name = (arch.cells().size() > 1 ? arch.cellName(q.cell()) + " " : "")
                        + (q.node() >= 0 ? "node " + NodeNames.of(arch.cells().get(q.cell()), q.node())
                        : NodeNames.edge(arch.cells().get(q.cell()), q.from(), q.to()) + (q.rank() > 0 ? " (2nd)" : ""));
                Label l = new Label(name);
                l.setMinWidth(90);
                grid.add(l, 0, row);
            }
            grid.add(square(space, q, now, spread), ++col, row);
        }
    }

    private StackPane square(SearchSpace space, Square q, double now, double spread) {
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
        p.setId("whatif-" + q.cell() + "-" + (q.node() >= 0 ? "n" + q.node() : q.from() + "-" + q.to() + (q.rank() > 0 ? "-" + q.rank() : "")) + "-"
                + space.opName(q.op()));
        Tooltip.install(p, new Tooltip(q.current() ? "the current operation" : Double.isNaN(q.score()) ? "the space refuses this change"
                : "click: make this change (" + Palette.score(q.score()) + ")"));
        p.setOnMouseClicked(e -> vm.apply(q));
        return p;
    }
}
