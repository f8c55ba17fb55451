package io.github.sedexplorer.ui.whatif;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.ui.editor.Palette;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel.Standing;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel.WhatIf;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The distribution of SED over a whole enumerable space (NB201: 15,625 cells; TransNAS micro:
 * 4,096), with the editor's cell placed in it: its rank and percentile, live as it is edited.
 * Needs no data: the view-model scores the whole space on the fly; this draws its sorted scores.
 */
final class SpaceHistogram extends VBox {

    private static final int BINS = 60;

    private final WhatIfViewModel vm;
    private final Canvas canvas = new Canvas(640, 240);
    private final Label rank = new Label();

    SpaceHistogram(WhatIfViewModel vm) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(12));
        Label title = new Label("Where the cell stands in its space");
        title.getStyleClass().add("panel-title");
        rank.setId("spaceRank");
        rank.setWrapText(true);
        Pane holder = new Pane(canvas);
        holder.setMinHeight(240);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        getChildren().addAll(title, rank, holder);
        vm.resultProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        WhatIf w = vm.result();
        if (w == null) {
            return;
        }
        SearchSpace space = w.document().architecture().space();
        Standing st = w.standing();
        if (st == null) {
            rank.setText(space.displayName() + " is too large to enumerate: the histogram covers NAS-Bench-201 (15,625 cells) "
                    + "and TransNAS-Bench-101 micro (4,096 cells).");
        } else {
            int c = w.model().opEntropy().channels();
            rank.setText(String.format(Locale.ROOT, "%s %s: rank %,d of %,d%s · scores at least as high as %.2f %% of the space (%s, C = %d)",
                    w.model().id(), Palette.score(w.score()), st.rank(), st.size(),
                    st.tied() > 1 ? String.format(Locale.ROOT, " (tied with %,d other cells)", st.tied() - 1) : "",
                    st.percentile(), space.displayName(), c));
        }
        draw();
    }

    private void draw() {
        WhatIf shown = vm.result();
        double[] sorted = shown == null ? new double[0] : shown.sortedScores();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (sorted.length == 0 || w < 100) {
            return;
        }
        int disconnected = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : sorted) {
            if (v == Double.NEGATIVE_INFINITY) {
                disconnected++;
            } else {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        int[] counts = new int[BINS];
        double span = Math.max(1e-9, max - min);
        for (double v : sorted) {
            if (v != Double.NEGATIVE_INFINITY) {
                counts[Math.min(BINS - 1, (int) ((v - min) / span * BINS))]++;
            }
        }
        int top = disconnected;
        for (int c : counts) {
            top = Math.max(top, c);
        }
        double left = 70;
        double strip = 40;
        double right = w - 16;
        double base = h - 34;
        double plotH = base - 12;
        g.setFill(Color.web("#9ca3af"));
        double dh = plotH * disconnected / top;
        g.fillRect(8, base - dh, strip - 10, dh);
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(11));
        g.fillText("disc.", 8, base + 14);
        double bw = (right - left) / BINS;
        g.setFill(Color.web("#1f6fd1"));
        for (int b = 0; b < BINS; b++) {
            double bh = plotH * counts[b] / top;
            g.fillRect(left + b * bw, base - bh, Math.max(1, bw - 1), bh);
        }
        g.setStroke(Color.web("#d0d7de"));
        g.strokeLine(left, base + 0.5, right, base + 0.5);
        g.setFill(Color.web("#57606a"));
        g.fillText(String.format(Locale.ROOT, "%.2f", min), left, base + 14);
        g.fillText(String.format(Locale.ROOT, "%.2f", max), right - 36, base + 14);
        g.fillText(String.format(Locale.ROOT, "%,d cells", top), 8 + strip, 14);
        if (shown != null) {
            double x = shown.score() == Double.NEGATIVE_INFINITY ? 8 + (strip - 10) / 2
                    : left + (shown.score() - min) / span * (right - left);
            g.setStroke(Color.web("#e8590c"));
            g.setLineWidth(2.5);
            g.strokeLine(x, 8, x, base);
            g.setLineWidth(1);
            g.setFill(Color.web("#e8590c"));
            g.fillText("this cell", Math.min(x + 4, right - 50), 22);
        }
    }
}
