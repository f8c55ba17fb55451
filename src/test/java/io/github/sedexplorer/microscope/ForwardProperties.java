package io.github.sedexplorer.microscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The forward pass's building blocks against their definitions, on random small shapes. */
class ForwardProperties {

    /** conv over every shape: the direct sum with periodic indices, to rounding (1e-12 relative to the terms' size). */
    @Property(tries = 200)
    void convIsTheDirectPeriodicSum(@ForAll @IntRange(min = 1, max = 3) int cin, @ForAll @IntRange(min = 1, max = 3) int cout,
                                    @ForAll @IntRange(min = 1, max = 6) int h, @ForAll @IntRange(min = 1, max = 6) int w,
                                    @ForAll @IntRange(min = 0, max = 2) int halfK, @ForAll @IntRange(min = 1, max = 2) int dil,
                                    @ForAll @IntRange(min = 1, max = 2) int stride, @ForAll long seed) {
        int k = 2 * halfK + 1;
        SplittableRandom r = new SplittableRandom(seed);
        FeatureMap x = FeatureMap.of(cin, h, w, Forward.gaussians(r, cin * h * w));
        double[] wt = Forward.gaussians(r, cout * cin * k * k);
        FeatureMap y = Forward.conv(x, wt, cout, k, dil, stride, false);
        for (int o = 0; o < cout; o++) {
            for (int yy = 0; yy < y.height(); yy++) {
                for (int xx = 0; xx < y.width(); xx++) {
                    double sum = 0;
                    double size = 0;
                    for (int c = 0; c < cin; c++) {
                        for (int dy = 0; dy < k; dy++) {
                            for (int dx = 0; dx < k; dx++) {
                                double term = wt[((o * cin + c) * k + dy) * k + dx]
                                        * x.get(c, Math.floorMod(yy * stride + (dy - halfK) * dil, h), Math.floorMod(xx * stride + (dx - halfK) * dil, w));
                                sum += term;
                                size += Math.abs(term);
                            }
                        }
                    }
                    assertEquals(sum, y.get(o, yy, xx), 1e-12 * (1 + size));
                }
            }
        }
    }

    /** A pool's value lies within its window's range; the average of a constant map is that constant. */
    @Property(tries = 200)
    void poolsStayWithinTheirWindow(@ForAll @IntRange(min = 1, max = 5) int h, @ForAll @IntRange(min = 1, max = 5) int w,
                                    @ForAll @IntRange(min = 0, max = 2) int halfP, @ForAll long seed) {
        int p = 2 * halfP + 1;
        double[] v = Forward.gaussians(new SplittableRandom(seed), h * w);
        FeatureMap x = FeatureMap.of(1, h, w, v);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        FeatureMap avg = Forward.pool(x, p, 1, false);
        FeatureMap max = Forward.pool(x, p, 1, true);
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                assertTrue(avg.get(0, yy, xx) >= lo - 1e-12 && avg.get(0, yy, xx) <= hi + 1e-12);
                assertTrue(max.get(0, yy, xx) >= avg.get(0, yy, xx) - 1e-12);
            }
        }
        double[] ones = new double[h * w];
        java.util.Arrays.fill(ones, 2.5);
        assertEquals(2.5, Forward.pool(FeatureMap.of(1, h, w, ones), p, 1, false).get(0, 0, 0), 1e-12);
    }

    /** Stat: the mean of the values and their sample standard deviation, never negative. */
    @Property(tries = 200)
    void statIsMeanAndSampleStd(@ForAll @IntRange(min = 1, max = 8) int k, @ForAll long seed) {
        double[] v = Forward.gaussians(new SplittableRandom(seed), k);
        Stat s = Stat.of(v);
        double mean = 0;
        for (double d : v) {
            mean += d / k;
        }
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        assertEquals(mean, s.mean(), 1e-12);
        assertEquals(k == 1 ? 0 : Math.sqrt(ss / (k - 1)), s.spread(), 1e-12);
    }
}
