package io.github.sedexplorer.ui.lab;

import io.github.sedexplorer.ui.controls.LabStyle;

import java.util.List;
import java.util.function.ToDoubleFunction;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws the sensitivity plot: grid, axes, the current-C marker, the curves, their dots at C, the legend. */
final class SensitivityPainter {

    static final double LINE = 2;
    static final double LINE_HIGHLIGHTED = 4;
    static final double DOT = 4.5;
    private static final double ROW = 16;

    private final Font tickFont = Font.font(LabStyle.TICK_FONT);
    private final Font boldFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, LabStyle.TICK_FONT);
    private final Font titleFont = Font.font(LabStyle.TITLE_FONT);

    void paint(GraphicsContext g, double w, double h, PlotAxes a, List<SensitivityPlot.Curve> curves, String highlighted,
               int current, double legendX, double legendW, ToDoubleFunction<String> measure) {
        g.setFill(Color.web(LabStyle.BACKGROUND));
        g.fillRect(0, 0, w, h);
        if (curves.isEmpty()) {
            return;
        }
        grid(g, a);
        ticks(g, a, h);
        if (current > 0) {
            g.setStroke(Color.web(LabStyle.CURRENT));
            g.setLineWidth(2);
            double x = Math.round(a.px(current));
            g.strokeLine(x, a.plotY(), x, a.plotY() + a.plotH());
        }
        g.save();
        g.beginPath();
        g.rect(a.plotX(), a.plotY(), a.plotW(), a.plotH());
        g.clip();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        int top = -1;
        for (int i = 0; i < curves.size(); i++) {
            if (curves.get(i).label().equals(highlighted)) {
                top = i;
            } else {
                curve(g, a, curves.get(i), i, LINE);
            }
        }
        if (top >= 0) {
            curve(g, a, curves.get(top), top, LINE_HIGHLIGHTED);
        }
        g.restore();
        if (current > 0) {
            dots(g, a, curves, current);
            g.setFill(Color.web(LabStyle.TEXT));
            g.setFont(tickFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            String label = "C = " + current;
            double half = measure.applyAsDouble(label) / 2;
            double x = Math.max(half + 2, Math.min(w - half - 2, a.px(current)));
            g.fillText(label, x, a.plotY() - 5);
        }
        legend(g, a, curves, highlighted, legendX, legendW, measure);
    }

    private static double snap(double v) {
        return Math.round(v) + 0.5;
    }

    private static void grid(GraphicsContext g, PlotAxes a) {
        g.setLineWidth(1);
        g.setStroke(Color.web(LabStyle.GRID));
        for (int c : PlotAxes.channelTicks()) {
            double x = snap(a.px(c));
            g.strokeLine(x, a.plotY(), x, a.plotY() + a.plotH());
        }
        for (double t : a.tauTicks()) {
            double y = snap(a.py(t));
            g.setStroke(Color.web(t == 0 ? LabStyle.FRAME : LabStyle.GRID)); // τ = 0: no better than chance
            g.strokeLine(a.plotX(), y, a.plotX() + a.plotW(), y);
        }
        g.setStroke(Color.web(LabStyle.FRAME));
        g.strokeRect(snap(a.plotX()), snap(a.plotY()), Math.round(a.plotW()), Math.round(a.plotH()));
    }

    private void ticks(GraphicsContext g, PlotAxes a, double h) {
        double bottom = a.plotY() + a.plotH();
        g.setStroke(Color.web(LabStyle.FRAME));
        g.setFill(Color.web(LabStyle.TEXT));
        g.setFont(tickFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        boolean sparse = a.plotW() / 10 < 30; // "1024" needs about 26 px: label every other octave
        int[] ticks = PlotAxes.channelTicks();
        for (int i = 0; i < ticks.length; i++) {
            double x = snap(a.px(ticks[i]));
            g.strokeLine(x, bottom, x, bottom + 5);
            if (!sparse || i % 2 == 0) {
                g.fillText(Integer.toString(ticks[i]), x, bottom + 8);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double step = a.tauStep();
        for (double t : a.tauTicks()) {
            double y = snap(a.py(t));
            g.strokeLine(a.plotX() - 5, y, a.plotX(), y);
            g.fillText(PlotAxes.tickLabel(t, step), a.plotX() - 8, y);
        }
        g.setFont(titleFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("channels C (log\u2082 scale)", a.plotX() + a.plotW() / 2, h - 4);
        g.save();
        g.translate(4 + LabStyle.TITLE_FONT / 2, a.plotY() + a.plotH() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("Kendall \u03c4", 0, 0);
        g.restore();
    }

    private static void style(GraphicsContext g, int i, double width) {
        g.setStroke(Color.web(LabStyle.colour(i)));
        g.setFill(Color.web(LabStyle.colour(i)));
        g.setLineWidth(width);
        double[] d = LabStyle.dashes(i);
        g.setLineDashes(d.length == 0 ? null : d);
    }

    /** The curve as polylines broken at NaN; a point with gaps on both sides is drawn as a dot. */
    private static void curve(GraphicsContext g, PlotAxes a, SensitivityPlot.Curve c, int i, double width) {
        style(g, i, width);
        int[] ch = c.channels();
        double[] tau = c.tau();
        int run = 0;
        for (int k = 0; k <= ch.length; k++) {
            boolean ok = k < ch.length && Double.isFinite(tau[k]);
            if (ok) {
                double x = a.px(ch[k]);
                double y = a.py(tau[k]);
                if (run == 0) {
                    g.beginPath();
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
                run++;
            } else if (run > 0) {
                if (run == 1) {
                    double x = a.px(ch[k - 1]);
                    double y = a.py(tau[k - 1]);
                    g.fillOval(x - width, y - width, 2 * width, 2 * width);
                } else {
                    g.stroke();
                }
                run = 0;
            }
        }
        g.setLineDashes((double[]) null);
    }

    private static void dots(GraphicsContext g, PlotAxes a, List<SensitivityPlot.Curve> curves, int current) {
        double x = a.px(current);
        g.setLineWidth(1.5);
        g.setStroke(Color.WHITE);
        for (int i = 0; i < curves.size(); i++) {
            double t = curves.get(i).tauAt(current);
            if (Double.isFinite(t) && t >= a.tauMin() && t <= a.tauMax()) {
                double y = a.py(t);
                g.setFill(Color.web(LabStyle.colour(i)));
                g.fillOval(x - DOT, y - DOT, 2 * DOT, 2 * DOT);
                g.strokeOval(x - DOT, y - DOT, 2 * DOT, 2 * DOT);
            }
        }
    }

    /** One row per curve right of the plot: a line sample in its colour and dash, then the label (ellipsised). */
    private void legend(GraphicsContext g, PlotAxes a, List<SensitivityPlot.Curve> curves, String highlighted,
                        double x, double width, ToDoubleFunction<String> measure) {
        int rows = (int) Math.max(1, Math.floor(a.plotH() / ROW));
        int shown = curves.size() <= rows ? curves.size() : rows - 1;
        double textX = x + SensitivityPlot.LEGEND_SAMPLE + 6;
        double textW = width - SensitivityPlot.LEGEND_SAMPLE - 6;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineCap(StrokeLineCap.BUTT);
        for (int i = 0; i < shown; i++) {
            SensitivityPlot.Curve c = curves.get(i);
            boolean bold = c.label().equals(highlighted);
            double y = a.plotY() + ROW / 2 + i * ROW;
            style(g, i, bold ? LINE_HIGHLIGHTED : LINE);
            g.strokeLine(x, y, x + SensitivityPlot.LEGEND_SAMPLE, y);
            g.setLineDashes((double[]) null);
            g.setFill(Color.web(LabStyle.TEXT));
            g.setFont(bold ? boldFont : tickFont);
            // measure uses the regular font; bold runs about 10 % wider
            g.fillText(LabStyle.fit(c.label(), bold ? textW * 0.9 : textW, measure), textX, y);
        }
        if (shown < curves.size()) {
            g.setFill(Color.web(LabStyle.MUTED));
            g.setFont(tickFont);
            g.fillText(LabStyle.fit("+ " + (curves.size() - shown) + " more (hover to read)", width, measure), x,
                    a.plotY() + ROW / 2 + shown * ROW);
        }
    }
}
