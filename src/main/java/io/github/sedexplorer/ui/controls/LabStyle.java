package io.github.sedexplorer.ui.controls;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Colours, line styles and number formats of the proxy-lab controls. Greys are the chart's Primer
 * Light greys; curves use the Okabe-Ito colour-blind-safe palette (without its yellow, which vanishes
 * on white), then repeat it dashed and dotted, so 21 curves stay apart.
 */
public final class LabStyle {

    public static final String BACKGROUND = ChartStyle.BACKGROUND;
    public static final String GRID = ChartStyle.GRID;
    public static final String BORDER = "#d0d7de";
    public static final String FRAME = ChartStyle.FRAME;
    public static final String TEXT = ChartStyle.TEXT;
    public static final String MUTED = ChartStyle.MUTED;
    /** The vertical line at the current C: a neutral grey that no curve colour comes close to. */
    public static final String CURRENT = "#6e7781";
    /** Okabe-Ito, most distinct first: blue, vermillion, bluish green, reddish purple, orange, sky blue, black. */
    public static final String[] PALETTE = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"};
    /** Dash patterns per pass through the palette: solid, dashed, dotted. */
    public static final double[][] DASHES = {{}, {7, 4}, {2, 3}};
    /** Okabe-Ito blue and vermillion at 40 % on white, opaque so dark text on them reads. */
    public static final String BAR_POSITIVE = "#99c7e0";
    public static final String BAR_NEGATIVE = "#eebf99";
    public static final double TICK_FONT = 11;
    public static final double TITLE_FONT = 12;
    public static final double SMALL_FONT = 10;

    private LabStyle() {
    }

    /** Colour of the i-th curve (0-based). */
    public static String colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** Dash pattern of the i-th curve: empty (solid) for the first pass through the palette. */
    public static double[] dashes(int i) {
        return DASHES[Math.floorMod(i / PALETTE.length, DASHES.length)];
    }

    /** τ with three decimals and a real minus sign; NaN as a dash. */
    public static String tau(double v) {
        if (Double.isNaN(v)) {
            return "\u2014";
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** The longest prefix of {@code text} that fits {@code width} with an ellipsis, or the text itself when it fits. */
    public static String fit(String text, double width, ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // largest n with text[0, n) + "…" fitting
            int mid = (lo + hi + 1) / 2;
            if (measure.applyAsDouble(text.substring(0, mid).stripTrailing() + "\u2026") <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "\u2026" : text.substring(0, lo).stripTrailing() + "\u2026";
    }
}
