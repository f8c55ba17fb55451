package io.github.sedexplorer.ui.chart;

import java.util.Arrays;

/**
 * The points in view bucketed by screen position (8 px cells, counting sort), so the nearest point
 * to the pointer is found by looking at 3 × 3 cells instead of every row. Built lazily once per
 * data or view change.
 */
final class PointIndex {

    private static final double CELL = 8;

    private final double originX;
    private final double originY;
    private final int cols;
    private final int rows;
    /** start[c] .. start[c+1] are the slots of cell c. */
    private final int[] start;
    private final int[] ids;
    private final float[] sx;
    private final float[] sy;

    private PointIndex(double originX, double originY, int cols, int rows, int[] start, int[] ids, float[] sx,
                       float[] sy) {
        this.originX = originX;
        this.originY = originY;
        this.cols = cols;
        this.rows = rows;
        this.start = start;
        this.ids = ids;
        this.sx = sx;
        this.sy = sy;
    }

    static PointIndex build(Frame f, double[] x, double[] y) {
        double ox = f.areaX();
        double oy = f.plotY();
        int cols = Math.max(1, (int) Math.ceil((f.plotX() + f.plotW() - ox) / CELL) + 1);
        int rows = Math.max(1, (int) Math.ceil(f.plotH() / CELL) + 1);
        int n = x == null ? 0 : Math.min(x.length, y.length);
        int[] cellOf = new int[n];
        int[] start = new int[cols * rows + 1];
        int total = 0;
        for (int i = 0; i < n; i++) {
            cellOf[i] = -1;
            if (Frame.drawable(x[i], y[i]) && f.inView(x[i], y[i])) {
                int c = cell(f.px(x[i]) - ox, f.py(x[i], y[i]) - oy, cols, rows);
                cellOf[i] = c;
                start[c + 1]++;
                total++;
            }
        }
        for (int c = 0; c < cols * rows; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, start.length - 1);
        int[] ids = new int[total];
        float[] sx = new float[total];
        float[] sy = new float[total];
        for (int i = 0; i < n; i++) {
            if (cellOf[i] >= 0) {
                int slot = fill[cellOf[i]]++;
                ids[slot] = i;
                sx[slot] = (float) f.px(x[i]);
                sy[slot] = (float) f.py(x[i], y[i]);
            }
        }
        return new PointIndex(ox, oy, cols, rows, start, ids, sx, sy);
    }

    private static int cell(double dx, double dy, int cols, int rows) {
        int c = Math.max(0, Math.min(cols - 1, (int) (dx / CELL)));
        int r = Math.max(0, Math.min(rows - 1, (int) (dy / CELL)));
        return r * cols + c;
    }

    /** Index of the nearest point within {@code radius} (≤ 8) px of (px, py), lowest index on ties; −1 if none. */
    int nearest(double px, double py, double radius) {
        int c0 = (int) Math.floor((px - originX) / CELL);
        int r0 = (int) Math.floor((py - originY) / CELL);
        double best = radius * radius;
        int found = -1;
        for (int r = r0 - 1; r <= r0 + 1; r++) {
            for (int c = c0 - 1; c <= c0 + 1; c++) {
                if (r < 0 || c < 0 || r >= rows || c >= cols) {
                    continue;
                }
                int cell = r * cols + c;
                for (int s = start[cell]; s < start[cell + 1]; s++) {
                    double dx = sx[s] - px;
                    double dy = sy[s] - py;
                    double d = dx * dx + dy * dy;
                    if (d < best || d == best && found >= 0 && ids[s] < found) {
                        best = d;
                        found = ids[s];
                    }
                }
            }
        }
        return found;
    }
}
