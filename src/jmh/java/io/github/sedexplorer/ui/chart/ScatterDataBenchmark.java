package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.ShortBenchmark;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The scatter chart's data work, which needs no toolkit: the density bins every paint counts ({@code densityBins}),
 * the hover index the first hover after a data or view change builds ({@code pointIndex}), and one hover lookup
 * ({@code nearest}, the pointer in the thickest crowd), over 15,625 points (all of NB201) and 1,000,000, on an
 * 800 × 520 chart. The canvas drawing itself is not in it.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScatterDataBenchmark extends ShortBenchmark {

    @Param({"15625", "1000000"})
    public int points;

    private double[] x;
    private double[] y;
    private Frame frame;
    private PointIndex index;
    /** A pointer in the crowd at the data's centre, where a lookup has the most points to compare. */
    private double qx;
    private double qy;

    @Setup
    public void setUp() {
        // correlated proxy/accuracy pairs, about 2 % disconnected (x = -inf), a few missing y: the chart tests' data
        Random r = new Random(11);
        x = new double[points];
        y = new double[points];
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            double q = r.nextGaussian();
            x[i] = 20 + 6 * q + 3 * r.nextGaussian();
            y[i] = Math.min(94.5, 70 + 8 * q - 4 * Math.abs(r.nextGaussian()));
            if (r.nextInt(46) == 0) {
                x[i] = Double.NEGATIVE_INFINITY;
            } else if (r.nextInt(500) == 0) {
                y[i] = Double.NaN;
            }
            if (Double.isFinite(x[i])) {
                xmin = Math.min(xmin, x[i]);
                xmax = Math.max(xmax, x[i]);
            }
            if (Double.isFinite(y[i])) {
                ymin = Math.min(ymin, y[i]);
                ymax = Math.max(ymax, y[i]);
            }
        }
        double px = 0.03 * (xmax - xmin);
        double py = 0.03 * (ymax - ymin);
        // tick labels measured as 6.5 px a character: the toolkit's font is not at hand here
        double[] view = {xmin - px, xmax + px, ymin - py, ymax + py};
        frame = Frame.layout(800, 520, view, true, s -> 6.5 * s.length());
        index = PointIndex.build(frame, x, y);
        qx = frame.px(20);
        qy = frame.py(66);
    }

    @Benchmark
    public Object densityBins() {
        return DensityBins.of(frame, x, y);
    }

    @Benchmark
    public Object pointIndex() {
        return PointIndex.build(frame, x, y);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int nearest() {
        return index.nearest(qx, qy, 6);
    }
}
