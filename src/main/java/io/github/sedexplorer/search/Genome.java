package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellRuleException;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.SplittableRandom;

/**
 * What random search draws and evolution mutates: the raw encoding of an architecture
 * (NB101: the unpruned 7-vertex spec), which may decode to nothing valid.
 */
interface Genome {

    /** @throws CellRuleException when the encoding is no valid architecture (e.g. NB101 without a path) */
    Architecture decode();

    /** A copy with one random change (it may decode to nothing valid; callers re-draw). */
    Genome mutate(SplittableRandom random);

    /**
     * A copy with one random op that has weights replaced by a random op without, or null when no op
     * has weights: repeated, it brings any genome under any positive parameter budget.
     */
    Genome cheaper(SplittableRandom random);

    static Genome random(SearchSpace space, SplittableRandom random) {
        return switch (space) {
            case NB201, TRANSNAS_MICRO -> EdgeOpGenome.random(space, random);
            case NB101 -> Nb101Genome.random(random);
            case DARTS -> DartsGenome.random(random);
            case FREE -> throw new IllegalArgumentException("free cells have no search space to sample");
        };
    }
}
