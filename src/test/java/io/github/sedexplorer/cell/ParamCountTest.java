package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Parameter counts are exact up to the largest C, and refused beyond it: never a wrapped number. */
class ParamCountTest {

    private static final int C = ParamCount.MAX_CHANNELS;

    /** NAS-Bench-101 counts the pruned spec: two added nodes that reach nothing have no weights (442,368 would count them). */
    @Test
    void nb101CountsThePrunedSpecAsTheBenchmarkDoes() {
        Cell one = Nb101Spec.parse("{\"matrix\":[[0,1,0],[0,0,1],[0,0,0]],\"ops\":[\"input\",\"conv3x3-bn-relu\",\"output\"]}");
        assertEquals(9L * 128 * 128, ParamCount.of(one, 128));
        Cell grown = CellEdits.addNode(CellEdits.addNode(one, Op.CONV_3X3).cell(), Op.CONV_3X3).cell();
        assertEquals(5, grown.nodeCount());
        assertEquals(147_456, ParamCount.of(grown, 128), "the two unconnected nodes are pruned");
        Cell free = Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.INTERMEDIATE, Node.OUTPUT),
                List.of(new Edge(0, 2, Op.SKIP), new Edge(0, 1, Op.CONV_3X3)));
        assertEquals(9L * 16 * 16, ParamCount.of(free, 16), "elsewhere a dead edge still counts: the network holds it");
    }

    @Test
    void theMaximumIsTwoToTheTwentieth() {
        assertEquals(1_048_576, ParamCount.MAX_CHANNELS);
    }

    @Test
    void theLargestFreeCellAtTheMaximumCIsCountedExactly() {
        int n = SearchSpace.FREE_MAX_NODES;
        Op sep31 = new Op(OpFamily.SEP_CONV, Op.MAX_KERNEL);
        List<Node> nodes = new ArrayList<>(n);
        nodes.add(Node.INPUT);
        for (int i = 1; i < n - 1; i++) {
            nodes.add(Node.INTERMEDIATE);
        }
        nodes.add(Node.OUTPUT);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                edges.add(new Edge(i, j, sep31));
            }
        }
        Cell complete = Cell.of(SearchSpace.FREE, nodes, edges);
        BigInteger c = BigInteger.valueOf(C);
        BigInteger perEdge = BigInteger.TWO.multiply(BigInteger.valueOf(961).multiply(c).add(c.multiply(c)));
        BigInteger expected = perEdge.multiply(BigInteger.valueOf(499_500));
        assertEquals(expected, BigInteger.valueOf(ParamCount.of(complete, C)));
        assertEquals(1_099_418_790_002_688_000L, ParamCount.of(complete, C));
    }

    @Test
    void dartsAtTheMaximumCIsExact() {
        // every one of the 16 pairs a sep_conv_5x5: 2·(25·C + C²) each
        Architecture a = DartsGenotype.parse("Genotype(normal=[('sep_conv_5x5', 0), ('sep_conv_5x5', 1), "
                + "('sep_conv_5x5', 0), ('sep_conv_5x5', 1), ('sep_conv_5x5', 0), ('sep_conv_5x5', 1), "
                + "('sep_conv_5x5', 0), ('sep_conv_5x5', 1)], normal_concat=[2, 3, 4, 5], "
                + "reduce=[('sep_conv_5x5', 0), ('sep_conv_5x5', 1), ('sep_conv_5x5', 0), ('sep_conv_5x5', 1), "
                + "('sep_conv_5x5', 0), ('sep_conv_5x5', 1), ('sep_conv_5x5', 0), ('sep_conv_5x5', 1)], "
                + "reduce_concat=[2, 3, 4, 5])");
        assertEquals(16L * 2 * (25L * C + (long) C * C), ParamCount.of(a, C));
    }

    @Test
    void aChannelCountOutsideTheRangeIsRefusedNotWrapped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParamCount.of(Op.CONV_3X3, Integer.MAX_VALUE));
        assertEquals("channel count C must be 1..1048576, not 2147483647", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParamCount.of(Op.CONV_3X3, 0));
        assertEquals(9L * C * C, ParamCount.of(Op.CONV_3X3, C));
    }
}
