package io.github.sedexplorer.ui.chart;

/**
 * Points counted into 2 × 2 px bins over the point area (strip + plot), rebuilt on every paint.
 * Each non-empty bin is drawn as one small disc whose colour runs from light to dark blue with the
 * logarithm of its count, so a bin of 500 points reads darker than a bin of 5 instead of both
 * looking like the same opaque dot. Colour, not alpha, carries density: alpha blending saturates
 * after a few dozen overlaps and depends on drawing order.
 */
final class DensityBins {

    static final int CELL = 2;
    /** Counts up to this never reach the darkest colour, so a sparse plot does not look dense. */
    private static final int MIN_SCALE = 10;
    private static final int[] RAMP = ramp(new int[] {0x6ba6ec, 0x1f6fd1, 0x123f8c, 0x071a40},
            new double[] {0, 0.35, 0.7, 1});
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
    final int max;
    final int inView;

    private DensityBins(double originX, double originY, int cols, int rows, int[] counts, int max, int inView) {
        this.originX = originX;
        this.originY = originY;
        this.cols = cols;
        this.rows = rows;
        this.counts = counts;
        this.max = max;
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
        double sy = f.plotH() / (f.ymax() - f.ymin());
        int stripCol = (int) ((f.stripX() + f.stripW() / 2 - ox) / CELL);
        int max = 0;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            double yi = y[i];
            if (!(yi >= f.ymin() && yi <= f.ymax())) {
                continue; // also drops NaN and ±∞ y
            }
            int col;
            if (xi >= f.xmin() && xi <= f.xmax()) {
                col = (int) ((f.plotX() + (xi - f.xmin()) * sx - ox) / CELL);
            } else if (xi == Double.NEGATIVE_INFINITY && f.hasStrip()) {
                col = stripCol;
            } else {
                continue;
            }
            int row = (int) ((f.plotH() - (yi - f.ymin()) * sy) / CELL);
            int b = Math.min(row, rows - 1) * cols + Math.min(col, cols - 1);
            int c = ++counts[b];
            if (c > max) {
                max = c;
            }
            seen++;
        }
        return new DensityBins(ox, oy, cols, rows, counts, max, seen);
    }

    /** Opaque RGB of a bin holding {@code count} points when the densest bin holds {@code max}. */
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
        java.util.Arrays.fill(level, -1);
        double logMax = Math.log(Math.max(max, MIN_SCALE));
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int c = counts[row * cols + col];
                if (c == 0) {
                    continue;
                }
                float t = (float) Math.min(1, Math.log(c) / logMax);
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
