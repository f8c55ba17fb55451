package io.github.sedexplorer.ui.whatif;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Palette;
import io.github.sedexplorer.ui.editor.Scores;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The distribution of SED over a whole enumerable space (NB201: 15,625 cells; TransNAS micro:
 * 4,096), with the editor's cell placed in it: its rank and percentile, live as it is edited.
 * Needs no data: the whole space is scored on the fly (a few ms).
 */
public final class SpaceHistogram extends VBox {

    private static final int BINS = 60;
    private static final Map<SearchSpace, List<Cell>> CELLS = new HashMap<>();

    private final EditorViewModel vm;
    private final Canvas canvas = new Canvas(640, 240);
    private final Label rank = new Label();
    private String scoredFor = "";
    private double[] sorted = new double[0];

    public SpaceHistogram(EditorViewModel vm, ObservableBooleanValue shown) {
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
        WhenShown refresh = new WhenShown(shown, this::update);
        vm.scoresProperty().addListener((o, a, b) -> refresh.request());
        refresh.request();
    }

    /** Rank of a score in the space (1 = best), how many cells tie with it, and the space's size. */
    public record Standing(int rank, int tied, int size) {
        /** Share of the space that scores at most this much, in percent. */
        public double percentile() {
            return 100.0 * (size - rank + 1) / size;
        }
    }

    /** The editor cell's standing, or null when its space is not enumerable. */
    public Standing standing() {
        Scores s = vm.getScores();
        if (s == null || sorted.length == 0) {
            return null;
        }
        double x = s.total();
        int above = 0;
        int tied = 0;
        for (double v : sorted) {
            if (same(v, x)) {
                tied++;
            } else if (v > x) {
                above++;
            }
        }
        return new Standing(above + 1, tied, sorted.length);
    }

    private static boolean same(double a, double b) {
        return a == b || Double.isFinite(a) && Double.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private void update() {
        Scores s = vm.getScores();
        if (s == null) {
            return;
        }
        Architecture a = vm.getDocument().architecture();
        SearchSpace space = a.space();
        if (!SpaceEnumerator.enumerable(space)) {
            sorted = new double[0];
            scoredFor = "";
            rank.setText(space.displayName() + " is too large to enumerate: the histogram covers NAS-Bench-201 (15,625 cells) "
                    + "and TransNAS-Bench-101 micro (4,096 cells).");
            draw();
            return;
        }
        String key = space.id() + "|" + s.model().id() + "|" + s.model().opEntropy().channels();
        if (!key.equals(scoredFor)) {
            SedModel m = s.model();
            List<Cell> cells = CELLS.computeIfAbsent(space, SpaceEnumerator::cells);
            double[] scores = new double[cells.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = m.score(cells.get(i));
            }
            Arrays.sort(scores);
            sorted = scores;
            scoredFor = key;
        }
        Standing st = standing();
        rank.setText(String.format(Locale.ROOT, "%s %s: rank %,d of %,d%s · scores at least as high as %.2f %% of the space (%s, C = %d)",
                s.model().id(), Palette.score(s.total()), st.rank(), st.size(),
                st.tied() > 1 ? String.format(Locale.ROOT, " (tied with %,d other cells)", st.tied() - 1) : "",
                st.percentile(), space.displayName(), s.model().opEntropy().channels()));
        draw();
    }

    private void draw() {
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
        g.setFont(javafx.scene.text.Font.font(11));
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
        Scores s = vm.getScores();
        if (s != null) {
            double x = s.total() == Double.NEGATIVE_INFINITY ? 8 + (strip - 10) / 2
                    : left + (s.total() - min) / span * (right - left);
            g.setStroke(Color.web("#e8590c"));
            g.setLineWidth(2.5);
            g.strokeLine(x, 8, x, base);
            g.setLineWidth(1);
            g.setFill(Color.web("#e8590c"));
            g.fillText("this cell", Math.min(x + 4, right - 50), 22);
        }
    }
}
