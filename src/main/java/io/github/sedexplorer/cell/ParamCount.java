package io.github.sedexplorer.cell;

/**
 * Convolution weights of a cell at channel count C (no biases, no batch-norm):
 * conv k×k k²·C²; separable conv two (depthwise k²·C + pointwise C²) blocks; dilated conv one
 * such block; pools, skip and none nothing. Dead edges count too, as in the benchmarks' own counts.
 */
public final class ParamCount {

    private ParamCount() {
    }

    public static long of(Op op, int channels) {
        long c = channels;
        long k2 = (long) op.kernel() * op.kernel();
        return switch (op.family()) {
            case CONV -> k2 * c * c;
            case SEP_CONV -> 2 * (k2 * c + c * c);
            case DIL_CONV -> k2 * c + c * c;
            default -> 0L;
        };
    }

    public static long of(Cell cell, int channels) {
        long total = 0;
        for (Edge e : cell.edges()) {
            total += of(e.op(), channels);
        }
        for (Node n : cell.nodes()) {
            total += of(n.op(), channels);
        }
        return total;
    }

    public static long of(Architecture arch, int channels) {
        long total = 0;
        for (Cell c : arch.cells()) {
            total += of(c, channels);
        }
        return total;
    }
}
