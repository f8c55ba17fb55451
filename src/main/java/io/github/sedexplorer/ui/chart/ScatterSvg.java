package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.ui.controls.ChartStyle;
import io.github.sedexplorer.picture.SvgText;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart as an SVG document, laid out by the same {@link Frame} as the canvas. Up to 20,000
 * points in view are written as translucent circles; above that the density bins are written
 * instead (4 × 4 px, coloured by their own count, one path per colour) so a million rows still make
 * a file of a few hundred KB.
 */
final class ScatterSvg {

    static final int MAX_CIRCLES = 20_000;
    private static final int SVG_CELL = 4;

    private ScatterSvg() {
    }

    static String write(Frame f, DensityBins bins, double[] x, double[] y, ChartText text, Marker marker) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(f.width()))
                .append("\" height=\"").append(num(f.height())).append("\" viewBox=\"0 0 ").append(num(f.width()))
                .append(' ').append(num(f.height())).append("\" font-family=\"").append(ChartStyle.FONT).append("\">\n");
        rect(b, 0, 0, f.width(), f.height(), " fill=\"" + ChartStyle.BACKGROUND + "\"");
        if (f.hasStrip()) {
            rect(b, f.stripX(), f.plotY(), f.stripW(), f.plotH(), " fill=\"" + ChartStyle.STRIP + "\"");
        }
        grid(b, f);
        // no clip-path: only points in view are written, and simple renderers ignore clipping anyway
        b.append("<g id=\"points\" stroke=\"none\"");
        int legendMax = 0;
        if (bins.inView <= MAX_CIRCLES) {
            circles(b, f, x, y);
        } else {
            legendMax = binRects(b, bins);
        }
        b.append("</g>\n");
        b.append("<g fill=\"none\" stroke=\"").append(ChartStyle.FRAME).append("\">");
        rect(b, f.plotX(), f.plotY(), f.plotW(), f.plotH(), "");
        if (f.hasStrip()) {
            rect(b, f.stripX(), f.plotY(), f.stripW(), f.plotH(), "");
        }
        b.append("</g>\n");
        ticks(b, f);
        titles(b, f, text);
        legend(b, f, legendMax);
        marker(b, f, marker);
        return b.append("</svg>\n").toString();
    }

    private static void grid(StringBuilder b, Frame f) {
        b.append("<g id=\"grid\" stroke=\"").append(ChartStyle.GRID).append("\">");
        for (double t : f.xTicks()) {
            line(b, f.px(t), f.plotY(), f.px(t), f.plotY() + f.plotH());
        }
        for (double t : f.yTicks()) {
            line(b, f.plotX(), f.py(t), f.plotX() + f.plotW(), f.py(t));
        }
        for (double t : f.hasStrip() ? f.stripYTicks() : new double[0]) {
            line(b, f.stripX(), f.stripY(t), f.stripX() + f.stripW(), f.stripY(t));
        }
        b.append("</g>\n");
    }

    private static void circles(StringBuilder b, Frame f, double[] x, double[] y) {
        b.append(" fill=\"").append(ChartStyle.POINT).append("\" fill-opacity=\"0.55\">");
        for (int i = 0; i < x.length; i++) {
            if (Frame.drawable(x[i], y[i]) && f.inView(x[i], y[i])) {
                b.append("<circle cx=\"").append(num(f.px(x[i]))).append("\" cy=\"").append(num(f.py(x[i], y[i])))
                        .append("\" r=\"2\"/>");
            }
        }
    }

    /** Merges the 2 px bins into 4 px ones and writes one path of squares per colour; returns the largest count. */
    private static int binRects(StringBuilder b, DensityBins bins) {
        int k = SVG_CELL / DensityBins.CELL;
        int cols = (bins.cols + k - 1) / k;
        int rows = (bins.rows + k - 1) / k;
        int[] merged = new int[cols * rows];
        int max = 0;
        for (int r = 0; r < bins.rows; r++) {
            for (int c = 0; c < bins.cols; c++) {
                int m = (r / k) * cols + c / k;
                merged[m] += bins.counts[r * bins.cols + c];
                max = Math.max(max, merged[m]);
            }
        }
        Map<Integer, StringBuilder> byColour = new TreeMap<>();
        for (int m = 0; m < merged.length; m++) {
            if (merged[m] > 0) {
                byColour.computeIfAbsent(DensityBins.colour(merged[m], max), c -> new StringBuilder())
                        .append('M').append(num(bins.originX + (m % cols) * SVG_CELL))
                        .append(' ').append(num(bins.originY + (m / cols) * SVG_CELL))
                        .append("h4v4h-4z");
            }
        }
        b.append('>');
        byColour.forEach((colour, d) -> b.append("<path fill=\"").append(ChartStyle.hex(colour)).append("\" d=\"")
                .append(d).append("\"/>\n"));
        return max;
    }

    private static void ticks(StringBuilder b, Frame f) {
        double bottom = f.plotY() + f.plotH();
        b.append("<g id=\"axes\" stroke=\"").append(ChartStyle.FRAME).append("\">");
        for (double t : f.xTicks()) {
            line(b, f.px(t), bottom, f.px(t), bottom + Frame.TICK);
        }
        for (double t : f.yTicks()) {
            line(b, f.plotX() - Frame.TICK, f.py(t), f.plotX(), f.py(t));
        }
        for (double t : f.hasStrip() ? f.stripYTicks() : new double[0]) {
            line(b, f.stripX() - Frame.TICK, f.stripY(t), f.stripX(), f.stripY(t));
        }
        b.append("</g>\n<g font-size=\"").append(num(Frame.TICK_FONT)).append("\" fill=\"").append(ChartStyle.TEXT)
                .append("\">");
        double labelY = bottom + Frame.TICK + 3 + Frame.TICK_FONT * 0.8;
        for (double t : f.xTicks()) {
            text(b, f.px(t), labelY, "middle", NiceTicks.label(t, f.xStep()), "");
        }
        for (double t : f.yTicks()) {
            text(b, f.plotX() - Frame.TICK - 3, f.py(t) + Frame.TICK_FONT * 0.35, "end",
                    NiceTicks.label(t, f.yStep()), "");
        }
        for (double t : f.hasStrip() ? f.stripYTicks() : new double[0]) {
            text(b, f.stripX() - Frame.TICK - 3, f.stripY(t) + Frame.TICK_FONT * 0.35, "end",
                    NiceTicks.label(t, f.stripYStep()), "");
        }
        b.append("</g>\n");
        if (f.hasStrip()) {
            text(b, f.stripX() + f.stripW(), bottom + Frame.TICK + 3 + ChartStyle.STRIP_FONT * 0.8, "end",
                    ChartStyle.DISCONNECTED, " font-size=\"" + num(ChartStyle.STRIP_FONT) + "\" fill=\""
                            + ChartStyle.MUTED + "\"");
            b.append('\n');
        }
    }

    private static void titles(StringBuilder b, Frame f, ChartText t) {
        String font = " font-size=\"" + num(Frame.TITLE_FONT) + "\" fill=\"" + ChartStyle.TEXT + "\"";
        text(b, f.plotX() + f.plotW() / 2, f.height() - 7, "middle", t.xLabel(), font);
        double cx = 4 + Frame.TITLE / 2 + Frame.TITLE_FONT * 0.35;
        double cy = f.plotY() + f.plotH() / 2;
        text(b, 0, 0, "middle", t.yLabel(), font + " transform=\"translate(" + num(cx) + ' ' + num(cy)
                + ") rotate(-90)\"");
        if (!t.caption().isEmpty()) {
            text(b, f.areaX(), f.captionBottom() - 3, "start", t.caption(), font.replace(" fill", " id=\"caption\" fill"));
        }
        b.append('\n');
    }

    /** The colour bar of the density bins; none when points are circles ({@code max} 0) or all bins hold one. */
    private static void legend(StringBuilder b, Frame f, int max) {
        if (max <= 1) {
            return;
        }
        double right = f.plotX() + f.plotW();
        double y = f.legendY();
        String label = Legend.maxLabel(max, SVG_CELL);
        double barRight = right - 4 - Legend.width(label);
        double barLeft = barRight - ChartStyle.LEGEND_W;
        b.append("<g id=\"legend\"><defs><linearGradient id=\"density\">");
        for (int i = 0; i <= 4; i++) {
            b.append("<stop offset=\"").append(i * 25).append("%\" stop-color=\"")
                    .append(ChartStyle.hex(Legend.colourAt(i / 4.0, max))).append("\"/>");
        }
        b.append("</linearGradient></defs>");
        rect(b, barLeft, y, ChartStyle.LEGEND_W, 8, " fill=\"url(#density)\" stroke=\"" + ChartStyle.FRAME + "\"");
        String font = " font-size=\"" + num(Frame.TICK_FONT) + "\" fill=\"" + ChartStyle.MUTED + "\"";
        text(b, barLeft - 4, y + 8, "end", Legend.MIN_LABEL, font);
        text(b, right, y + 8, "end", label, font);
        b.append("</g>\n");
    }

    private static void marker(StringBuilder b, Frame f, Marker m) {
        if (m == null || m.x() == Double.NEGATIVE_INFINITY && !f.hasStrip()
                || m.x() != Double.NEGATIVE_INFINITY && !(m.x() >= f.xmin() && m.x() <= f.xmax())) {
            return;
        }
        double x = f.px(m.x());
        b.append("<g id=\"marker\" fill=\"none\" stroke=\"").append(ChartStyle.MARKER).append("\">");
        if (Double.isNaN(m.y())) {
            b.append("<line stroke-width=\"2\" stroke-dasharray=\"6 4\"");
            coords(b, x, f.plotY(), x, f.plotY() + f.plotH());
            b.append("/>");
        } else if (f.inView(m.x(), m.y())) {
            double y = f.py(m.x(), m.y());
            for (String pass : new String[] {" stroke=\"#ffffff\" stroke-width=\"5\"", " stroke-width=\"2.5\""}) {
                b.append("<g").append(pass).append("><circle cx=\"").append(num(x)).append("\" cy=\"")
                        .append(num(y)).append("\" r=\"").append(num(Marker.RING)).append("\"/>");
                line(b, x - Marker.ARM, y, x - Marker.RING - 1, y);
                line(b, x + Marker.RING + 1, y, x + Marker.ARM, y);
                line(b, x, y - Marker.ARM, x, y - Marker.RING - 1);
                line(b, x, y + Marker.RING + 1, x, y + Marker.ARM);
                b.append("</g>");
            }
        }
        b.append("</g>\n");
    }

    private static void rect(StringBuilder b, double x, double y, double w, double h, String attrs) {
        b.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"').append(attrs).append("/>");
    }

    private static void line(StringBuilder b, double x1, double y1, double x2, double y2) {
        b.append("<line");
        coords(b, x1, y1, x2, y2);
        b.append("/>");
    }

    private static void coords(StringBuilder b, double x1, double y1, double x2, double y2) {
        b.append(" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append('"');
    }

    private static void text(StringBuilder b, double x, double y, String anchor, String s, String attrs) {
        b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append('"').append(attrs).append('>').append(escape(s)).append("</text>");
    }

    /** At most two decimals, no exponent, no "-0", locale-independent. */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        return hundredths == 0 ? "0" : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    /** XML escaping, shared with the cell drawings' SVG export. */
    static String escape(String s) {
        return SvgText.escape(s);
    }
}
