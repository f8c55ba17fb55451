package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.DartsGenotype.Pair;
import io.github.sedexplorer.cell.Op;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DARTS: normal then reduce cell, 8 (op, source) pairs each; node k+2 takes two distinct sources
 * from 0..k+1 and two of the seven non-none ops (as NAS-Bench-301 samples); concat [2, 3, 4, 5].
 */
record DartsGenome(Pair[] pairs) implements Genome {

    private static final List<Op> OPS = DartsGenotype.NASLIB_OPS;
    private static final int PER_CELL = DartsGenotype.PAIRS;

    static DartsGenome random(SplittableRandom random) {
        Pair[] pairs = new Pair[2 * PER_CELL];
        for (int i = 0; i < pairs.length; i += 2) {
            int sources = 2 + (i % PER_CELL) / 2;
            int a = random.nextInt(sources);
            int b = random.nextInt(sources - 1);
            if (b >= a) {
                b++;
            }
            pairs[i] = new Pair(OPS.get(random.nextInt(OPS.size())), a);
            pairs[i + 1] = new Pair(OPS.get(random.nextInt(OPS.size())), b);
        }
        return new DartsGenome(pairs);
    }

    @Override
    public Architecture decode() {
        List<Pair> all = Arrays.asList(pairs);
        return Architecture.darts(DartsGenotype.cell(all.subList(0, PER_CELL), DartsGenotype.DEFAULT_CONCAT),
                DartsGenotype.cell(all.subList(PER_CELL, 2 * PER_CELL), DartsGenotype.DEFAULT_CONCAT));
    }

    @Override
    public Genome cheaper(SplittableRandom random) {
        Op[] ops = new Op[pairs.length];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = pairs[i].op();
        }
        int i = Moves.weightedIndex(ops, random);
        if (i < 0) {
            return null;
        }
        List<Op> free = Moves.free(OPS);
        Pair[] copy = pairs.clone();
        copy[i] = new Pair(free.get(random.nextInt(free.size())), pairs[i].src());
        return new DartsGenome(copy);
    }

    /**
     * Changes one pair's op or (equal odds) its source to another node that is neither its own nor its
     * partner's; node 2 has no other source, so there the op changes.
     */
    @Override
    public Genome mutate(SplittableRandom random) {
        Pair[] copy = pairs.clone();
        int i = random.nextInt(copy.length);
        Pair p = copy[i];
        int sources = 2 + (i % PER_CELL) / 2;
        int partner = copy[i ^ 1].src();
        if (sources > 2 && random.nextBoolean()) {
            int src = random.nextInt(sources - 2);
            for (int taken : new int[] {Math.min(p.src(), partner), Math.max(p.src(), partner)}) {
                if (src >= taken) {
                    src++;
                }
            }
            copy[i] = new Pair(p.op(), src);
        } else {
            copy[i] = new Pair(Moves.other(OPS, p.op(), random), p.src());
        }
        return new DartsGenome(copy);
    }
}
