package io.github.sedexplorer.ui.lab;

import io.github.sedexplorer.ui.controls.LabStyle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.ui.lab.SensitivityPlot.Curve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The plot's arithmetic without JavaFX: log₂ C axis, τ axis and its range, snapping, interpolation, palette. */
class SensitivityPlotAxesTest {

    private static final double NaN = Double.NaN;
    private final PlotAxes axes = new PlotAxes(50, 20, 500, 300, 0, 1);

    @Test
    void channelsMapLogarithmicallyAcrossThePlot() {
        assertEquals(50, axes.px(1), 1e-12, "C = 1 at the left edge");
        assertEquals(550, axes.px(1024), 1e-9, "C = 1024 at the right edge");
        assertEquals(300, axes.px(32), 1e-9, "C = 32 in the middle");
        assertEquals(100, axes.px(2), 1e-9, "one octave = a tenth of the width");
        assertEquals(16, axes.channelsAt(axes.px(16)), 1e-9);
        assertEquals(Math.sqrt(2) * 16, axes.channelsAt(275), 1e-9, "half an octave past 16");
    }

    @Test
    void tauMapsLinearlyUpwards() {
        PlotAxes a = new PlotAxes(50, 20, 500, 300, -0.2, 0.8);
        assertEquals(20, a.py(0.8), 1e-9, "top");
        assertEquals(320, a.py(-0.2), 1e-9, "bottom");
        assertEquals(260, a.py(0), 1e-9);
        assertEquals(0.5, a.tauAt(a.py(0.5)), 1e-12);
        assertTrue(a.contains(50, 20) && a.contains(550, 320) && a.contains(300, 100));
        assertFalse(a.contains(49, 100) || a.contains(300, 321));
    }

    @Test
    void xTicksAreThePowersOfTwoUpTo1024() {
        assertArrayEquals(new int[] {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024}, PlotAxes.channelTicks());
    }

    @Test
    void nearestGridPointIsNearestOnTheLogAxis() {
        int[] powers = PlotAxes.channelTicks();
        assertEquals(16, PlotAxes.nearest(20, powers));
        assertEquals(32, PlotAxes.nearest(23, powers), "log2 23 = 4.52: nearer 32 than 16, though 23 - 16 < 32 - 23");
        assertEquals(16, PlotAxes.nearest(16 * Math.sqrt(2), powers), "a tie goes to the smaller C");
        assertEquals(1, PlotAxes.nearest(0.3, powers));
        assertEquals(1024, PlotAxes.nearest(5000, powers));
        int[] sparse = {8, 16, 64};
        assertEquals(8, PlotAxes.nearest(2, sparse));
        assertEquals(64, PlotAxes.nearest(40, sparse), "log2 40 = 5.32");
        assertEquals(16, PlotAxes.nearest(30, sparse), "log2 30 = 4.91");
        assertEquals(-1, PlotAxes.nearest(16, new int[0]));
    }

    @Test
    void tauRangeIsPaddedAndNeverCrossesZeroOrOneByPaddingAlone() {
        assertRange(0.268, 0.732, curve(0.3, 0.7), "8 % of the span each side");
        assertRange(0, 0.5392, curve(0.01, 0.5), "all ≥ 0: the padding stops at 0");
        assertRange(-0.264, 0.664, curve(-0.2, 0.6), "data crossing 0 keep it inside");
        assertRange(-0.532, -0.068, curve(-0.5, -0.1), "all negative");
        assertRange(0.88, 1, curve(0.9, 1.0), "at least 0.02 padding, capped at τ = 1");
        assertRange(0.48, 0.52, curve(0.5, 0.5), "one value");
        assertRange(-0.02, 0.02, curve(0, 0), "all zero");
        assertRange(0, 1, curve(NaN, NaN), "nothing finite");
        assertArrayEquals(new double[] {0, 1}, PlotAxes.tauRange(List.of()), 0);
        Curve wide = new Curve("w", new int[] {1, 1024, 2048}, new double[] {0.3, 0.7, -0.9});
        assertArrayEquals(new double[] {0.268, 0.732}, PlotAxes.tauRange(List.of(wide)), 1e-12, "C beyond 1024 is off the axis");
    }

    private static List<Curve> curve(double a, double b) {
        return List.of(new Curve("a", new int[] {1, 16}, new double[] {a, NaN}), new Curve("b", new int[] {4}, new double[] {b}));
    }

    private static void assertRange(double lo, double hi, List<Curve> curves, String why) {
        assertArrayEquals(new double[] {lo, hi}, PlotAxes.tauRange(curves), 1e-12, why);
    }

    @Test
    void tauTicksStepOneTwoFiveAndHitZeroExactly() {
        PlotAxes a = new PlotAxes(0, 0, 100, 200, 0, 1);
        assertEquals(0.2, a.tauStep(), 1e-12);
        assertEquals(6, a.tauTicks().length);
        PlotAxes b = new PlotAxes(0, 0, 100, 300, -0.264, 0.664);
        assertEquals(0.1, b.tauStep(), 1e-12);
        double[] t = b.tauTicks();
        assertEquals(9, t.length, "−0.2 … 0.6");
        assertEquals(0.0, t[2], 0, "exactly zero, so it gets the darker τ = 0 line");
        assertEquals("\u22120.2", PlotAxes.tickLabel(t[0], 0.1));
        assertEquals("0", PlotAxes.tickLabel(t[2], 0.1));
        assertEquals("0.6", PlotAxes.tickLabel(0.6000000000000001, 0.2));
        assertEquals("0.05", PlotAxes.tickLabel(0.05, 0.05));
    }

    @Test
    void curvesInterpolateOnLogCAndStopAtGaps() {
        Curve c = new Curve("sed-path", new int[] {8, 16, 32, 64, 128}, new double[] {0.5, 0.6, 0.7, NaN, 0.65});
        assertEquals(0.6, c.tauAt(16), 0);
        assertEquals(0.65, c.tauAt(16 * Math.sqrt(2)), 1e-12, "half-way in log C");
        assertEquals(0.5 + 0.1 * (Math.log(12 / 8.0) / Math.log(2)), c.tauAt(12), 1e-12);
        assertTrue(Double.isNaN(c.tauAt(4)), "left of the grid");
        assertTrue(Double.isNaN(c.tauAt(256)), "right of the grid");
        assertTrue(Double.isNaN(c.tauAt(48)), "next to a gap");
        assertTrue(Double.isNaN(c.tauAt(64)), "the gap itself");
        assertEquals(0.65, c.tauAt(128), 0);
    }

    @Test
    void curvesAreValidatedAndCopied() {
        int[] ch = {1, 2, 4};
        double[] tau = {0.1, 0.2, 0.3};
        Curve c = new Curve("x", ch, tau);
        ch[0] = 99;
        tau[0] = 99;
        c.channels()[1] = 99;
        assertArrayEquals(new int[] {1, 2, 4}, c.channels());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, c.tau(), 0);
        assertEquals(new Curve("x", new int[] {1, 2, 4}, new double[] {0.1, 0.2, 0.3}), c, "value equality");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Curve("y", new int[] {1, 2}, new double[] {0.1}))
                .getMessage().contains("curve y: 2 channel counts but 1 \u03c4 values"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Curve("z", new int[] {4, 4}, new double[2]))
                .getMessage().contains("increasing, got 4 at position 2"));
        assertThrows(IllegalArgumentException.class, () -> new Curve("z", new int[] {0}, new double[1]));
    }

    @Test
    void twentyOneCurvesGetTwentyOneStylesAndNoYellow() {
        Set<String> styles = new HashSet<>();
        for (int i = 0; i < 21; i++) {
            styles.add(LabStyle.colour(i) + java.util.Arrays.toString(LabStyle.dashes(i)));
        }
        assertEquals(21, styles.size());
        for (int i = 0; i < LabStyle.PALETTE.length; i++) {
            assertEquals(0, LabStyle.dashes(i).length, "the first pass is solid");
            assertNotEquals("#f0e442", LabStyle.colour(i));
        }
        assertTrue(LabStyle.dashes(7).length > 0, "the 8th curve is dashed");
    }

    @Test
    void longLabelsAreEllipsised() {
        java.util.function.ToDoubleFunction<String> sixPx = s -> 6.0 * s.length();
        assertEquals("sed-path", LabStyle.fit("sed-path", 48, sixPx), "fits exactly");
        assertEquals("sed-path\u2026", LabStyle.fit("sed-path \u00b7 CIFAR-10 test accuracy", 60, sixPx),
                "trailing space dropped before the ellipsis");
        assertEquals("\u2026", LabStyle.fit("abc", 5, sixPx));
        assertEquals("0.707", LabStyle.tau(0.7071));
        assertEquals("\u22120.120", LabStyle.tau(-0.12));
        assertEquals("\u2014", LabStyle.tau(NaN));
    }
}
