package io.github.sedexplorer.ui.chart;

/** The highlighted cell: y NaN means "not in the table" (drawn as a vertical line), x −∞ lives in the strip. */
record Marker(double x, double y) {

    static final double RING = 7;
    static final double ARM = 13;
}
