package io.github.sedexplorer.ui.lab;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Where the sensitivity plot's data go on screen: channel count C on a log₂ axis from 1 (left edge)
 * to 1024 (right edge), Kendall τ linear from {@code tauMin} (bottom) to {@code tauMax} (top). Pure
 * arithmetic, no JavaFX: the painter, the hover and the click all map through one instance.
 */
public record PlotAxes(double plotX, double plotY, double plotW, double plotH, double tauMin, double tauMax) {

    public static final int MIN_CHANNELS = 1;
    public static final int MAX_CHANNELS = 1024;
    private static final double OCTAVES = 10; // log2(1024 / 1)
    private static final double PAD = 0.08;

    /** Pixel column of a channel count (C = 1 → left edge, 32 → middle, 1024 → right edge). */
    public double px(double channels) {
        return plotX + log2(channels) / OCTAVES * plotW;
    }

    /** The (fractional) channel count under a pixel column; the inverse of {@link #px}. */
    public double channelsAt(double px) {
        return Math.pow(2, (px - plotX) / plotW * OCTAVES);
    }

    /** Pixel row of a τ (tauMax → top edge, tauMin → bottom edge). */
    public double py(double tau) {
        return plotY + plotH - (tau - tauMin) / (tauMax - tauMin) * plotH;
    }

    /** The τ under a pixel row; the inverse of {@link #py}. */
    public double tauAt(double py) {
        return tauMin + (plotY + plotH - py) / plotH * (tauMax - tauMin);
    }

    /** Whether a local point lies inside the plot rectangle (edges included). */
    public boolean contains(double x, double y) {
        return x >= plotX && x <= plotX + plotW && y >= plotY && y <= plotY + plotH;
    }

    /** The x ticks: 1, 2, 4, …, 1024. */
    public static int[] channelTicks() {
        int[] t = new int[(int) OCTAVES + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = 1 << i;
        }
        return t;
    }

    /** The grid value nearest {@code channels} on the log axis (ties go to the smaller C); −1 for an empty grid. */
    public static int nearest(double channels, int[] grid) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        double at = log2(channels);
        for (int g : grid) {
            double d = Math.abs(log2(g) - at);
            if (d < bestD || d == bestD && g < best) {
                bestD = d;
                best = g;
            }
        }
        return best;
    }

    /** The 1·10ⁿ, 2·10ⁿ or 5·10ⁿ τ step that cuts the axis into about one interval per 40 px. */
    public double tauStep() {
        double raw = (tauMax - tauMin) / Math.max(2, Math.floor(plotH / 40));
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
    }

    /** Multiples of {@link #tauStep} inside the τ range, computed from integers so 0 is exactly 0. */
    public double[] tauTicks() {
        double step = tauStep();
        long first = (long) Math.ceil(tauMin / step - 1e-9);
        long last = (long) Math.floor(tauMax / step + 1e-9);
        if (last < first || last - first > 200) {
            return new double[0];
        }
        double[] t = new double[(int) (last - first + 1)];
        for (int i = 0; i < t.length; i++) {
            t[i] = (first + i) * step;
        }
        return t;
    }

    /** A τ tick label with the step's decimals and a real minus sign. */
    public static String tickLabel(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /**
     * The τ axis range for some curves: their finite τ within 1 ≤ C ≤ 1024, padded by 8 % of the span
     * (at least 0.02). Padding never pushes the range across 0 (data all ≥ 0 keep 0 as the floor) nor
     * past ±1; data that cross 0 keep 0 inside. All τ = 0: ±0.02. Without finite data: 0 to 1.
     */
    public static double[] tauRange(List<SensitivityPlot.Curve> curves) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SensitivityPlot.Curve c : curves) {
            for (int i = 0; i < c.channels().length; i++) {
                double t = c.tau()[i];
                int ch = c.channels()[i];
                if (Double.isFinite(t) && ch >= MIN_CHANNELS && ch <= MAX_CHANNELS) {
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = Math.max(0.02, (hi - lo) * PAD);
        if (lo == 0 && hi == 0) {
            return new double[] {-pad, pad};
        }
        double padLo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
        double padHi = hi <= 0 ? Math.min(0, hi + pad) : hi + pad;
        return new double[] {Math.max(-1, padLo), Math.min(1, padHi)};
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
