package io.github.sedexplorer.ui.controls;

import io.github.sedexplorer.ui.controls.LabStyle;

import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A proxy's Kendall τ as a horizontal bar, against the noise ceiling: the τ between two training runs
 * of the same cells, which no proxy can be expected to beat. Top row: the bar with the sentence
 * "τ 0.707 = 78 % of ceiling" on it; bottom row: "ceiling 0.905" beside a dashed tick.
 *
 * <p>The scale is 0..1 while τ and the ceiling are ≥ 0. A negative τ (or ceiling) switches it to
 * −1..1 with 0 in the middle, and the bar runs leftwards from 0 in another colour, so a proxy that
 * ranks backwards looks backwards rather than empty. Values beyond ±1 are clamped. FX thread only.
 */
public final class TauGauge extends Region {

    static final double TRACK_H = 15;
    private static final String CEILING_MEANING =
            "ceiling: the \u03c4 between two training runs of the same cells; no proxy can be expected to beat it";

    private final Canvas canvas = new Canvas();
    private final Font font = Font.font(LabStyle.TICK_FONT);
    private final Font small = Font.font(LabStyle.SMALL_FONT);
    private final Tooltip tooltip = new Tooltip();
    private double tau = Double.NaN;
    private double ceiling = Double.NaN;
    /** The rows each τ was computed on; 0 = not said. */
    private int tauRows;
    private int ceilingRows;

    public TauGauge() {
        getStyleClass().add("tau-gauge");
        setPrefSize(220, 26);
        setMinSize(120, 26);
        setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(canvas);
        Tooltip.install(this, tooltip);
        update();
    }

    /** The proxy's τ; NaN = not known yet. */
    public void setTau(double tau) {
        setTau(tau, 0);
    }

    /**
     * The proxy's τ on {@code rows} rows. Its share of the ceiling is given only when both are on as many rows (pass
     * the proxy's τ on the ceiling's rows, {@code bench.Ceiling#onCeilingRows}); otherwise both counts are shown.
     */
    public void setTau(double tau, int rows) {
        this.tau = tau;
        this.tauRows = rows;
        update();
    }

    public double getTau() {
        return tau;
    }

    /** The noise ceiling τ; NaN = none (no tick, no percentage). */
    public void setCeiling(double ceiling) {
        setCeiling(ceiling, 0);
    }

    /** The noise ceiling τ on {@code rows} rows; NaN = none. */
    public void setCeiling(double ceiling, int rows) {
        this.ceiling = ceiling;
        this.ceilingRows = rows;
        update();
    }

    public double getCeiling() {
        return ceiling;
    }

    /** What the gauge says, also its accessible text: "τ 0.707 = 78 % of ceiling", "τ 0.707", … */
    public String text() {
        return describe(tau, tauRows, ceiling, ceilingRows);
    }

    /**
     * The gauge's sentence. The share of the ceiling is given only when τ ≥ 0 and the ceiling is
     * above 0; otherwise the ceiling is named in brackets. NaN τ reads "τ not available".
     */
    public static String describe(double tau, double ceiling) {
        return describe(tau, 0, ceiling, 0);
    }

    /**
     * The sentence for a τ and a ceiling on given numbers of rows (0 = not said): a τ on other rows than the ceiling's
     * is no share of it, so both counts are said instead, "τ 0.707 on 15,625 rows · ceiling on 13,400".
     */
    public static String describe(double tau, int tauRows, double ceiling, int ceilingRows) {
        if (Double.isFinite(tau) && Double.isFinite(ceiling) && tauRows > 0 && ceilingRows > 0 && tauRows != ceilingRows) {
            return String.format(Locale.ROOT, "\u03c4 %s on %,d rows \u00b7 ceiling on %,d", LabStyle.tau(tau), tauRows, ceilingRows);
        }
        boolean hasCeiling = Double.isFinite(ceiling);
        if (!Double.isFinite(tau)) {
            return "\u03c4 not available" + (hasCeiling ? " (ceiling " + LabStyle.tau(ceiling) + ")" : "");
        }
        String t = "\u03c4 " + LabStyle.tau(tau);
        if (!hasCeiling) {
            return t;
        }
        if (tau >= 0 && ceiling > 0) {
            return t + String.format(Locale.ROOT, " = %d %% of ceiling", Math.round(100 * tau / ceiling));
        }
        return t + " (ceiling " + LabStyle.tau(ceiling) + ")";
    }

    /** The left end of the scale: −1 when τ or the ceiling is negative, else 0. */
    double scaleMin() {
        return tau < 0 || ceiling < 0 ? -1 : 0;
    }

    /** Pixel column of a τ on the current scale (clamped to it). */
    double xOf(double v) {
        double lo = scaleMin();
        double c = Math.max(lo, Math.min(1, v));
        return 1 + (c - lo) / (1 - lo) * (canvas.getWidth() - 2);
    }

    @Override
    protected void layoutChildren() {
        if (CanvasFit.fit(canvas, getWidth(), getHeight())) {
            draw();
        }
    }

    private void update() {
        String s = text();
        setAccessibleText(s);
        String rows = tauRows > 0 && tauRows == ceilingRows
                ? String.format(Locale.ROOT, "\nboth on the same %,d rows (the rows where both runs have a value)", tauRows) : "";
        tooltip.setText(Double.isFinite(ceiling) ? s + rows + "\n" + CEILING_MEANING : s);
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 4) {
            return;
        }
        g.setFill(Color.web(LabStyle.GRID));
        g.fillRect(0, 0, w, TRACK_H);
        if (Double.isFinite(tau)) {
            double zero = xOf(0);
            double x = xOf(tau);
            g.setFill(Color.web(tau < 0 ? LabStyle.BAR_NEGATIVE : LabStyle.BAR_POSITIVE));
            g.fillRect(Math.min(zero, x), 1, Math.abs(x - zero), TRACK_H - 2);
        }
        g.setLineWidth(1);
        g.setStroke(Color.web(LabStyle.BORDER));
        g.strokeRect(0.5, 0.5, w - 1, TRACK_H - 1);
        if (scaleMin() < 0) {
            g.setStroke(Color.web(LabStyle.FRAME));
            double z = Math.round(xOf(0)) + 0.5;
            g.strokeLine(z, 0, z, TRACK_H);
        }
        g.setFill(Color.web(LabStyle.TEXT));
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text(), 5, TRACK_H / 2, w - 10);
        if (Double.isFinite(ceiling)) {
            double x = Math.round(xOf(ceiling)) + 0.5;
            g.setStroke(Color.web(LabStyle.TEXT));
            g.setLineCap(StrokeLineCap.BUTT);
            g.setLineDashes(3, 2);
            g.strokeLine(x, 0, x, h);
            g.setLineDashes((double[]) null);
            g.setFill(Color.web(LabStyle.MUTED));
            g.setFont(small);
            boolean leftOfTick = x > w / 2;
            g.setTextAlign(leftOfTick ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.fillText("ceiling " + LabStyle.tau(ceiling), leftOfTick ? x - 4 : x + 4, TRACK_H + (h - TRACK_H) / 2 + 0.5);
        }
    }
}
