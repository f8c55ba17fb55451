package io.github.sedexplorer.layout;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random free cells for property tests of layouts and pictures. */
public final class RandomCells {

    private static final List<Op> OPS = SearchSpace.FREE.ops();

    private RandomCells() {
    }

    /**
     * The 50-node free cell of the editor's speed figures (EditScoreBenchmark's, seed 42): a chain of 3x3
     * convolutions, and from each node skips and 1x1s to the next 2..4.
     */
    public static Cell fiftyNodeEditCell() {
        Random r = new Random(42);
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.INPUT);
        for (int i = 1; i < 49; i++) {
            nodes.add(Node.INTERMEDIATE);
        }
        nodes.add(Node.OUTPUT);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            edges.add(new Edge(i, i + 1, Op.CONV_3X3));
            for (int j = i + 2; j < Math.min(50, i + 5); j++) {
                if (r.nextDouble() < 0.6) {
                    edges.add(new Edge(i, j, r.nextBoolean() ? Op.SKIP : Op.CONV_1X1));
                }
            }
        }
        return Cell.of(SearchSpace.FREE, nodes, edges);
    }

    /**
     * A random free cell: n nodes numbered in a shuffled order, the first in topological rank the
     * input and the last the output, and up to m distinct edges from lower to higher rank, any op.
     */
    public static Cell dag(Random r, int n, int m) {
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            index.add(i);
        }
        Collections.shuffle(index, r);
        Node[] nodes = new Node[n];
        for (int rank = 0; rank < n; rank++) {
            nodes[index.get(rank)] = rank == 0 ? Node.INPUT : rank == n - 1 ? Node.OUTPUT : Node.INTERMEDIATE;
        }
        Set<Long> pairs = new LinkedHashSet<>();
        int target = Math.min(m, n * (n - 1) / 2);
        while (pairs.size() < target) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            if (a != b) {
                pairs.add((long) Math.min(a, b) * n + Math.max(a, b));
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (long p : pairs) {
            edges.add(new Edge(index.get((int) (p / n)), index.get((int) (p % n)), OPS.get(r.nextInt(OPS.size()))));
        }
        return Cell.of(SearchSpace.FREE, List.of(nodes), edges);
    }
}
