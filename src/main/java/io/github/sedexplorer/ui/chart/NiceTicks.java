package io.github.sedexplorer.ui.chart;

import java.math.BigDecimal;
import java.util.Locale;

/** Axis ticks on 1-2-5 steps and their labels. */
final class NiceTicks {

    private NiceTicks() {
    }

    /** The 1·10ⁿ, 2·10ⁿ or 5·10ⁿ step that cuts [lo, hi] into about {@code target} intervals. */
    static double step(double lo, double hi, int target) {
        double raw = (hi - lo) / Math.max(1, target);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
    }

    /** Multiples of {@code step} inside [lo, hi], computed from integers so they carry no drift. */
    static double[] ticks(double lo, double hi, double step) {
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        if (last < first || last - first > 1000) {
            return new double[0];
        }
        double[] t = new double[(int) (last - first + 1)];
        for (int i = 0; i < t.length; i++) {
            t[i] = (first + i) * step;
        }
        return t;
    }

    /** A tick label with as many decimals as the step needs; scientific notation for extreme magnitudes. */
    static String label(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        String s;
        if (step >= 1e6 || step < 1e-4) {
            s = String.format(Locale.ROOT, "%.2g", v).replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        } else {
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
            s = BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
