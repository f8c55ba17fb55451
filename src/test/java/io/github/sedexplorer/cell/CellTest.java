package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellTest {

    private static final List<Node> FOUR = List.of(Node.INPUT, Node.INTERMEDIATE, Node.OUTPUT, Node.INTERMEDIATE);

    @Test
    void freeCellNeedNotBeNumberedTopologically() {
        Cell c = Cell.of(SearchSpace.FREE, FOUR,
                List.of(new Edge(0, 3, Op.CONV_3X3), new Edge(3, 1, Op.SKIP), new Edge(1, 2, Op.conv(5))));
        assertArrayEquals(new int[] {0, 3, 1, 2}, c.topologicalOrder());
        assertEquals(List.of(0, 3, 1, 2), CellGraphs.topologicalOrder(c));
        assertEquals(1, CellGraphs.inputOutputPaths(c).size());
    }

    @Test
    void cycleIsRefusedWithItsNodes() {
        CellRuleException e = assertThrows(CellRuleException.class, () -> Cell.of(SearchSpace.FREE, FOUR,
                List.of(new Edge(0, 3, Op.SKIP), new Edge(3, 1, Op.SKIP), new Edge(1, 3, Op.SKIP), new Edge(1, 2, Op.SKIP))));
        assertEquals("no cycles", e.rule());
        assertTrue(e.getMessage().contains("nodes 1, 3"), e.getMessage());
    }

    @Test
    void structuralRules() {
        assertEquals("one edge per pair of nodes", assertThrows(CellRuleException.class, () -> Cell.of(SearchSpace.FREE,
                FOUR, List.of(new Edge(0, 1, Op.SKIP), new Edge(0, 1, Op.CONV_1X1)))).rule());
        assertEquals("edges join nodes of the cell", assertThrows(CellRuleException.class, () -> Cell.of(SearchSpace.FREE,
                FOUR, List.of(new Edge(0, 9, Op.SKIP)))).rule());
        assertEquals("inputs have no incoming edges", assertThrows(CellRuleException.class, () -> Cell.of(SearchSpace.FREE,
                FOUR, List.of(new Edge(1, 0, Op.SKIP)))).rule());
        assertEquals("one input, one output", assertThrows(CellRuleException.class, () -> Cell.of(SearchSpace.FREE,
                List.of(Node.INPUT, Node.INPUT, Node.OUTPUT), List.of())).rule());
        assertEquals("operations", assertThrows(CellRuleException.class, () -> Nb201ArchString.fromOps(
                SearchSpace.TRANSNAS_MICRO, Op.SKIP, Op.SKIP, Op.SKIP, Op.SKIP, Op.SKIP, Op.AVG_POOL_3X3)).rule());
    }

    @Test
    void withEdgeOpReplacesOneOp() {
        Cell c = Nb201ArchString.parse(Nb201ArchStringTest.BEST);
        Cell d = c.withEdgeOp(3, Op.CONV_3X3);
        assertEquals(Op.CONV_3X3, d.edge(3).op());
        assertEquals(Op.SKIP, c.edge(3).op());
        assertEquals(c, d.withEdgeOp(3, Op.SKIP));
    }

    @Test
    void opAliases() {
        assertEquals(Op.CONV_3X3, Op.parse("nor_conv_3x3").orElseThrow());
        assertEquals(Op.CONV_3X3, Op.parse("conv3x3-bn-relu").orElseThrow());
        assertEquals(Op.CONV_1X1, Op.parse("conv1x1-bn-relu").orElseThrow());
        assertEquals(Op.MAX_POOL_3X3, Op.parse("maxpool3x3").orElseThrow());
        assertEquals(Op.MAX_POOL_3X3, Op.parse("max_pool_3x3").orElseThrow());
        assertEquals(Op.SEP_CONV_5X5, Op.parse("sep_conv_5x5").orElseThrow());
        assertEquals(new Op(OpFamily.AVG_POOL, 5), Op.parse("avg_pool_5x5").orElseThrow());
        assertEquals(Op.SKIP, Op.parse("skip_connect").orElseThrow());
        assertEquals(Op.NONE, Op.parse("none").orElseThrow());
        assertTrue(Op.parse("conv_3x5").isEmpty());
        assertTrue(Op.parse("sep_conv_3x3-bn-relu").isEmpty());
        assertTrue(Op.parse(null).isEmpty());
        assertEquals(Op.CONV_3X3, Op.parse("  NOR_CONV_3X3\t").orElseThrow());
        assertTrue(Op.parse("nor_conv_3x3" + " ".repeat(100)).isEmpty(), "longer than any op's name: not lower-cased, not an op");
        assertTrue(SearchSpace.byId("Σ".repeat(1_000_000)).isEmpty());
        assertEquals("nor_conv_3x3", SearchSpace.NB201.opName(Op.CONV_3X3));
        assertEquals("conv3x3-bn-relu", SearchSpace.NB101.opName(Op.CONV_3X3));
        assertTrue(SearchSpace.NB101.op("nor_conv_1x1").isPresent());
        assertTrue(SearchSpace.NB101.op("avg_pool_3x3").isEmpty());
    }

    @Test
    void paramCounts() {
        assertEquals(9L * 16 * 16, ParamCount.of(Op.CONV_3X3, 16));
        assertEquals(16L * 16, ParamCount.of(Op.CONV_1X1, 16));
        assertEquals(2L * (25 * 16 + 256), ParamCount.of(Op.SEP_CONV_5X5, 16));
        assertEquals(9L * 16 + 256, ParamCount.of(Op.DIL_CONV_3X3, 16));
        assertEquals(0L, ParamCount.of(Op.MAX_POOL_3X3, 16));
        Cell allConv = Nb201ArchString.fromOps(SearchSpace.NB201, Op.CONV_3X3, Op.CONV_3X3, Op.CONV_3X3,
                Op.CONV_3X3, Op.CONV_3X3, Op.CONV_3X3);
        assertEquals(6L * 2304, ParamCount.of(allConv, 16));
        assertEquals(6L * 9 * 64 * 64, ParamCount.of(Architecture.of(allConv), 64));
    }
}
