package io.github.sedexplorer.ui.controls;

/** Colours and fonts shared by the canvas and the SVG export (Primer Light greys, theme blue, orange marker). */
public final class ChartStyle {

    public static final String BACKGROUND = "#ffffff";
    public static final String STRIP = "#f6f8fa";
    public static final String GRID = "#eaeef2";
    public static final String FRAME = "#8c959f";
    public static final String TEXT = "#24292f";
    public static final String MUTED = "#57606a";
    public static final String POINT = "#1f6fd1";
    public static final String MARKER = "#e8590c";
    public static final String FONT = "DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif";
    public static final String DISCONNECTED = "disconnected";
    public static final double STRIP_FONT = 10;
    public static final double LEGEND_W = 64;

    private ChartStyle() {
    }

    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }
}
