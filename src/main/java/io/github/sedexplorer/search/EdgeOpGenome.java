package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.List;
import java.util.SplittableRandom;

/** NB201 / TransNAS micro: one op on each of the six edges. */
record EdgeOpGenome(SearchSpace space, Op[] ops) implements Genome {

    static EdgeOpGenome random(SearchSpace space, SplittableRandom random) {
        List<Op> palette = space.ops();
        Op[] ops = new Op[6];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = palette.get(random.nextInt(palette.size()));
        }
        return new EdgeOpGenome(space, ops);
    }

    @Override
    public Architecture decode() {
        return Architecture.of(Nb201ArchString.fromOps(space, ops));
    }

    @Override
    public Genome cheaper(SplittableRandom random) {
        int edge = Moves.weightedIndex(ops, random);
        if (edge < 0) {
            return null;
        }
        List<Op> free = Moves.free(space.ops());
        Op[] copy = ops.clone();
        copy[edge] = free.get(random.nextInt(free.size()));
        return new EdgeOpGenome(space, copy);
    }

    @Override
    public Genome mutate(SplittableRandom random) {
        List<Op> palette = space.ops();
        Op[] copy = ops.clone();
        int edge = random.nextInt(copy.length);
        copy[edge] = Moves.other(palette, copy[edge], random);
        return new EdgeOpGenome(space, copy);
    }
}
