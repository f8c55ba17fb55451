package io.github.sedexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.ui.lab.SensitivityPlot.Curve;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Round trips and invariants of the sensitivity plot's axes. */
class SensitivityPlotAxesProperties {

    @Property
    void channelsRoundTripAndIncrease(@ForAll @DoubleRange(min = 1, max = 1024) double c,
                                      @ForAll @DoubleRange(min = 10, max = 3000) double width) {
        PlotAxes a = new PlotAxes(37, 11, width, 200, 0, 1);
        assertEquals(c, a.channelsAt(a.px(c)), c * 1e-9);
        assertTrue(a.px(c) >= 37 - 1e-9 && a.px(c) <= 37 + width + 1e-9);
        assertTrue(a.px(c * 1.01) > a.px(c));
    }

    @Property
    void tauRoundTrips(@ForAll @DoubleRange(min = -1, max = 1) double t, @ForAll @DoubleRange(min = -1, max = 0.9) double lo) {
        PlotAxes a = new PlotAxes(0, 24, 400, 250, lo, lo + 0.1);
        assertEquals(t, a.tauAt(a.py(t)), 1e-9);
    }

    @Property
    void nearestIsAGridPointNoFartherOnTheLogAxisThanAnyOther(@ForAll long seed, @ForAll @DoubleRange(min = 0.5, max = 2000) double c) {
        Random r = new Random(seed);
        int[] grid = r.ints(1 + r.nextInt(12), 1, 1025).distinct().sorted().toArray();
        int n = PlotAxes.nearest(c, grid);
        assertTrue(java.util.Arrays.stream(grid).anyMatch(g -> g == n));
        for (int g : grid) {
            assertTrue(Math.abs(PlotAxes.log2(n) - PlotAxes.log2(c)) <= Math.abs(PlotAxes.log2(g) - PlotAxes.log2(c)) + 1e-12);
        }
    }

    @Property
    void tauRangeHoldsEveryDrawnPointWithinMinusOneToOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int curves) {
        Random r = new Random(seed);
        List<Curve> list = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < curves; k++) {
            int[] ch = PlotAxes.channelTicks();
            double[] tau = new double[ch.length];
            double base = r.nextDouble() * 2 - 1;
            for (int i = 0; i < ch.length; i++) {
                tau[i] = r.nextInt(8) == 0 ? Double.NaN : Math.max(-1, Math.min(1, base + r.nextGaussian() * 0.1));
                if (!Double.isNaN(tau[i])) {
                    lo = Math.min(lo, tau[i]);
                    hi = Math.max(hi, tau[i]);
                }
            }
            list.add(new Curve("c" + k, ch, tau));
        }
        double[] range = PlotAxes.tauRange(list);
        assertTrue(range[0] < range[1], java.util.Arrays.toString(range));
        assertTrue(range[0] >= -1 && range[1] <= 1);
        if (lo <= hi) {
            assertTrue(range[0] <= lo && range[1] >= hi);
            assertTrue(lo < 0 || range[0] >= 0, "padding alone does not cross 0");
        }
    }
}
