package io.github.sedexplorer.ui.chart;

import java.util.function.ToDoubleFunction;

/**
 * Where everything goes for one paint: the plot rectangle, the optional "disconnected" strip left of
 * it, the view bounds and the ticks. Shared by the canvas painter, the SVG writer and the hover index
 * so the three always agree.
 */
record Frame(double width, double height,
             double stripX, double stripW, double plotX, double plotY, double plotW, double plotH,
             double xmin, double xmax, double ymin, double ymax,
             double xStep, double[] xTicks, double yStep, double[] yTicks) {

    static final double STRIP_W = 30;
    static final double STRIP_GAP = 8;
    static final double TICK = 5;
    static final double TITLE = 16;
    static final double TICK_FONT = 11;
    static final double TITLE_FONT = 12;
    static final double CAPTION_FONT = 12;

    /** Lays the chart out in a {@code width × height} area; {@code textWidth} measures a tick label. */
    static Frame layout(double width, double height, double[] view, boolean strip, ToDoubleFunction<String> textWidth) {
        double top = 28; // caption line and density legend
        double bottom = TICK + 4 + TICK_FONT + 8 + TITLE + 4;
        double plotH = Math.max(10, height - top - bottom);
        double yStep = NiceTicks.step(view[2], view[3], (int) Math.max(2, plotH / 48));
        double[] yTicks = NiceTicks.ticks(view[2], view[3], yStep);
        double labelW = 0;
        for (double t : yTicks) {
            labelW = Math.max(labelW, textWidth.applyAsDouble(NiceTicks.label(t, yStep)));
        }
        double left = 4 + TITLE + 6 + labelW + 4 + TICK;
        double stripW = strip ? STRIP_W : 0;
        double plotX = left + (strip ? STRIP_W + STRIP_GAP : 0);
        double plotW = Math.max(10, width - plotX - 16);
        double xStep = NiceTicks.step(view[0], view[1], (int) Math.max(2, plotW / 90));
        return new Frame(width, height, left, stripW, plotX, top, plotW, plotH, view[0], view[1], view[2], view[3],
                xStep, NiceTicks.ticks(view[0], view[1], xStep), yStep, yTicks);
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

    double py(double y) {
        return plotY + plotH - (y - ymin) / (ymax - ymin) * plotH;
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

    /** Whether a drawable row lies in the current view (the strip shows every −∞ row whose y is in view). */
    boolean inView(double x, double y) {
        return y >= ymin && y <= ymax && (x == Double.NEGATIVE_INFINITY ? hasStrip() : x >= xmin && x <= xmax);
    }
}
