package io.github.sedexplorer.cell;

/** The kinds of operation a cell edge (or, in NAS-Bench-101, a node) can carry. */
public enum OpFamily {
    /** Plain k×k convolution, C inputs to C outputs. */
    CONV("conv", true),
    /** DARTS separable convolution: two (depthwise k×k + pointwise) blocks. */
    SEP_CONV("sep_conv", true),
    /** DARTS dilated convolution: one depthwise k×k (dilation 2) + pointwise block. */
    DIL_CONV("dil_conv", true),
    AVG_POOL("avg_pool", true),
    MAX_POOL("max_pool", true),
    SKIP("skip", false),
    /** The zero operation: the edge does not exist. */
    NONE("none", false);

    private final String prefix;
    private final boolean sized;

    OpFamily(String prefix, boolean sized) {
        this.prefix = prefix;
        this.sized = sized;
    }

    /** Canonical name stem, e.g. {@code sep_conv} for {@code sep_conv_3x3}. */
    public String prefix() {
        return prefix;
    }

    /** Whether the family has a kernel / window size. */
    public boolean sized() {
        return sized;
    }

    public boolean isConvolution() {
        return this == CONV || this == SEP_CONV || this == DIL_CONV;
    }

    public boolean isPool() {
        return this == AVG_POOL || this == MAX_POOL;
    }
}
