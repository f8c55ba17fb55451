package io.github.sedexplorer.layout;

/**
 * The y coordinate of every vertex, keeping each layer's order and at least {@code gap} between
 * neighbours. Starts from every layer centred on y = 0, then straightens, layer by layer: every
 * vertex aims at the weighted median of its neighbours (weight 1 between nodes, 2 at a dummy, 8
 * between dummies, so long edges run straight first: the priorities of Gansner et al.), and a
 * least-squares isotonic fit turns the aims into positions that keep order and spacing. A layer
 * takes its new positions only when they shorten the total vertical run of its segments, so the
 * rounds cannot oscillate. The drawing is finally centred vertically on y = 0.
 */
final class VerticalPlacement {

    static final int ROUNDS = 8;
    /** Pull of a vertex without segments towards where it is. */
    private static final double ANCHOR = 1e-6;

    private final double gap;
    private final double[] y;
    /** Per vertex: its neighbours in both adjacent layers, and the weights of those segments. */
    private final int[][] neighbours;
    private final double[][] weights;
    /** Scratch for the median. */
    private final double[] ys;
    private final double[] ws;

    private VerticalPlacement(LayerGraph g, double gap) {
        this.gap = gap;
        this.y = new double[g.vertexCount()];
        this.neighbours = new int[g.vertexCount()][];
        this.weights = new double[g.vertexCount()][];
        for (int v = 0; v < g.vertexCount(); v++) {
            int[] all = new int[g.up[v].length + g.down[v].length];
            System.arraycopy(g.up[v], 0, all, 0, g.up[v].length);
            System.arraycopy(g.down[v], 0, all, g.up[v].length, g.down[v].length);
            neighbours[v] = all;
            weights[v] = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                weights[v][i] = g.dummy(v) && g.dummy(all[i]) ? 8 : g.dummy(v) || g.dummy(all[i]) ? 2 : 1;
            }
        }
        int degree = 0;
        for (int[] all : neighbours) {
            degree = Math.max(degree, all.length);
        }
        ys = new double[degree];
        ws = new double[degree];
    }

    static double[] place(LayerGraph g, int[][] order, double gap) {
        VerticalPlacement p = new VerticalPlacement(g, gap);
        for (int[] layer : order) {
            for (int k = 0; k < layer.length; k++) {
                p.y[layer[k]] = (k - (layer.length - 1) / 2.0) * gap;
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean moved = false;
            for (int l = 0; l < order.length; l++) {
                moved |= p.straighten(order[l]);
            }
            for (int l = order.length - 1; l >= 0; l--) {
                moved |= p.straighten(order[l]);
            }
            if (!moved) {
                break;
            }
        }
        p.centre();
        return p.y;
    }

    private boolean straighten(int[] layer) {
        int size = layer.length;
        double[] target = new double[size];
        double[] mass = new double[size];
        for (int k = 0; k < size; k++) {
            int v = layer[k];
            double w = 0;
            for (double s : weights[v]) {
                w += s;
            }
            mass[k] = w > 0 ? w : ANCHOR;
            // with z_k = y_k - k*gap the spacing rule becomes z non-decreasing
            target[k] = (w > 0 ? median(v, w) : y[v]) - k * gap;
        }
        double[] z = isotonic(target, mass);
        double before = 0;
        double after = 0;
        for (int k = 0; k < size; k++) {
            before += run(layer[k], y[layer[k]]);
            after += run(layer[k], z[k] + k * gap);
        }
        if (!(after < before - 1e-9 * (1 + before))) {
            return false;
        }
        for (int k = 0; k < size; k++) {
            y[layer[k]] = z[k] + k * gap;
        }
        return true;
    }

    /** Weighted vertical run of a vertex's segments if it stood at {@code at}. */
    private double run(int v, double at) {
        double sum = 0;
        for (int i = 0; i < neighbours[v].length; i++) {
            sum += weights[v][i] * Math.abs(at - y[neighbours[v][i]]);
        }
        return sum;
    }

    /** Weighted median of the neighbours' y; midway between the middle two when the weight splits evenly. */
    private double median(int v, double total) {
        int d = neighbours[v].length;
        for (int i = 0; i < d; i++) { // insertion sort: degrees are small
            double value = y[neighbours[v][i]];
            int j = i;
            while (j > 0 && ys[j - 1] > value) {
                ys[j] = ys[j - 1];
                ws[j] = ws[j - 1];
                j--;
            }
            ys[j] = value;
            ws[j] = weights[v][i];
        }
        double below = 0;
        for (int i = 0; i < d - 1; i++) {
            below += ws[i];
            if (below * 2 > total) {
                return ys[i];
            }
            if (below * 2 == total) {
                return (ys[i] + ys[i + 1]) / 2;
            }
        }
        return ys[d - 1];
    }

    /** Weighted least-squares non-decreasing fit (pool adjacent violators). */
    static double[] isotonic(double[] target, double[] weight) {
        int n = target.length;
        double[] value = new double[n];
        double[] mass = new double[n];
        int[] length = new int[n];
        int blocks = 0;
        for (int k = 0; k < n; k++) {
            value[blocks] = target[k];
            mass[blocks] = weight[k];
            length[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                double m = mass[blocks - 2] + mass[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * mass[blocks - 2] + value[blocks - 1] * mass[blocks - 1]) / m;
                mass[blocks - 2] = m;
                length[blocks - 2] += length[blocks - 1];
                blocks--;
            }
        }
        double[] fit = new double[n];
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < length[b]; i++) {
                fit[k++] = value[b];
            }
        }
        return fit;
    }

    private void centre() {
        if (y.length == 0) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mid = (min + max) / 2;
        for (int v = 0; v < y.length; v++) {
            y[v] = y[v] - mid + 0.0; // + 0.0 turns -0.0 into 0.0, which records compare as different
        }
    }
}
