package io.github.sedexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The grid lookup agrees with a linear scan over every drawable row in view. */
class PointIndexProperties {

    @Property(tries = 300)
    void nearestMatchesALinearScan(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n,
                                   @ForAll @DoubleRange(min = 0, max = 800) double qx,
                                   @ForAll @DoubleRange(min = 0, max = 500) double qy) {
        java.util.Random r = new java.util.Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(20);
            x[i] = kind == 0 ? Double.NEGATIVE_INFINITY : kind == 1 ? Double.NaN : r.nextDouble() * 12 - 1;
            y[i] = kind == 2 ? Double.NaN : Math.round(r.nextDouble() * 40) / 4.0; // repeated values make ties
        }
        Frame f = Frame.layout(800, 500, new double[] {0, 10, 0, 10}, true, s -> s.length() * 6.0);
        assertEquals(scan(f, x, y, qx, qy, 6), PointIndex.build(f, x, y).nearest(qx, qy, 6));
    }

    private static int scan(Frame f, double[] x, double[] y, double qx, double qy, double radius) {
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < x.length; i++) {
            if (!Frame.drawable(x[i], y[i]) || !f.inView(x[i], y[i])) {
                continue;
            }
            double dx = (float) f.px(x[i]) - qx;
            double dy = (float) f.py(x[i], y[i]) - qy;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
