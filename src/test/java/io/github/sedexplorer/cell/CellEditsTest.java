package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CellEditsTest {

    private static final Cell EMPTY_NB201 = Nb201ArchString.fromOps(SearchSpace.NB201,
            Op.NONE, Op.NONE, Op.NONE, Op.SKIP, Op.NONE, Op.NONE);

    @Test
    void drawingOnAFixedEdgeSpaceBringsANoneEdgeToLife() {
        Cell c = CellEdits.addEdge(EMPTY_NB201, 0, 1, Op.CONV_3X3);
        assertEquals(Op.CONV_3X3, c.edge(c.edgeIndex(0, 1)).op());
        assertEquals(6, c.edgeCount());
        CellRuleException twice = assertThrows(CellRuleException.class, () -> CellEdits.addEdge(c, 0, 1, Op.SKIP));
        assertTrue(twice.getMessage().contains("the edge in→1 already exists"), twice.getMessage());
        CellRuleException back = assertThrows(CellRuleException.class, () -> CellEdits.addEdge(c, 2, 1, Op.SKIP));
        assertEquals("no cycles", back.rule());
        assertEquals(Op.NONE, CellEdits.deleteEdge(c, 0, 1).edge(0).op(), "NB201 cuts instead of deleting");
    }

    @Test
    void freeCellsGainAndLoseEdgesAndNodes() {
        Cell c = Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.INTERMEDIATE, Node.OUTPUT),
                List.of(new Edge(0, 1, Op.CONV_3X3), new Edge(1, 2, Op.SKIP)));
        CellEdits.Edited added = CellEdits.addNode(c, Op.SKIP);
        assertEquals(4, added.cell().nodeCount());
        assertArrayEquals(new int[] {0, 1, 2}, added.renumber());
        Cell wired = CellEdits.addEdge(CellEdits.addEdge(added.cell(), 0, 3, Op.conv(5)), 3, 2, Op.SKIP);
        assertEquals(4, wired.edgeCount());
        CellRuleException cycle = assertThrows(CellRuleException.class, () -> CellEdits.addEdge(wired, 1, 0, Op.SKIP));
        assertEquals("no cycles", cycle.rule());
        assertTrue(cycle.getMessage().contains("the edge in→1 exists, so 1→in would close a cycle"), cycle.getMessage());
        assertEquals("the output has no outgoing edges",
                assertThrows(CellRuleException.class, () -> CellEdits.addEdge(added.cell(), 2, 3, Op.SKIP)).rule());
        CellEdits.Edited removed = CellEdits.deleteNode(wired, 1);
        assertArrayEquals(new int[] {0, -1, 1, 2}, removed.renumber());
        assertEquals(List.of(new Edge(2, 1, Op.SKIP), new Edge(0, 2, Op.conv(5))), removed.cell().edges());
        assertEquals("one input, one output", assertThrows(CellRuleException.class, () -> CellEdits.deleteNode(wired, 0)).rule());
    }

    @Test
    void nb101NodesGoBeforeTheOutputAndCarryOps() {
        Cell c = Nb101Spec.parse("{\"matrix\":[[0,1,0],[0,0,1],[0,0,0]],\"ops\":[\"input\",\"conv3x3-bn-relu\",\"output\"]}");
        CellEdits.Edited added = CellEdits.addNode(c, Op.MAX_POOL_3X3);
        assertArrayEquals(new int[] {0, 1, 3}, added.renumber(), "the output moves to the end");
        assertEquals(Op.MAX_POOL_3X3, added.cell().node(2).op());
        assertEquals(NodeRole.OUTPUT, added.cell().node(3).role());
        Cell pooled = CellEdits.setNodeOp(c, 1, Op.MAX_POOL_3X3);
        assertEquals(Op.MAX_POOL_3X3, pooled.node(1).op());
        assertEquals("operations", assertThrows(CellRuleException.class, () -> CellEdits.setEdgeOp(c, 0, 1, Op.CONV_1X1)).rule());
        assertEquals("operations", assertThrows(CellRuleException.class, () -> CellEdits.setNodeOp(c, 1, Op.AVG_POOL_3X3)).rule());
    }

    @Test
    void dartsKeepsTwoInputsPerNode() {
        Architecture a = CellFile.read(java.nio.file.Path.of("samples", "darts-v2.json")).architecture();
        CellRuleException e = assertThrows(CellRuleException.class, () -> CellEdits.deleteEdge(a.cell(), 0, 2));
        assertEquals("2 inputs per intermediate node", e.rule());
        assertEquals("fixed nodes", assertThrows(CellRuleException.class, () -> CellEdits.addNode(a.cell(), Op.SKIP)).rule());
    }

    @Test
    void documentPositionsFollowRenumbering() {
        Cell c = Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.INTERMEDIATE, Node.INTERMEDIATE, Node.OUTPUT),
                List.of(new Edge(0, 1, Op.SKIP), new Edge(1, 3, Op.SKIP), new Edge(0, 2, Op.SKIP), new Edge(2, 3, Op.SKIP)));
        CellDocument d = new CellDocument(Architecture.of(c), List.of(Map.of(0, new NodePosition(0, 0),
                1, new NodePosition(1, 1), 2, new NodePosition(2, 2), 3, new NodePosition(3, 3))), "t", "");
        CellEdits.Edited e = CellEdits.deleteNode(c, 1);
        CellDocument after = d.withCell(0, e.cell(), e.renumber());
        assertEquals(Map.of(0, new NodePosition(0, 0), 1, new NodePosition(2, 2), 2, new NodePosition(3, 3)), after.layout(0));
        assertEquals(new NodePosition(9, 9), d.withPosition(0, 2, new NodePosition(9, 9)).layout(0).get(2));
    }
}
