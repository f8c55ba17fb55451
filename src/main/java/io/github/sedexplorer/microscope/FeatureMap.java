package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.SedException;

/** A C × H × W feature map of doubles, channel-major ({@code data[(c·H + y)·W + x]}). Mutable only inside this package. */
public final class FeatureMap {

    private final int channels;
    private final int height;
    private final int width;
    final double[] data;

    FeatureMap(int channels, int height, int width) {
        this(channels, height, width, new double[Math.multiplyExact(Math.multiplyExact(channels, height), width)]);
    }

    FeatureMap(int channels, int height, int width, double[] data) {
        if (data.length != channels * height * width) {
            throw new SedException("a " + channels + "×" + height + "×" + width + " map needs " + channels * height * width
                    + " values, not " + data.length);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.data = data;
    }

    /** A map from its values, copied. */
    public static FeatureMap of(int channels, int height, int width, double[] values) {
        return new FeatureMap(channels, height, width, values.clone());
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public double get(int c, int y, int x) {
        return data[(c * height + y) * width + x];
    }

    /** All values, copied, channel-major. */
    public double[] values() {
        return data.clone();
    }

    /** Channel c as rows [y][x] (a copy). */
    public double[][] channel(int c) {
        double[][] out = new double[height][width];
        for (int y = 0; y < height; y++) {
            System.arraycopy(data, (c * height + y) * width, out[y], 0, width);
        }
        return out;
    }

    /** The mean over channels at each position, [y][x]. */
    public double[][] channelMean() {
        double[][] out = new double[height][width];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                int base = (c * height + y) * width;
                for (int x = 0; x < width; x++) {
                    out[y][x] += data[base + x];
                }
            }
        }
        for (double[] row : out) {
            for (int x = 0; x < width; x++) {
                row[x] /= channels;
            }
        }
        return out;
    }

    /** The mean of all values. */
    public double mean() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return s / data.length;
    }

    /** The variance of all values about their common mean (divided by the count): the measured v. */
    public double variance() {
        double m = mean();
        double s = 0;
        for (double v : data) {
            double d = v - m;
            s += d * d;
        }
        return s / data.length;
    }
}
