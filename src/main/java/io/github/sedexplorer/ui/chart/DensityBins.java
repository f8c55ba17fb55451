package io.github.sedexplorer.ui.chart;

import java.util.Arrays;

/**
 * Points counted into 2 × 2 px bins over the point area (strip + plot), rebuilt on every paint.
 * Each non-empty bin is drawn as one small disc whose colour runs from light to dark blue with the
 * logarithm of the number of points within its 6 × 6 px neighbourhood (its own and the 8 adjacent
 * bins), so a crowd of 500 reads darker than a crowd of 5 instead of both looking like the same
 * opaque blob. The neighbourhood keeps the shading smooth where single bins hold only 1-3 points.
 * Colour, not alpha, carries density: alpha blending saturates after a few dozen overlaps and
 * depends on drawing order.
 */
final class DensityBins {

    static final int CELL = 2;
    /** Side of the neighbourhood whose count colours a bin, in pixels. */
    static final int SPAN = 3 * CELL;
    /** Counts up to this never reach the darkest colour, so a sparse plot does not look dense. */
    private static final int MIN_SCALE = 10;
    private static final int[] RAMP = ramp(new int[] {0x84b5ef, 0x3580da, 0x1b58b4, 0x0b2a66},
            new double[] {0, 0.4, 0.75, 1});
    /** Coverage of a 4 × 4 px disc centred on its 2 × 2 bin: soft corners, no hard square look. */
    private static final float[] DISC = {
        0.3f, 0.9f, 0.9f, 0.3f,
        0.9f, 1f, 1f, 0.9f,
        0.9f, 1f, 1f, 0.9f,
        0.3f, 0.9f, 0.9f, 0.3f};

    final double originX;
    final double originY;
    final int cols;
    final int rows;
    final int[] counts;
    /** Points in each bin's 3 × 3-bin neighbourhood; only meaningful where counts > 0. */
    final int[] local;
    /** Largest {@code local} of a non-empty bin. */
    final int max;
    final int inView;

    private DensityBins(double originX, double originY, int cols, int rows, int[] counts, int inView) {
        this.originX = originX;
        this.originY = originY;
        this.cols = cols;
        this.rows = rows;
        this.counts = counts;
        this.local = boxSums(counts, cols, rows);
        int m = 0;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0 && local[b] > m) {
                m = local[b];
            }
        }
        this.max = m;
        this.inView = inView;
    }

    static DensityBins of(Frame f, double[] x, double[] y) {
        double ox = f.areaX();
        double oy = f.plotY();
        int cols = Math.max(1, (int) Math.ceil((f.plotX() + f.plotW() - ox) / CELL));
        int rows = Math.max(1, (int) Math.ceil(f.plotH() / CELL));
        int[] counts = new int[cols * rows];
        int n = x == null ? 0 : Math.min(x.length, y.length);
        double sx = f.plotW() / (f.xmax() - f.xmin());
        int stripCol = (int) ((f.stripX() + f.stripW() / 2 - ox) / CELL);
        int seen = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            double yi = y[i];
            if (!Frame.drawable(xi, yi) || !f.inView(xi, yi)) {
                continue;
            }
            int col = xi == Double.NEGATIVE_INFINITY ? stripCol : (int) ((f.plotX() + (xi - f.xmin()) * sx - ox) / CELL);
            int row = (int) ((f.py(xi, yi) - oy) / CELL);
            int b = Math.max(0, Math.min(row, rows - 1)) * cols + Math.min(col, cols - 1);
            counts[b]++;
            seen++;
        }
        return new DensityBins(ox, oy, cols, rows, counts, seen);
    }

    /** 3 × 3 box sums, as a horizontal then a vertical pass. */
    private static int[] boxSums(int[] counts, int cols, int rows) {
        int[] h = new int[counts.length];
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            for (int c = 0; c < cols; c++) {
                h[row + c] = counts[row + c] + (c > 0 ? counts[row + c - 1] : 0)
                        + (c + 1 < cols ? counts[row + c + 1] : 0);
            }
        }
        int[] v = new int[counts.length];
        for (int b = 0; b < counts.length; b++) {
            v[b] = h[b] + (b >= cols ? h[b - cols] : 0) + (b + cols < counts.length ? h[b + cols] : 0);
        }
        return v;
    }

    /** Opaque RGB for {@code count} points (in a bin or neighbourhood) when the densest holds {@code max}. */
    static int colour(int count, int max) {
        double t = count <= 1 ? 0 : Math.log(count) / Math.log(Math.max(max, MIN_SCALE));
        return RAMP[(int) Math.round(Math.min(1, t) * (RAMP.length - 1))];
    }

    /** Image width and height in pixels: one bin = CELL px. */
    int imageWidth() {
        return cols * CELL;
    }

    int imageHeight() {
        return rows * CELL;
    }

    /** Non-premultiplied ARGB pixels of the discs; where discs touch, the denser colour wins. */
    int[] argb() {
        int w = imageWidth();
        int h = imageHeight();
        float[] level = new float[w * h];
        float[] cover = new float[w * h];
        Arrays.fill(level, -1);
        double logMax = Math.log(Math.max(max, MIN_SCALE));
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int b = row * cols + col;
                if (counts[b] == 0) {
                    continue;
                }
                float t = (float) Math.min(1, Math.log(local[b]) / logMax);
                int x0 = col * CELL - 1;
                int y0 = row * CELL - 1;
                for (int dy = 0; dy < 4; dy++) {
                    int py = y0 + dy;
                    if (py < 0 || py >= h) {
                        continue;
                    }
                    for (int dx = 0; dx < 4; dx++) {
                        int px = x0 + dx;
                        if (px < 0 || px >= w) {
                            continue;
                        }
                        int p = py * w + px;
                        float a = DISC[dy * 4 + dx];
                        if (t > level[p]) {
                            level[p] = t;
                        }
                        if (a > cover[p]) {
                            cover[p] = a;
                        }
                    }
                }
            }
        }
        int[] out = new int[w * h];
        for (int p = 0; p < out.length; p++) {
            if (cover[p] > 0) {
                int rgb = RAMP[Math.round(level[p] * (RAMP.length - 1))];
                out[p] = Math.round(cover[p] * 255) << 24 | rgb;
            }
        }
        return out;
    }

    /** A 256-entry colour table interpolated in sRGB between the given stops. */
    private static int[] ramp(int[] stops, double[] at) {
        int[] lut = new int[256];
        for (int i = 0; i < lut.length; i++) {
            double t = i / 255.0;
            int k = 0;
            while (k < at.length - 2 && t > at[k + 1]) {
                k++;
            }
            double u = (t - at[k]) / (at[k + 1] - at[k]);
            lut[i] = mix(stops[k], stops[k + 1], u);
        }
        return lut;
    }

    private static int mix(int a, int b, double u) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - u) + ((b >> 16) & 255) * u);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - u) + ((b >> 8) & 255) * u);
        int bl = (int) Math.round((a & 255) * (1 - u) + (b & 255) * u);
        return r << 16 | g << 8 | bl;
    }
}
