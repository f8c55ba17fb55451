package io.github.sedexplorer.ui.chart;

/** Colours and fonts shared by the canvas and the SVG export (Primer Light greys, theme blue, orange marker). */
public final class ChartStyle {

    public static final String BACKGROUND = "#ffffff";
    static final String STRIP = "#f6f8fa";
    public static final String GRID = "#eaeef2";
    public static final String FRAME = "#8c959f";
    public static final String TEXT = "#24292f";
    public static final String MUTED = "#57606a";
    static final String POINT = "#1f6fd1";
    static final String MARKER = "#e8590c";
    static final String FONT = "DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif";
    static final String DISCONNECTED = "disconnected";
    static final double STRIP_FONT = 10;
    static final double LEGEND_W = 64;

    private ChartStyle() {
    }

    static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }
}
