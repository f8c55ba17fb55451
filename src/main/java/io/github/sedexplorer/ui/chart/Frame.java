package io.github.sedexplorer.ui.chart;

import java.util.function.ToDoubleFunction;

/**
 * Where everything goes for one paint: the caption and legend rows, the plot rectangle, the optional "disconnected"
 * strip left of it with its own y scale (disconnected cells score near chance, far below the rest, and would
 * otherwise flatten the plot), the view bounds and the ticks. Shared by the canvas painter, the SVG writer and the
 * hover index so the three always agree.
 */
record Frame(double width, double height,
             double stripX, double stripW, double plotX, double plotY, double plotW, double plotH,
             double xmin, double xmax, double ymin, double ymax,
             double xStep, double[] xTicks, double yStep, double[] yTicks,
             double stripYmin, double stripYmax, double stripYStep, double[] stripYTicks,
             double captionBottom, double legendY) {

    static final double STRIP_W = 30;
    static final double STRIP_GAP = 8;
    static final double TICK = 5;
    static final double TITLE = 16;
    static final double TICK_FONT = 11;
    static final double TITLE_FONT = 12;
    static final double CAPTION_FONT = 12;
    /** Height of the caption's row and of the legend's when they cannot share one. */
    static final double ROW = 16;
    /** Least room between the caption's end and the legend's start. */
    static final double CAPTION_GAP = 16;

    /** A test layout: no caption, no legend; a strip (if any) on the view's y range. */
    static Frame layout(double width, double height, double[] view, boolean strip, ToDoubleFunction<String> textWidth) {
        return layout(width, height, view, strip ? new double[] {view[2], view[3]} : null, textWidth, 0, 0);
    }

    /**
     * Lays the chart out in a {@code width × height} area.
     *
     * @param strip     the disconnected rows' y range {lowest, highest}, padded here; null for no strip
     * @param textWidth measures a tick label
     * @param captionW  width of the caption line; the legend moves to a row of its own when both do not fit on one
     * @param legendW   the legend's widest extent
     */
    static Frame layout(double width, double height, double[] view, double[] strip, ToDoubleFunction<String> textWidth,
                        double captionW, double legendW) {
        double bottom = TICK + 4 + TICK_FONT + 8 + TITLE + 4;
        double left = 4 + TITLE + 6;
        double top = 2 * ROW - 4;
        double plotH = Math.max(10, height - top - ROW - bottom); // assume two rows first: the ticks hardly change
        double yStep = NiceTicks.step(view[2], view[3], (int) Math.max(2, plotH / 48));
        double[] yTicks = NiceTicks.ticks(view[2], view[3], yStep);
        double stripX = left;
        double stripW = 0;
        double sStep = yStep;
        double[] sTicks = new double[0];
        double[] s = strip == null ? new double[] {view[2], view[3]} : padded(strip[0], strip[1]);
        if (strip != null) {
            sStep = NiceTicks.step(s[0], s[1], (int) Math.max(2, plotH / 120));
            // one value (NB201's disconnected cells all score chance) gets one label, not a scale around it
            sTicks = strip[0] == strip[1] ? new double[] {strip[0]} : NiceTicks.ticks(s[0], s[1], sStep);
            stripX = left + labelWidth(sTicks, sStep, textWidth) + 4 + TICK;
            stripW = STRIP_W;
            left = stripX + STRIP_W + STRIP_GAP;
        }
        double plotX = left + labelWidth(yTicks, yStep, textWidth) + 4 + TICK;
        double plotW = Math.max(10, width - plotX - 16);
        double areaX = strip != null ? stripX : plotX;
        boolean oneRow = captionW == 0 || legendW == 0 || captionW + CAPTION_GAP + legendW <= plotX + plotW - areaX;
        if (oneRow) {
            plotH += ROW;
        } else {
            top += ROW;
        }
        double xStep = NiceTicks.step(view[0], view[1], (int) Math.max(2, plotW / 90));
        return new Frame(width, height, stripX, stripW, plotX, top, plotW, plotH, view[0], view[1], view[2], view[3],
                xStep, NiceTicks.ticks(view[0], view[1], xStep), yStep, yTicks, s[0], s[1], sStep, sTicks,
                top - 8 - (oneRow ? 0 : ROW), top - 16);
    }

    /** A data range {lo, hi} plus 3 % each side; a degenerate one widens to ±0.5 (or ±5 %), an empty one is {0, 1}. */
    static double[] padded(double lo, double hi) {
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (lo == hi) {
            double half = lo == 0 ? 0.5 : Math.abs(lo) * 0.05;
            return new double[] {lo - half, hi + half};
        }
        double pad = (hi - lo) * 0.03;
        return new double[] {lo - pad, hi + pad};
    }

    private static double labelWidth(double[] ticks, double step, ToDoubleFunction<String> textWidth) {
        double w = 0;
        for (double t : ticks) {
            w = Math.max(w, textWidth.applyAsDouble(NiceTicks.label(t, step)));
        }
        return w;
    }

    boolean hasStrip() {
        return stripW > 0;
    }

    /** Left edge of the area points can occupy: the strip when there is one, else the plot. */
    double areaX() {
        return hasStrip() ? stripX : plotX;
    }

    /** Pixel column of a data x; −∞ is the strip's centre line. */
    double px(double x) {
        return x == Double.NEGATIVE_INFINITY ? stripX + stripW / 2 : plotX + (x - xmin) / (xmax - xmin) * plotW;
    }

    /** Pixel row of a point: on the strip's scale when x is −∞, else on the plot's. */
    double py(double x, double y) {
        return x == Double.NEGATIVE_INFINITY ? stripY(y) : py(y);
    }

    /** Pixel row of a y on the plot's scale. */
    double py(double y) {
        return plotY + plotH - (y - ymin) / (ymax - ymin) * plotH;
    }

    /** Pixel row of a y on the strip's scale. */
    double stripY(double y) {
        return plotY + plotH - (y - stripYmin) / (stripYmax - stripYmin) * plotH;
    }

    double dataX(double px) {
        return xmin + (px - plotX) / plotW * (xmax - xmin);
    }

    double dataY(double py) {
        return ymin + (plotY + plotH - py) / plotH * (ymax - ymin);
    }

    /** Whether a row is drawn at all: x not NaN (−∞ allowed), y finite. */
    static boolean drawable(double x, double y) {
        return !Double.isNaN(x) && x != Double.POSITIVE_INFINITY && Double.isFinite(y);
    }

    /** Whether a drawable row lies in the current view (a −∞ row: in the strip's y range, when there is a strip). */
    boolean inView(double x, double y) {
        return x == Double.NEGATIVE_INFINITY ? hasStrip() && y >= stripYmin && y <= stripYmax
                : y >= ymin && y <= ymax && x >= xmin && x <= xmax;
    }
}
