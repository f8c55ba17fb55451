package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * NAS-Bench-101: the raw 7-vertex spec as the benchmark's own samplers draw it (each upper-triangular
 * bit 1 with probability ½, interior ops uniform); decoding prunes and applies the 9-edge limit.
 */
record Nb101Genome(int[][] matrix, Op[] ops) implements Genome {

    static final int N = SearchSpace.NB101_MAX_NODES;
    private static final List<Op> OPS = SearchSpace.NB101.ops();

    static Nb101Genome random(SplittableRandom random) {
        int[][] matrix = new int[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = i + 1; j < N; j++) {
                matrix[i][j] = random.nextBoolean() ? 1 : 0;
            }
        }
        Op[] ops = new Op[N];
        for (int v = 1; v < N - 1; v++) {
            ops[v] = OPS.get(random.nextInt(OPS.size()));
        }
        return new Nb101Genome(matrix, ops);
    }

    @Override
    public Architecture decode() {
        List<String> names = new ArrayList<>(N);
        names.add(Nb101Spec.INPUT);
        for (int v = 1; v < N - 1; v++) {
            names.add(SearchSpace.NB101.opName(ops[v]));
        }
        names.add(Nb101Spec.OUTPUT);
        return Architecture.of(Nb101Spec.fromMatrix(matrix, names));
    }

    @Override
    public Genome cheaper(SplittableRandom random) {
        int v = Moves.weightedIndex(ops, random);
        if (v < 0) {
            return null;
        }
        List<Op> free = Moves.free(OPS);
        Op[] copy = ops.clone();
        copy[v] = free.get(random.nextInt(free.size()));
        return new Nb101Genome(matrix, copy);
    }

    /** Flips one upper-triangular bit or changes one interior op, with equal odds. */
    @Override
    public Genome mutate(SplittableRandom random) {
        int[][] m = new int[N][];
        for (int i = 0; i < N; i++) {
            m[i] = matrix[i].clone();
        }
        Op[] o = ops.clone();
        if (random.nextBoolean()) {
            int bit = random.nextInt(N * (N - 1) / 2);
            int i = 0;
            while (bit >= N - 1 - i) {
                bit -= N - 1 - i;
                i++;
            }
            int j = i + 1 + bit;
            m[i][j] ^= 1;
        } else {
            int v = 1 + random.nextInt(N - 2);
            o[v] = Moves.other(OPS, o[v], random);
        }
        return new Nb101Genome(m, o);
    }
}
