package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;

/**
 * An entropy model: hand it a cell, get SED. Scores are {@link Double#NEGATIVE_INFINITY} for a
 * disconnected cell (no input→output path of real operations): never a made-up number.
 * Implementations are immutable and thread-safe.
 */
public interface SedModel {

    /** Stable id, as on the command line: {@code sed-path}, {@code sed-flow}. */
    String id();

    /** The per-operation entropy table (and with it the channel count C). */
    OpEntropy opEntropy();

    double score(Cell cell);

    /** Sum over the architecture's cells (DARTS: normal + reduce); −∞ if any cell is disconnected. */
    default double score(Architecture arch) {
        double total = 0;
        for (Cell c : arch.cells()) {
            total += score(c);
        }
        return total;
    }

    /** Everything the editor shows about a cell: contributions, node entropies, paths. */
    default SedAnalysis analyse(Cell cell) {
        return new SedAnalysis(cell, opEntropy(), score(cell));
    }

    /** Whether a score says connected: anything but −∞ (the built-in and file models never give −∞ otherwise). */
    static boolean connected(double score) {
        return score != Double.NEGATIVE_INFINITY;
    }

    /** Whether a real-op path leads from an input to the output: the cell's topology, not any score. */
    static boolean connected(Cell cell) {
        return CellDp.pathsFromInputs(cell)[CellDp.output(cell)] > 0;
    }

    /** Whether every cell of the architecture is {@linkplain #connected(Cell) connected}. */
    static boolean connected(Architecture arch) {
        for (Cell c : arch.cells()) {
            if (!connected(c)) {
                return false;
            }
        }
        return true;
    }
}
