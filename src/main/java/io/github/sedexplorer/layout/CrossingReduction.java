package io.github.sedexplorer.layout;

import java.util.Arrays;

/**
 * Orders the vertices inside each layer to few crossings: barycenter sweeps, alternately down and
 * up, each followed by adjacent exchanges; the best order seen (the start included) wins, so the
 * result never has more crossings than the start.
 */
final class CrossingReduction {

    static final int SWEEPS = 8;
    private static final int EXCHANGE_PASSES = 4;

    private final LayerGraph g;
    private final int[][] order;
    /** Position of every vertex inside its layer. */
    private final int[] pos;

    private CrossingReduction(LayerGraph g, int[][] order) {
        this.g = g;
        this.order = order;
        this.pos = new int[g.vertexCount()];
        for (int[] layer : order) {
            index(layer);
        }
    }

    /** The start: every layer by vertex id, that is nodes by index, then dummies by edge index. */
    static int[][] initialOrder(LayerGraph g) {
        int[] size = new int[g.layerCount];
        for (int v = 0; v < g.vertexCount(); v++) {
            size[g.layer[v]]++;
        }
        int[][] order = new int[g.layerCount][];
        for (int l = 0; l < g.layerCount; l++) {
            order[l] = new int[size[l]];
            size[l] = 0;
        }
        for (int v = 0; v < g.vertexCount(); v++) {
            order[g.layer[v]][size[g.layer[v]]++] = v;
        }
        return order;
    }

    /** The best order found from {@code start} (not modified). */
    static int[][] reduce(LayerGraph g, int[][] start) {
        CrossingReduction r = new CrossingReduction(g, copy(start));
        int[][] best = copy(start);
        long fewest = r.crossings();
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean downward = sweep % 2 == 0;
            r.sweep(downward);
            r.exchange();
            long now = r.crossings();
            if (now < fewest) {
                fewest = now;
                best = copy(r.order);
            }
        }
        return best;
    }

    /** Total crossings of the layered drawing in the given order. */
    static long crossings(LayerGraph g, int[][] order) {
        return new CrossingReduction(g, order).crossings();
    }

    private long crossings() {
        long total = 0;
        for (int l = 0; l + 1 < order.length; l++) {
            total += between(order[l], order[l + 1].length);
        }
        return total;
    }

    /**
     * Crossings between a layer and the next: the segments sorted by (upper, lower) position cross
     * once per inversion of their lower positions, counted with a Fenwick tree.
     */
    private long between(int[] upper, int lowerSize) {
        int[] tree = new int[lowerSize + 1];
        long total = 0;
        int seen = 0;
        int[] targets = new int[0];
        for (int a : upper) {
            int[] next = g.down[a];
            if (targets.length < next.length) {
                targets = new int[next.length];
            }
            for (int k = 0; k < next.length; k++) {
                targets[k] = pos[next[k]];
            }
            Arrays.sort(targets, 0, next.length);
            for (int k = 0; k < next.length; k++) {
                int t = targets[k];
                int atMost = 0;
                for (int i = t + 1; i > 0; i -= i & -i) {
                    atMost += tree[i];
                }
                total += seen - atMost;
                for (int i = t + 1; i <= lowerSize; i += i & -i) {
                    tree[i]++;
                }
                seen++;
            }
        }
        return total;
    }

    private void sweep(boolean downward) {
        int from = downward ? 1 : order.length - 2;
        int step = downward ? 1 : -1;
        for (int l = from; l >= 0 && l < order.length; l += step) {
            int[] layer = order[l];
            double[] key = new double[layer.length];
            for (int k = 0; k < layer.length; k++) {
                int[] fixed = downward ? g.up[layer[k]] : g.down[layer[k]];
                key[k] = barycenter(fixed, pos[layer[k]]);
            }
            // insertion sort: stable, so ties keep their order, and quick on the nearly sorted later sweeps
            for (int i = 1; i < layer.length; i++) {
                int v = layer[i];
                double kv = key[i];
                int j = i;
                while (j > 0 && key[j - 1] > kv) {
                    layer[j] = layer[j - 1];
                    key[j] = key[j - 1];
                    j--;
                }
                layer[j] = v;
                key[j] = kv;
            }
            index(layer);
        }
    }

    /** Mean position of the neighbours in the fixed layer; a vertex without any keeps its place. */
    private double barycenter(int[] neighbours, int own) {
        if (neighbours.length == 0) {
            return own;
        }
        double sum = 0;
        for (int u : neighbours) {
            sum += pos[u];
        }
        return sum / neighbours.length;
    }

    /** Swaps neighbours in a layer while that removes crossings with both adjacent layers. */
    private void exchange() {
        for (int pass = 0; pass < EXCHANGE_PASSES; pass++) {
            boolean improved = false;
            for (int[] layer : order) {
                for (int k = 0; k + 1 < layer.length; k++) {
                    int u = layer[k];
                    int v = layer[k + 1];
                    long kept = pairCrossings(g.up[u], g.up[v]) + pairCrossings(g.down[u], g.down[v]);
                    long swapped = pairCrossings(g.up[v], g.up[u]) + pairCrossings(g.down[v], g.down[u]);
                    if (swapped < kept) {
                        layer[k] = v;
                        layer[k + 1] = u;
                        pos[u] = k + 1;
                        pos[v] = k;
                        improved = true;
                    }
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /** Crossings between the segments of a left vertex and those of the vertex right of it. */
    private long pairCrossings(int[] left, int[] right) {
        long c = 0;
        for (int x : left) {
            for (int y : right) {
                if (pos[x] > pos[y]) {
                    c++;
                }
            }
        }
        return c;
    }

    private void index(int[] layer) {
        for (int k = 0; k < layer.length; k++) {
            pos[layer[k]] = k;
        }
    }

    private static int[][] copy(int[][] order) {
        int[][] c = new int[order.length][];
        for (int l = 0; l < order.length; l++) {
            c[l] = order[l].clone();
        }
        return c;
    }
}
