package io.github.sedexplorer.cell;

/**
 * Convolution weights of a cell at channel count C (no biases, no batch-norm):
 * conv k×k k²·C²; separable conv two (depthwise k²·C + pointwise C²) blocks; dilated conv one
 * such block; pools, skip and none nothing. What is counted is what each benchmark counts: in
 * NAS-Bench-101 the pruned spec (nodes on no input→output path are dropped before the network is
 * built, so they have no weights); elsewhere every edge, dead ones too, since NB201, TransNAS and
 * DARTS networks hold every operation of the cell.
 *
 * <p>Counts are exact: C is at most {@link #MAX_CHANNELS}, which keeps every count of the largest cell any
 * space allows exact in a long, and the arithmetic is checked, so a count is never a wrapped number.
 */
public final class ParamCount {

    /**
     * The largest channel count C anything accepts (the CLI's {@code --channels}, model files, the app's spinners):
     * 2^20 = 1,048,576. The largest count is a free cell of {@link SearchSpace#FREE_MAX_NODES} nodes with an edge
     * between every pair (499,500 edges), each a separable 31×31 convolution: 2·(961·C + C²) weights per edge,
     * 1.1·10^18 in all at C = 2^20, below {@link Long#MAX_VALUE} (9.2·10^18) with room to spare; a DARTS
     * genotype at that C has at most 3.5·10^13. (At 2^22 the free cell would overflow.)
     */
    public static final int MAX_CHANNELS = 1 << 20;

    private ParamCount() {
    }

    /** @throws IllegalArgumentException when C is not 1..{@link #MAX_CHANNELS} */
    public static long of(Op op, int channels) {
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new IllegalArgumentException("channel count C must be 1.." + MAX_CHANNELS + ", not " + channels);
        }
        long c = channels;
        long k2 = (long) op.kernel() * op.kernel();
        return switch (op.family()) {
            case CONV -> Math.multiplyExact(k2, Math.multiplyExact(c, c));
            case SEP_CONV -> Math.multiplyExact(2, Math.addExact(Math.multiplyExact(k2, c), Math.multiplyExact(c, c)));
            case DIL_CONV -> Math.addExact(Math.multiplyExact(k2, c), Math.multiplyExact(c, c));
            default -> 0L;
        };
    }

    /** @throws IllegalArgumentException when C is not 1..{@link #MAX_CHANNELS} */
    public static long of(Cell cell, int channels) {
        long total = 0;
        for (Edge e : cell.edges()) {
            total = Math.addExact(total, of(e.op(), channels));
        }
        Liveness live = cell.space() == SearchSpace.NB101 ? Liveness.of(cell) : null;
        for (int i = 0; i < cell.nodeCount(); i++) {
            if (live == null || live.nodeLive(i)) {
                total = Math.addExact(total, of(cell.node(i).op(), channels));
            }
        }
        return total;
    }

    /** @throws IllegalArgumentException when C is not 1..{@link #MAX_CHANNELS} */
    public static long of(Architecture arch, int channels) {
        long total = 0;
        for (Cell c : arch.cells()) {
            total = Math.addExact(total, of(c, channels));
        }
        return total;
    }
}
