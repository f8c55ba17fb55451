package io.github.sedexplorer.microscope;

/**
 * Local entropy of a feature map: the Gaussian entropy ½·ln det(2πe·Σ) of its s×s windows, Σ the s²×s² covariance of
 * the window's values, and the neighbour correlation ρ(1). Windows are periodic (they wrap around the border, as the
 * forward pass's padding does), one per (channel, position), so a C×H×W map gives C·H·W windows. Values are centred by
 * the map's common mean before Σ is formed. ln det comes from a Cholesky factorisation; a Σ that is not positive
 * definite (no signal, or fewer samples than s²) has entropy −∞.
 * <p>
 * For white N(0, v) values Σ = v·I and the entropy is exactly the 1-D prediction s²·½·ln(2πe·v); correlated
 * neighbours make det Σ smaller, so the measured local entropy falls below the prediction.
 */
public final class LocalEntropy {

    private static final double LN_2PI_E = Math.log(2 * Math.PI * Math.E);

    private LocalEntropy() {
    }

    /** The 1-D prediction s²·½·ln(2πe·v) from ½·ln v (−∞ stays −∞). */
    public static double predicted(int window, double halfLogVariance) {
        return window * window * (0.5 * LN_2PI_E + halfLogVariance);
    }

    /** ½·ln det(2πe·Σ) with Σ over all channels and positions of the map. */
    public static double of(FeatureMap map, int s) {
        int d = s * s;
        double[] cov = new double[d * d];
        double[] mean = new double[d];
        double m = map.mean();
        double[] z = new double[d];
        int h = map.height();
        int w = map.width();
        for (int c = 0; c < map.channels(); c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    window(map, c, y, x, s, m, z);
                    accumulate(z, mean, cov);
                }
            }
        }
        return entropy(cov, mean, (double) map.channels() * h * w);
    }

    /**
     * The heat map of a node: at each position (y, x), ½·ln det(2πe·Σ_yx) with Σ_yx the covariance of the s×s window
     * around (y, x) over all channels of all the given maps (one per seed), centred by their common mean. It needs
     * more than s² samples (C·K > s²) to be finite. Rows [y][x].
     */
    public static double[][] heat(FeatureMap[] maps, int s) {
        int d = s * s;
        int h = maps[0].height();
        int w = maps[0].width();
        double m = 0;
        for (FeatureMap map : maps) {
            m += map.mean();
        }
        m /= maps.length;
        double[][] out = new double[h][w];
        double[] cov = new double[d * d];
        double[] mean = new double[d];
        double[] z = new double[d];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                java.util.Arrays.fill(cov, 0);
                java.util.Arrays.fill(mean, 0);
                int count = 0;
                for (FeatureMap map : maps) {
                    for (int c = 0; c < map.channels(); c++) {
                        window(map, c, y, x, s, m, z);
                        accumulate(z, mean, cov);
                        count++;
                    }
                }
                out[y][x] = entropy(cov, mean, count);
            }
        }
        return out;
    }

    /**
     * ρ(1): the correlation of each value with its right and its lower neighbour (periodic), pooled over channels,
     * positions and both directions: Σ (a − m)(b − m) / (2·N·var). NaN for a map without variance.
     */
    public static double rho1(FeatureMap map) {
        int h = map.height();
        int w = map.width();
        double m = map.mean();
        double[] a = map.data;
        double num = 0;
        double den = 0;
        for (int c = 0; c < map.channels(); c++) {
            for (int y = 0; y < h; y++) {
                int row = (c * h + y) * w;
                int down = (c * h + (y + 1) % h) * w;
                for (int x = 0; x < w; x++) {
                    double v = a[row + x] - m;
                    num += v * (a[row + (x + 1) % w] - m) + v * (a[down + x] - m);
                    den += v * v;
                }
            }
        }
        return den > 0 ? num / (2 * den) : Double.NaN;
    }

    private static void window(FeatureMap map, int c, int y, int x, int s, double m, double[] z) {
        int h = map.height();
        int w = map.width();
        int half = (s - 1) / 2;
        int i = 0;
        for (int dy = 0; dy < s; dy++) {
            int row = (c * h + Math.floorMod(y + dy - half, h)) * w;
            for (int dx = 0; dx < s; dx++) {
                z[i++] = map.data[row + Math.floorMod(x + dx - half, w)] - m;
            }
        }
    }

    private static void accumulate(double[] z, double[] mean, double[] cov) {
        int d = z.length;
        for (int i = 0; i < d; i++) {
            double zi = z[i];
            mean[i] += zi;
            int row = i * d;
            for (int j = 0; j <= i; j++) {
                cov[row + j] += zi * z[j];
            }
        }
    }

    /** From the sums: Σ = Σzzᵀ/n − μμᵀ, then ½·(d·ln 2πe + ln det Σ). */
    private static double entropy(double[] cov, double[] mean, double n) {
        int d = mean.length;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                cov[i * d + j] = cov[i * d + j] / n - (mean[i] / n) * (mean[j] / n);
            }
        }
        double logDet = logDetCholesky(cov, d);
        return logDet == Double.NEGATIVE_INFINITY ? logDet : 0.5 * (d * LN_2PI_E + logDet);
    }

    /** ln det of the symmetric matrix whose lower triangle is a (overwritten); −∞ unless positive definite (a pivot below 10⁻¹² of its diagonal entry counts as singular). */
    static double logDetCholesky(double[] a, int d) {
        double logDet = 0;
        for (int j = 0; j < d; j++) {
            double original = a[j * d + j];
            double diag = original;
            for (int k = 0; k < j; k++) {
                diag -= a[j * d + k] * a[j * d + k];
            }
            if (!(diag > 1e-12 * original)) { // singular up to rounding: a relative pivot this small is no signal
                return Double.NEGATIVE_INFINITY;
            }
            double l = Math.sqrt(diag);
            a[j * d + j] = l;
            logDet += 2 * Math.log(l);
            for (int i = j + 1; i < d; i++) {
                double v = a[i * d + j];
                for (int k = 0; k < j; k++) {
                    v -= a[i * d + k] * a[j * d + k];
                }
                a[i * d + j] = v / l;
            }
        }
        return logDet;
    }
}
