package io.github.sedexplorer.layout;

import io.github.sedexplorer.ShortBenchmark;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The layered layout of a random 50-node DAG with 200 edges (200 distinct node pairs drawn uniformly, each an edge
 * from the lower node to the higher, as LayeredLayoutTest's largest case): layers, crossing reduction and the bends
 * of long edges, as Auto-layout runs it.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LayeredLayoutBenchmark extends ShortBenchmark {

    private Cell cell;

    @Setup
    public void setUp() {
        cell = randomDag(50, 200);
    }

    /** m distinct node pairs of n nodes drawn uniformly (seed 42), each an edge from the lower node to the higher. */
    public static Cell randomDag(int n, int m) {
        Random r = new Random(42);
        TreeSet<Long> pairs = new TreeSet<>();
        while (pairs.size() < m) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            if (a != b) {
                pairs.add((long) Math.min(a, b) * n + Math.max(a, b));
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(i == 0 ? Node.INPUT : i == n - 1 ? Node.OUTPUT : Node.INTERMEDIATE);
        }
        Op[] ops = {Op.CONV_3X3, Op.CONV_1X1, Op.SKIP, Op.AVG_POOL_3X3};
        List<Edge> edges = new ArrayList<>();
        for (long p : pairs) {
            edges.add(new Edge((int) (p / n), (int) (p % n), ops[r.nextInt(ops.length)]));
        }
        return Cell.of(SearchSpace.FREE, nodes, edges);
    }

    @Benchmark
    public LayoutResult layout() {
        return LayeredLayout.layout(cell);
    }
}
