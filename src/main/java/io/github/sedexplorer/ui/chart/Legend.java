package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.ui.controls.ChartStyle;

import java.util.Locale;

/** The density colour bar: labels and the colour at a fraction of its length (log scale, like the bins). */
final class Legend {

    static final String MIN_LABEL = "1";

    private Legend() {
    }

    /** "57 per 6×6 px": the count the darkest colour stands for and the side of the square it is counted over. */
    static String maxLabel(int max, int px) {
        return String.format(Locale.ROOT, "%,d per %d\u00d7%d px", max, px, px);
    }

    /** Rough advance width of tick-font text; enough to place the bar left of its label. */
    static double width(String s) {
        return s.length() * Frame.TICK_FONT * 0.58;
    }

    /** How far the legend reaches left of its right edge: min label, bar and max label, as the painters place them. */
    static double extent(String maxLabel) {
        return width(MIN_LABEL) + 4 + ChartStyle.LEGEND_W + 4 + width(maxLabel);
    }

    static int colourAt(double t, int max) {
        int count = (int) Math.round(Math.exp(t * Math.log(max)));
        return DensityBins.colour(Math.max(1, count), max);
    }
}
