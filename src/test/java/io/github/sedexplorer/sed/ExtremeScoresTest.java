package io.github.sedexplorer.sed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.OpFamily;
import io.github.sedexplorer.cell.SearchSpace;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Scores at the edges of the double range: the largest cells, the largest Δ a model file holds
 * ({@link ModelFile#MAX_ABS_DELTA}), chains whose variance overflows or underflows. Every connected cell gets a
 * finite score, and −∞ means disconnected.
 */
class ExtremeScoresTest {

    private static final double D = ModelFile.MAX_ABS_DELTA;

    private static List<Node> nodes(int n) {
        List<Node> nodes = new ArrayList<>(n);
        nodes.add(Node.INPUT);
        for (int i = 1; i < n - 1; i++) {
            nodes.add(Node.INTERMEDIATE);
        }
        nodes.add(Node.OUTPUT);
        return nodes;
    }

    /** A free cell 0 → 1 → … → n-1, every edge the op. */
    private static Cell chain(int n, Op op) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            edges.add(new Edge(i, i + 1, op));
        }
        return Cell.of(SearchSpace.FREE, nodes(n), edges);
    }

    /** The free cell of FREE_MAX_NODES nodes with an edge between every pair: the most paths any cell has. */
    private static Cell complete(Op op) {
        int n = SearchSpace.FREE_MAX_NODES;
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                edges.add(new Edge(i, j, op));
            }
        }
        return Cell.of(SearchSpace.FREE, nodes(n), edges);
    }

    @Test
    void theBoundIsThreeHundredFiftyFourAndItsGainsAreNormalDoubles() {
        assertEquals(354, D);
        assertTrue(Math.exp(2 * D) < Double.MAX_VALUE);
        assertTrue(Math.exp(-2 * D) >= Double.MIN_NORMAL);
        assertEquals(Double.POSITIVE_INFINITY, Math.exp(2 * 355.0), "one more and the gain overflows");
    }

    @Test
    void theLargestCellAtTheBoundScoresFinitely() {
        Cell c = complete(Op.CONV_3X3);
        int n = SearchSpace.FREE_MAX_NODES;
        // Σ_e n(e) of the complete DAG: n(i→j) = 2^(i-1) · 2^(n-2-j) (2^0 for the input and the output ends)
        BigInteger incidences = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                BigInteger from = BigInteger.ONE.shiftLeft(Math.max(0, i - 1));
                BigInteger to = j == n - 1 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(n - 2 - j);
                incidences = incidences.add(from.multiply(to));
            }
        }
        double expected = D * incidences.doubleValue();
        assertEquals(4.741425586799233e305, expected, 1e292);
        SedModel path = new ModelSpec("max", false, 16, Map.of(Op.CONV_3X3, D)).model();
        assertEquals(expected, path.score(c), expected * 1e-12);
        // v(j) = g·(1+g)^(j-1) with ln g = 708: ½·ln v(output) = ½·(708 + 998·708) = 354·999
        SedModel flow = new ModelSpec("max", true, 16, Map.of(Op.CONV_3X3, D)).model();
        assertEquals(D * 999, flow.score(c), 1e-9);
        SedModel low = new ModelSpec("min", true, 16, Map.of(Op.CONV_3X3, -D)).model();
        assertEquals(-D, low.score(c), 1e-9, "v(output) ≈ g: the direct edge dominates");
        SedModel lowPath = new ModelSpec("min", false, 16, Map.of(Op.CONV_3X3, -D)).model();
        assertEquals(-expected, lowPath.score(c), expected * 1e-12);
    }

    @Test
    void aFlowThatOverflowsIsFiniteNotInfinite() {
        // v = g^999 = e^(708·999) is far beyond a double; sed-flow used to give +∞
        Cell c = chain(SearchSpace.FREE_MAX_NODES, Op.CONV_3X3);
        SedModel flow = new ModelSpec("max", true, 16, Map.of(Op.CONV_3X3, D)).model();
        assertEquals(353_646.0, flow.score(c), 1e-9);
        SedAnalysis a = flow.analyse(c);
        assertEquals(354.0 * 500, a.nodeEntropy(500), 1e-9);
    }

    @Test
    void aFlowThatUnderflowsIsConnectedNotMinusInfinity() {
        // the reconstruction's own avg_pool_31x31 (g = 1/961) 200 times: v = 961^-200 ≈ 10^-596 underflowed to 0,
        // and sed-flow gave −∞, "disconnected", for a connected cell
        Cell c = chain(201, new Op(OpFamily.AVG_POOL, 31));
        SedModel flow = SedModels.create("sed-flow", 16);
        double expected = -200 * Math.log(31);
        assertEquals(expected, flow.score(c), 1e-9);
        assertTrue(SedModel.connected(flow.score(c)));
        assertTrue(SedModel.connected(c));
        assertEquals(expected, SedModels.create("sed-path", 16).score(c), 1e-9);
        SedAnalysis a = flow.analyse(c);
        assertTrue(a.connected());
        assertEquals(-150 * Math.log(31), a.nodeEntropy(150), 1e-9);
    }

    @Test
    void connectedComesFromTheTopology() {
        Cell none = Nb201ArchString.parse("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|");
        assertFalse(SedModel.connected(none));
        Cell deadEnd = Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|nor_conv_3x3~1|+|none~0|none~1|none~2|");
        assertFalse(SedModel.connected(deadEnd), "node 2 is reached, the output is not");
        assertTrue(SedModel.connected(Nb201ArchString.parse(
                "|none~0|+|none~0|none~1|+|skip_connect~0|none~1|none~2|")));
    }
}
