package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.SedException;

/**
 * What the entropy microscope runs on: a Gaussian input map of {@code channels} × {@code height} × {@code width}
 * (unit variance), local-entropy windows of {@code window} × {@code window}, averaged over {@code seeds} runs whose
 * random draws all derive from {@code seed}. The prediction column uses {@code channels} as the model's C, since a
 * convolution's variance gain k²·C counts the input channels of the map it actually runs on.
 */
public record MicroscopeSettings(int channels, int height, int width, int window, int seeds, long seed) {

    /** Largest channel count, side and seed count accepted (a map beyond this is not a microscope but a training run). */
    public static final int MAX_CHANNELS = 256;
    public static final int MAX_SIDE = 512;
    public static final int MAX_SEEDS = 64;
    public static final int MAX_WINDOW = 7;

    public MicroscopeSettings {
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new SedException("microscope: channels must be 1 to " + MAX_CHANNELS + ", not " + channels);
        }
        if (height < 1 || height > MAX_SIDE || width < 1 || width > MAX_SIDE) {
            throw new SedException("microscope: the map must be 1 to " + MAX_SIDE + " on a side, not " + height + "×" + width);
        }
        if (window < 1 || window > MAX_WINDOW) {
            throw new SedException("microscope: the window s must be 1 to " + MAX_WINDOW + ", not " + window);
        }
        if (window > height || window > width) {
            throw new SedException("microscope: a " + window + "×" + window + " window does not fit a " + height + "×" + width + " map");
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new SedException("microscope: seeds K must be 1 to " + MAX_SEEDS + ", not " + seeds);
        }
    }

    /** C = 16, 32×32, s = 3, K = 4, seed 1: the defaults (NB201's first-stage width). */
    public static MicroscopeSettings defaults() {
        return new MicroscopeSettings(16, 32, 32, 3, 4, 1);
    }

    public MicroscopeSettings withSeeds(int k) {
        return new MicroscopeSettings(channels, height, width, window, k, seed);
    }

    public MicroscopeSettings withSeed(long s) {
        return new MicroscopeSettings(channels, height, width, window, seeds, s);
    }
}
