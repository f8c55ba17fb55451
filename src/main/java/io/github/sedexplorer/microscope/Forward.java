package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SedException;

import java.util.SplittableRandom;

/**
 * One forward pass of a cell as sed-model.md models it, for one seed: every input node is an independent Gaussian map
 * N(0, 1) of C × H × W; a node is the sum over its incoming edges of op(source) (so a DARTS output, a concatenation in
 * the benchmark, and an NB101 output are sums, as sed-flow's v(node) = Σ g·v(src) treats them); an NB101 interior node
 * then applies its own op to that sum. Weights are i.i.d. N(0, 1), not normalised; there is no batch norm and no ReLU
 * (the model has neither). Every op keeps C channels.
 * <p>
 * Padding is periodic ('same' size, wrap-around): every position then sees a full window of i.i.d. inputs, as the
 * model's infinite stationary map does; zero padding would lower the variance at the border. Stride 1, except a DARTS
 * reduce cell's edges out of its input nodes, which run at stride 2 (output ⌈H/2⌉ × ⌈W/2⌉; skip then subsamples).
 * <p>
 * Ops: conv k×k (weights C×C×k×k, gain k²·C); sep_conv k×k = two blocks of depthwise k×k + pointwise 1×1 (the first
 * depthwise carries the stride; gain (k²·C)²); dil_conv k×k = depthwise k×k at dilation 2 + pointwise (gain k²·C);
 * avg_pool p×p = the mean of the p×p window (gain 1/p² on white input); max_pool p×p = its max; skip = identity.
 * <p>
 * Determinism: the input map of (seed, cell, input node) and the weights of (seed, cell, edge index) or (seed, cell,
 * node) come each from their own {@link SplittableRandom}, seeded by mixing those numbers, so a result depends only on
 * the settings, the seed index and the cell, never on the order in which nodes or edges are evaluated.
 */
public final class Forward {

    private Forward() {
    }

    /**
     * A cell as the forward pass sees it: nodes 0..n−1 in a topological order of the edges' list order, the ops,
     * and which edges run at stride 2. Built from a {@link Cell} or from an isomorphism key.
     */
    static final class Graph {
        final int n;
        final boolean[] input;
        final Op[] nodeOp;
        final int[] from;
        final int[] to;
        final Op[] op;
        /** Edge ids for seeding: the edge's index in the cell. */
        final int[] id;
        final boolean[] strided;
        final int[] order;
        final int output;

        Graph(boolean[] input, Op[] nodeOp, int[] from, int[] to, Op[] op, int[] id, boolean[] strided, int[] order, int output) {
            this.n = input.length;
            this.input = input;
            this.nodeOp = nodeOp;
            this.from = from;
            this.to = to;
            this.op = op;
            this.id = id;
            this.strided = strided;
            this.order = order;
            this.output = output;
        }

        static Graph of(Cell cell, boolean reduce) {
            int n = cell.nodeCount();
            boolean[] input = new boolean[n];
            Op[] nodeOp = new Op[n];
            int output = -1;
            for (int v = 0; v < n; v++) {
                input[v] = cell.node(v).role() == NodeRole.INPUT;
                nodeOp[v] = cell.node(v).op();
                if (cell.node(v).role() == NodeRole.OUTPUT) {
                    output = v;
                }
            }
            int m = cell.edgeCount();
            int[] from = new int[m];
            int[] to = new int[m];
            Op[] op = new Op[m];
            int[] id = new int[m];
            boolean[] strided = new boolean[m];
            for (int p = 0; p < m; p++) { // forward order: every edge after the edges into its source
                Edge e = cell.forwardEdge(p);
                from[p] = e.from();
                to[p] = e.to();
                op[p] = e.op();
                id[p] = cell.forwardEdgeIndex(p);
                strided[p] = reduce && input[e.from()];
            }
            return new Graph(input, nodeOp, from, to, op, id, strided, cell.topologicalOrder().clone(), output);
        }
    }

    /** Each node's map for seed index {@code seedIndex} (0..K−1) of cell {@code cellIndex}; reduce: a DARTS reduce cell. */
    public static FeatureMap[] run(Cell cell, int cellIndex, boolean reduce, MicroscopeSettings s, int seedIndex) {
        return run(Graph.of(cell, reduce), cellIndex, s, seedIndex);
    }

    static FeatureMap[] run(Graph g, int cellIndex, MicroscopeSettings s, int seedIndex) {
        int c = s.channels();
        FeatureMap[] sum = new FeatureMap[g.n];
        FeatureMap[] out = new FeatureMap[g.n];
        boolean[] done = new boolean[g.n];
        long base = mix(mix(s.seed()) + seedIndex) + 31L * cellIndex;
        for (int e = 0; e < g.from.length; e++) {
            int u = g.from[e];
            settle(g, u, sum, out, done, base, s);
            if (!g.op[e].isReal()) {
                continue;
            }
            SplittableRandom rng = new SplittableRandom(mix(base ^ mix(1_000_003L + g.id[e])));
            FeatureMap y = apply(g.op[e], out[u], c, g.strided[e] ? 2 : 1, rng);
            int v = g.to[e];
            if (sum[v] == null) {
                sum[v] = y;
            } else {
                add(sum[v], y);
            }
        }
        for (int i = 0; i < g.n; i++) {
            settle(g, g.order[i], sum, out, done, base, s);
        }
        return out;
    }

    private static void settle(Graph g, int v, FeatureMap[] sum, FeatureMap[] out, boolean[] done, long base, MicroscopeSettings s) {
        if (done[v]) {
            return;
        }
        done[v] = true;
        if (g.input[v]) {
            SplittableRandom rng = new SplittableRandom(mix(base ^ mix(7L + v)));
            FeatureMap m = new FeatureMap(s.channels(), s.height(), s.width());
            for (int i = 0; i < m.data.length; i++) {
                m.data[i] = rng.nextGaussian();
            }
            out[v] = m;
            return;
        }
        FeatureMap in = sum[v];
        if (in == null) { // no signal arrives: a zero map of the size the node would have
            in = new FeatureMap(s.channels(), s.height(), s.width());
            for (int e = 0; e < g.from.length; e++) {
                if (g.to[e] == v && out[g.from[e]] != null) {
                    int stride = g.strided[e] ? 2 : 1;
                    in = new FeatureMap(s.channels(), ceilDiv(out[g.from[e]].height(), stride), ceilDiv(out[g.from[e]].width(), stride));
                    break;
                }
            }
        }
        Op op = g.nodeOp[v];
        out[v] = op == Op.SKIP ? in : apply(op, in, s.channels(), 1, new SplittableRandom(mix(base ^ mix(500_009L + v))));
    }

    /** op on a map at the stride, with weights from rng. */
    static FeatureMap apply(Op op, FeatureMap x, int channels, int stride, SplittableRandom rng) {
        int k = op.kernel();
        return switch (op.family()) {
            case SKIP -> stride == 1 ? new FeatureMap(x.channels(), x.height(), x.width(), x.data.clone()) : pool(x, 1, stride, false);
            case CONV -> conv(x, gaussians(rng, channels * x.channels() * k * k), channels, k, 1, stride, false);
            case DIL_CONV -> {
                FeatureMap d = conv(x, gaussians(rng, x.channels() * k * k), x.channels(), k, 2, stride, true);
                yield conv(d, gaussians(rng, channels * d.channels()), channels, 1, 1, 1, false);
            }
            case SEP_CONV -> {
                FeatureMap d = conv(x, gaussians(rng, x.channels() * k * k), x.channels(), k, 1, stride, true);
                FeatureMap p = conv(d, gaussians(rng, channels * d.channels()), channels, 1, 1, 1, false);
                FeatureMap d2 = conv(p, gaussians(rng, channels * k * k), channels, k, 1, 1, true);
                yield conv(d2, gaussians(rng, channels * channels), channels, 1, 1, 1, false);
            }
            case AVG_POOL -> pool(x, k, stride, false);
            case MAX_POOL -> pool(x, k, stride, true);
            case NONE -> throw new SedException("the none operation carries no signal");
        };
    }

    static double[] gaussians(SplittableRandom rng, int count) {
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = rng.nextGaussian();
        }
        return w;
    }

    /**
     * Periodic 'same' convolution: out[o](y, x) = Σ_c Σ_{dy,dx} w[o][c][dy][dx] · in[c](sy + (dy − h)·dil, sx + (dx − h)·dil)
     * with (sy, sx) = (y, x)·stride, h = (k − 1)/2 and indices taken mod H, W; weights [o][c][dy][dx] flat. Depthwise:
     * out[c] from in[c] only, weights [c][dy][dx], and outChannels equals the input's.
     */
    static FeatureMap conv(FeatureMap x, double[] w, int outChannels, int k, int dil, int stride, boolean depthwise) {
        int cin = x.channels();
        int h = x.height();
        int wd = x.width();
        int oh = ceilDiv(h, stride);
        int ow = ceilDiv(wd, stride);
        FeatureMap y = new FeatureMap(outChannels, oh, ow);
        double[] in = x.data;
        double[] out = y.data;
        int half = (k - 1) / 2;
        for (int o = 0; o < outChannels; o++) {
            int c0 = depthwise ? o : 0;
            int c1 = depthwise ? o + 1 : cin;
            for (int c = c0; c < c1; c++) {
                for (int dy = 0; dy < k; dy++) {
                    for (int dx = 0; dx < k; dx++) {
                        double wt = depthwise ? w[(o * k + dy) * k + dx] : w[((o * cin + c) * k + dy) * k + dx];
                        int oy = (dy - half) * dil;
                        int ox = (dx - half) * dil;
                        if (stride == 1) {
                            int shift = Math.floorMod(ox, wd);
                            for (int yy = 0; yy < oh; yy++) {
                                int src = (c * h + Math.floorMod(yy + oy, h)) * wd;
                                int dst = (o * oh + yy) * ow;
                                int split = wd - shift;
                                for (int xx = 0; xx < split; xx++) {
                                    out[dst + xx] += wt * in[src + xx + shift];
                                }
                                for (int xx = split; xx < wd; xx++) {
                                    out[dst + xx] += wt * in[src + xx + shift - wd];
                                }
                            }
                        } else {
                            for (int yy = 0; yy < oh; yy++) {
                                int src = (c * h + Math.floorMod(yy * stride + oy, h)) * wd;
                                int dst = (o * oh + yy) * ow;
                                for (int xx = 0; xx < ow; xx++) {
                                    out[dst + xx] += wt * in[src + Math.floorMod(xx * stride + ox, wd)];
                                }
                            }
                        }
                    }
                }
            }
        }
        return y;
    }

    /** Periodic 'same' p×p pool at the stride: the mean (or the max) of the window around (y, x)·stride. */
    static FeatureMap pool(FeatureMap x, int p, int stride, boolean max) {
        int ch = x.channels();
        int h = x.height();
        int wd = x.width();
        int oh = ceilDiv(h, stride);
        int ow = ceilDiv(wd, stride);
        FeatureMap y = new FeatureMap(ch, oh, ow);
        int half = (p - 1) / 2;
        double inv = 1.0 / ((double) p * p);
        for (int c = 0; c < ch; c++) {
            for (int yy = 0; yy < oh; yy++) {
                for (int xx = 0; xx < ow; xx++) {
                    double acc = max ? Double.NEGATIVE_INFINITY : 0;
                    for (int dy = 0; dy < p; dy++) {
                        int row = (c * h + Math.floorMod(yy * stride + dy - half, h)) * wd;
                        for (int dx = 0; dx < p; dx++) {
                            double v = x.data[row + Math.floorMod(xx * stride + dx - half, wd)];
                            acc = max ? Math.max(acc, v) : acc + v;
                        }
                    }
                    y.data[(c * oh + yy) * ow + xx] = max ? acc : acc * inv;
                }
            }
        }
        return y;
    }

    private static void add(FeatureMap into, FeatureMap y) {
        if (into.height() != y.height() || into.width() != y.width() || into.channels() != y.channels()) {
            throw new SedException("maps of " + into.height() + "×" + into.width() + " and " + y.height() + "×" + y.width()
                    + " meet at one node");
        }
        double[] a = into.data;
        double[] b = y.data;
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value from any long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
