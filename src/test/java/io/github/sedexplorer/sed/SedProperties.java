package io.github.sedexplorer.sed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellGraphs;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** sed-model.md §5 invariants, and both aggregations checked against explicit path enumeration (JGraphT). */
class SedProperties {

    private static final int C = 16;
    private static final SedModel PATH = SedModels.create("sed-path", C);
    private static final SedModel FLOW = SedModels.create("sed-flow", C);
    private static final OpEntropy ENTROPY = PATH.opEntropy();

    @Provide
    Arbitrary<Cell> nb201() {
        return Arbitraries.of(SearchSpace.NB201.ops()).list().ofSize(6)
                .map(ops -> Nb201ArchString.fromOps(SearchSpace.NB201, ops.toArray(Op[]::new)));
    }

    /** A random free DAG of 2..12 nodes over every op family, numbered in a random (non-topological) order. */
    @Provide
    Arbitrary<Cell> free() {
        List<Op> ops = List.of(Op.NONE, Op.SKIP, Op.CONV_1X1, Op.CONV_3X3, Op.conv(5), Op.SEP_CONV_3X3,
                Op.DIL_CONV_5X5, Op.AVG_POOL_3X3, Op.MAX_POOL_3X3);
        return Arbitraries.randoms().flatMap(r -> Arbitraries.integers().between(2, 12).map(n -> {
            List<Integer> label = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                label.add(i);
            }
            Collections.shuffle(label, r);
            List<Node> nodes = new ArrayList<>(Collections.nCopies(n, Node.INTERMEDIATE));
            nodes.set(label.get(0), Node.INPUT);
            nodes.set(label.get(n - 1), Node.OUTPUT);
            List<Edge> edges = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (r.nextDouble() < 0.45) {
                        edges.add(new Edge(label.get(i), label.get(j), ops.get(r.nextInt(ops.size()))));
                    }
                }
            }
            return Cell.of(SearchSpace.FREE, nodes, edges);
        }));
    }

    @Example
    void familiesOrderAsTheTheorySays() {
        double pool = PATH.score(uniform(Op.AVG_POOL_3X3));
        double skip = PATH.score(uniform(Op.SKIP));
        double conv1 = PATH.score(uniform(Op.CONV_1X1));
        double conv3 = PATH.score(uniform(Op.CONV_3X3));
        assertTrue(pool < skip && skip < conv1 && conv1 < conv3);
    }

    private static Cell uniform(Op op) {
        return Nb201ArchString.fromOps(SearchSpace.NB201, op, op, op, op, op, op);
    }

    @Property(tries = 300)
    void pathSumEqualsExplicitPathsAndContributions(@ForAll("free") Cell cell) {
        checkAgainstPaths(cell);
    }

    @Property(tries = 200)
    void nb201PathSumEqualsExplicitPaths(@ForAll("nb201") Cell cell) {
        checkAgainstPaths(cell);
    }

    private static void checkAgainstPaths(Cell cell) {
        List<List<Edge>> paths = CellGraphs.inputOutputPaths(cell);
        double sum = 0;
        double variance = 0;
        for (List<Edge> p : paths) {
            double product = 1;
            for (Edge e : p) {
                sum += ENTROPY.delta(e.op());
                product *= ENTROPY.gain(e.op());
            }
            variance += product;
        }
        double path = PATH.score(cell);
        double flow = FLOW.score(cell);
        if (paths.isEmpty()) {
            assertEquals(Double.NEGATIVE_INFINITY, path);
            assertEquals(Double.NEGATIVE_INFINITY, flow);
            return;
        }
        double tolerance = 1e-9 * Math.max(1, Math.abs(sum));
        assertEquals(sum, path, tolerance, "sed-path = Σ paths Σ Δ");
        assertEquals(0.5 * Math.log(variance), flow, 1e-9 * Math.max(1, Math.abs(flow)), "sed-flow = ½ ln Σ paths Π g");
        SedAnalysis a = PATH.analyse(cell);
        double contributions = 0;
        for (int i = 0; i < cell.edgeCount(); i++) {
            contributions += a.edgeContribution(i);
        }
        assertEquals(path, contributions, tolerance, "sed-path = Σ n(e)·Δ(op_e)");
        assertEquals(paths.size(), a.pathCount());
        List<SedAnalysis.PathEntropy> listed = a.paths(Integer.MAX_VALUE);
        assertEquals(paths.size(), listed.size());
        assertEquals(sum, listed.stream().mapToDouble(SedAnalysis.PathEntropy::entropy).sum(), tolerance);
    }

    @Property(tries = 300)
    void scoreDoesNotDependOnNodeNumbering(@ForAll("free") Cell cell, @ForAll Random random) {
        int n = cell.nodeCount();
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, random);
        Node[] nodes = new Node[n];
        for (int i = 0; i < n; i++) {
            nodes[perm.get(i)] = cell.node(i);
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge e : cell.edges()) {
            edges.add(new Edge(perm.get(e.from()), perm.get(e.to()), e.op()));
        }
        Collections.shuffle(edges, random);
        Cell renumbered = Cell.of(SearchSpace.FREE, List.of(nodes), edges);
        assertSame(PATH.score(cell), PATH.score(renumbered));
        assertSame(FLOW.score(cell), FLOW.score(renumbered));
    }

    private static void assertSame(double expected, double actual) {
        if (Double.isInfinite(expected)) {
            assertEquals(expected, actual);
        } else {
            assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)));
        }
    }

    @Property(tries = 300)
    void weakerOpOnALiveEdgeLowersSedPath(@ForAll("nb201") Cell cell, @ForAll @IntRange(min = 0, max = 5) int edge) {
        SedAnalysis a = PATH.analyse(cell);
        Op op = cell.edge(edge).op();
        if (!a.live(edge)) {
            return;
        }
        Op weaker = op.family() == io.github.sedexplorer.cell.OpFamily.CONV ? Op.SKIP
                : op == Op.SKIP ? Op.AVG_POOL_3X3 : null;
        if (weaker != null) {
            assertTrue(PATH.score(cell.withEdgeOp(edge, weaker)) < a.score(),
                    cell + ": replacing " + op + " by " + weaker + " on edge " + edge);
        }
    }

    @Property(tries = 200)
    void flowNodeEntropyOfOutputIsTheFlowScore(@ForAll("free") Cell cell) {
        int out = cell.nodesWithRole(NodeRole.OUTPUT).get(0);
        assertEquals(FLOW.score(cell), FLOW.analyse(cell).nodeEntropy(out));
    }
}
