package io.github.sedexplorer.microscope;

/**
 * A quantity over the K seeds: the mean, and the spread = the sample standard deviation over seeds (divided by K − 1;
 * 0 for K = 1). When a value is infinite (−∞: no signal) the mean is that infinity and the spread 0 if all agree, NaN if not.
 */
public record Stat(double mean, double spread) {

    public static Stat of(double[] values) {
        int k = values.length;
        double sum = 0;
        boolean same = true;
        for (double v : values) {
            sum += v;
            same &= v == values[0] || Double.isNaN(v) && Double.isNaN(values[0]);
        }
        double mean = sum / k;
        if (!Double.isFinite(mean)) {
            return new Stat(same ? values[0] : mean, same ? 0 : Double.NaN);
        }
        if (k == 1) {
            return new Stat(mean, 0);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new Stat(mean, Math.sqrt(ss / (k - 1)));
    }
}
