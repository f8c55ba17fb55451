package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.ui.controls.ChartStyle;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws one {@link Frame} onto a canvas: grid, density image, frames, ticks, titles, caption, legend, marker. */
final class CanvasPainter {

    private final Font tickFont = Font.font(Frame.TICK_FONT);
    private final Font titleFont = Font.font(Frame.TITLE_FONT);
    private final Font stripFont = Font.font(ChartStyle.STRIP_FONT);
    private WritableImage image;

    void paint(GraphicsContext g, Frame f, DensityBins bins, ChartText text, Marker marker) {
        g.setFill(Color.web(ChartStyle.BACKGROUND));
        g.fillRect(0, 0, f.width(), f.height());
        if (f.hasStrip()) {
            g.setFill(Color.web(ChartStyle.STRIP));
            g.fillRect(f.stripX(), f.plotY(), f.stripW(), f.plotH());
        }
        grid(g, f);
        points(g, f, bins);
        g.setStroke(Color.web(ChartStyle.FRAME));
        g.setLineWidth(1);
        g.strokeRect(snap(f.plotX()), snap(f.plotY()), Math.round(f.plotW()), Math.round(f.plotH()));
        if (f.hasStrip()) {
            g.strokeRect(snap(f.stripX()), snap(f.plotY()), Math.round(f.stripW()), Math.round(f.plotH()));
        }
        ticks(g, f);
        titles(g, f, text);
        legend(g, f, bins);
        marker(g, f, marker);
    }

    private static double snap(double v) {
        return Math.round(v) + 0.5;
    }

    private static void grid(GraphicsContext g, Frame f) {
        g.setStroke(Color.web(ChartStyle.GRID));
        g.setLineWidth(1);
        for (double t : f.xTicks()) {
            double x = snap(f.px(t));
            g.strokeLine(x, f.plotY(), x, f.plotY() + f.plotH());
        }
        for (double t : f.yTicks()) {
            double y = snap(f.py(t));
            g.strokeLine(f.plotX(), y, f.plotX() + f.plotW(), y);
        }
        if (f.hasStrip()) {
            for (double t : f.stripYTicks()) {
                double y = snap(f.stripY(t));
                g.strokeLine(f.stripX(), y, f.stripX() + f.stripW(), y);
            }
        }
    }

    private void points(GraphicsContext g, Frame f, DensityBins bins) {
        int w = bins.imageWidth();
        int h = bins.imageHeight();
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), bins.argb(), 0, w);
        g.save();
        g.beginPath();
        g.rect(f.plotX(), f.plotY(), f.plotW(), f.plotH());
        if (f.hasStrip()) {
            g.rect(f.stripX(), f.plotY(), f.stripW(), f.plotH());
        }
        g.clip();
        g.setImageSmoothing(false);
        g.drawImage(image, bins.originX, bins.originY);
        g.restore();
    }

    private void ticks(GraphicsContext g, Frame f) {
        double bottom = f.plotY() + f.plotH();
        g.setStroke(Color.web(ChartStyle.FRAME));
        g.setFill(Color.web(ChartStyle.TEXT));
        g.setFont(tickFont);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : f.xTicks()) {
            double x = snap(f.px(t));
            g.strokeLine(x, bottom, x, bottom + Frame.TICK);
            g.fillText(NiceTicks.label(t, f.xStep()), x, bottom + Frame.TICK + 3);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : f.yTicks()) {
            double y = snap(f.py(t));
            g.strokeLine(f.plotX() - Frame.TICK, y, f.plotX(), y);
            g.fillText(NiceTicks.label(t, f.yStep()), f.plotX() - Frame.TICK - 3, y);
        }
        if (f.hasStrip()) {
            g.setFill(Color.web(ChartStyle.MUTED)); // the strip's own scale, told apart from the plot's
            for (double t : f.stripYTicks()) {
                double y = snap(f.stripY(t));
                g.strokeLine(f.stripX() - Frame.TICK, y, f.stripX(), y);
                g.fillText(NiceTicks.label(t, f.stripYStep()), f.stripX() - Frame.TICK - 3, y);
            }
            g.setFont(stripFont);
            g.setFill(Color.web(ChartStyle.MUTED));
            g.setTextBaseline(VPos.TOP);
            g.fillText(ChartStyle.DISCONNECTED, f.stripX() + f.stripW(), bottom + Frame.TICK + 3);
        }
    }

    private void titles(GraphicsContext g, Frame f, ChartText text) {
        g.setFill(Color.web(ChartStyle.TEXT));
        g.setFont(titleFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text.xLabel(), f.plotX() + f.plotW() / 2, f.height() - 4);
        g.save();
        g.translate(4 + Frame.TITLE / 2, f.plotY() + f.plotH() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text.yLabel(), 0, 0);
        g.restore();
        if (!text.caption().isEmpty()) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(text.caption(), f.areaX(), f.captionBottom());
        }
    }

    /** A small colour bar top-right, beside the caption or on its own row below it: how many points the lightest and darkest discs stand for. */
    private void legend(GraphicsContext g, Frame f, DensityBins bins) {
        if (bins.max <= 1) {
            return;
        }
        double right = f.plotX() + f.plotW();
        double y = f.legendY();
        g.setFont(tickFont);
        g.setFill(Color.web(ChartStyle.MUTED));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        String max = Legend.maxLabel(bins.max, DensityBins.SPAN);
        g.fillText(max, right, y + 4);
        double barRight = right - 4 - Legend.width(max);
        double barLeft = barRight - ChartStyle.LEGEND_W;
        g.fillText(Legend.MIN_LABEL, barLeft - 4, y + 4);
        for (int i = 0; i < ChartStyle.LEGEND_W; i++) {
            g.setFill(Color.web(ChartStyle.hex(Legend.colourAt(i / (ChartStyle.LEGEND_W - 1), bins.max))));
            g.fillRect(barLeft + i, y, 1, 8);
        }
        g.setStroke(Color.web(ChartStyle.FRAME));
        g.strokeRect(snap(barLeft) - 1, snap(y) - 1, ChartStyle.LEGEND_W + 1, 9);
    }

    private static void marker(GraphicsContext g, Frame f, Marker m) {
        if (m == null || (m.x() == Double.NEGATIVE_INFINITY && !f.hasStrip())) {
            return;
        }
        double x = f.px(m.x());
        boolean xIn = m.x() == Double.NEGATIVE_INFINITY || (m.x() >= f.xmin() && m.x() <= f.xmax());
        if (!xIn) {
            return;
        }
        g.setStroke(Color.web(ChartStyle.MARKER));
        g.setLineCap(StrokeLineCap.BUTT);
        if (Double.isNaN(m.y())) {
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            g.strokeLine(x, f.plotY(), x, f.plotY() + f.plotH());
            g.setLineDashes();
            return;
        }
        if (!f.inView(m.x(), m.y())) {
            return;
        }
        double y = f.py(m.x(), m.y());
        for (double[] pass : new double[][] {{5, 0}, {2.5, 1}}) { // white halo first, then orange
            g.setStroke(pass[1] == 0 ? Color.WHITE : Color.web(ChartStyle.MARKER));
            g.setLineWidth(pass[0]);
            g.strokeOval(x - Marker.RING, y - Marker.RING, 2 * Marker.RING, 2 * Marker.RING);
            g.strokeLine(x - Marker.ARM, y, x - Marker.RING - 1, y);
            g.strokeLine(x + Marker.RING + 1, y, x + Marker.ARM, y);
            g.strokeLine(x, y - Marker.ARM, x, y - Marker.RING - 1);
            g.strokeLine(x, y + Marker.RING + 1, x, y + Marker.ARM);
        }
    }
}
