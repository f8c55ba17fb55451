package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A DARTS node may take both inputs from one source: the DARTS model code (cnn/model.py Cell) builds
 * one op per (op, index) pair and sums {@code h1 + h2} whatever the indices, and NASLib's compact keys
 * hold such cells. Two parallel edges, equal ops or not, each counted by the SED models.
 */
class DartsParallelEdgesTest {

    /** Normal cell all skip but node 3, fed twice by node 2; reduce all skip. */
    private static String genotype(String first, String second) {
        String normal = "[('skip_connect', 0), ('skip_connect', 1), ('" + first + "', 2), ('" + second + "', 2), "
                + "('skip_connect', 3), ('skip_connect', 2), ('skip_connect', 4), ('skip_connect', 3)]";
        return "Genotype(normal=" + normal + ", normal_concat=range(2, 6), "
                + DartsGenotypeTest.ALL_SKIP.substring(DartsGenotypeTest.ALL_SKIP.indexOf("reduce="));
    }

    @Test
    void aNodeFedTwiceByOneSourceHasTwoEdges() {
        String text = genotype("sep_conv_3x3", "dil_conv_5x5");
        Architecture a = DartsGenotype.parse(text);
        Cell normal = a.cells().get(0);
        assertEquals(List.of(new Edge(2, 3, Op.SEP_CONV_3X3), new Edge(2, 3, Op.DIL_CONV_5X5)), normal.incoming(3));
        assertEquals(List.of(new DartsGenotype.Pair(Op.SEP_CONV_3X3, 2), new DartsGenotype.Pair(Op.DIL_CONV_5X5, 2)),
                DartsGenotype.pairs(normal).subList(2, 4));
        assertEquals(text, DartsGenotype.format(a));
        assertEquals(0, normal.edgeIndex(2, 3) - normal.edges().indexOf(new Edge(2, 3, Op.SEP_CONV_3X3)));
        // equal ops too: two equal Edge values, both kept
        Cell twice = DartsGenotype.parse(genotype("sep_conv_3x3", "sep_conv_3x3")).cells().get(0);
        assertEquals(List.of(new Edge(2, 3, Op.SEP_CONV_3X3), new Edge(2, 3, Op.SEP_CONV_3X3)), twice.incoming(3));
        assertEquals(12, twice.edgeCount());
    }

    @Test
    void theSecondParallelEdgeIsFoundAndEditedByItsRank() {
        Cell normal = DartsGenotype.parse(genotype("sep_conv_3x3", "dil_conv_5x5")).cells().get(0);
        int first = normal.edgeIndex(2, 3, 0);
        int second = normal.edgeIndex(2, 3, 1);
        assertEquals(first, normal.edgeIndex(2, 3));
        assertEquals(Op.SEP_CONV_3X3, normal.edge(first).op());
        assertEquals(Op.DIL_CONV_5X5, normal.edge(second).op());
        assertEquals(-1, normal.edgeIndex(2, 3, 2), "there is no third");
        assertEquals(0, normal.parallelRank(first));
        assertEquals(1, normal.parallelRank(second));
        assertEquals(0, normal.parallelRank(normal.edgeIndex(0, 2)));
        Cell edited = CellEdits.setEdgeOp(normal, 2, 3, 1, Op.MAX_POOL_3X3);
        assertEquals(Op.SEP_CONV_3X3, edited.edge(first).op(), "the first is left as it was");
        assertEquals(Op.MAX_POOL_3X3, edited.edge(second).op());
        assertThrows(SedException.class, () -> CellEdits.setEdgeOp(normal, 2, 3, 2, Op.MAX_POOL_3X3));
    }

    @Test
    void everyDialectReadsIt() {
        Architecture flat = DartsGenotype.parse(genotype("sep_conv_3x3", "sep_conv_3x3"));
        String grouped = "Genotype(normal=[(('skip_connect', 0), ('skip_connect', 1)), (('sep_conv_3x3', 2), ('sep_conv_3x3', 2)),"
                + " (('skip_connect', 3), ('skip_connect', 2)), (('skip_connect', 4), ('skip_connect', 3))],"
                + " normal_concat=[2, 3, 4, 5], reduce=[(('skip_connect', 0), ('skip_connect', 1)), (('skip_connect', 0),"
                + " ('skip_connect', 1)), (('skip_connect', 0), ('skip_connect', 1)), (('skip_connect', 0), ('skip_connect', 1))],"
                + " reduce_concat=[2, 3, 4, 5])";
        assertEquals(flat, DartsGenotype.parse(grouped));
        // NASLib compact: (src, op index), sep_conv_3x3 = 3, skip_connect = 2
        String compact = "[[(0, 2), (1, 2), (2, 3), (2, 3), (3, 2), (2, 2), (4, 2), (3, 2)],"
                + " [(0, 2), (1, 2), (0, 2), (1, 2), (0, 2), (1, 2), (0, 2), (1, 2)]]";
        assertEquals(flat, DartsGenotype.parseNaslibCompact(compact));
        assertEquals(flat, ArchitectureFormats.forSpace(SearchSpace.DARTS).parse(DartsGenotype.format(flat)));
    }

    /**
     * sed-path = Σ n(e)·Δ per edge: each edge 2→3 has n = paths(inputs→2) × paths(3→output) = 2 × 4
     * (3→6, 3→4→6, 3→5→6, 3→4→5→6), so the pair gives 8·Δ(sep 3×3) + 8·Δ(dil 5×5).
     */
    @Test
    void sedPathCountsBothEdges() {
        double sep3 = 2 * (Math.log(3) + 0.5 * Math.log(16));
        double dil5 = Math.log(5) + 0.5 * Math.log(16);
        SedModel path = SedModels.create("sed-path", 16);
        assertEquals(8 * sep3 + 8 * dil5, path.score(DartsGenotype.parse(genotype("sep_conv_3x3", "dil_conv_5x5"))), 1e-12);
        assertEquals(16 * sep3, path.score(DartsGenotype.parse(genotype("sep_conv_3x3", "sep_conv_3x3"))), 1e-12);
        // a skip beside the conv: the conv alone counts, as with the skip from another source
        assertEquals(8 * sep3, path.score(DartsGenotype.parse(genotype("sep_conv_3x3", "skip_connect"))), 1e-12);
        // the paths themselves: from inputs 0 and 1 to node 2, then 1 (2→6) + 2·4 (either edge 2→3, then on) + 2 (2→4→…)
        List<List<Edge>> paths = CellGraphs.inputOutputPaths(DartsGenotype.parse(genotype("sep_conv_3x3", "sep_conv_3x3")).cells().get(0));
        assertEquals(2 * 11, paths.size());
        assertEquals(2 * 8, paths.stream().filter(p -> p.contains(new Edge(2, 3, Op.SEP_CONV_3X3))).count());
    }

    /** sed-flow sums g·v over incoming edges: node 3 gets g(sep)·v2 twice. */
    @Test
    void sedFlowCountsBothEdges() {
        double g = (9.0 * 16) * (9.0 * 16);
        SedModel flow = SedModels.create("sed-flow", 16);
        double twice = flow.score(DartsGenotype.parse(genotype("sep_conv_3x3", "sep_conv_3x3")));
        double once = flow.score(DartsGenotype.parse(genotype("sep_conv_3x3", "none")));
        // normal: v2 = 2 (two skips from inputs of variance 1); v3 = k·g·v2 (k = 2 parallel convs, or 1 beside a none);
        // v4 = v3 + v2; v5 = v4 + v3; output = v2 + v3 + v4 + v5 = 4·v3 + 6. Reduce (all skip): 2 + 2 + 2 + 2 = 8
        assertEquals(0.5 * Math.log(4 * (2 * g * 2) + 6) + 0.5 * Math.log(8), twice, 1e-12);
        assertEquals(0.5 * Math.log(4 * (g * 2) + 6) + 0.5 * Math.log(8), once, 1e-12);
    }

    @Test
    void theOutputStillConcatenatesEachNodeOnce() {
        CellRuleException e = assertThrows(CellRuleException.class,
                () -> DartsGenotype.parse(genotype("sep_conv_3x3", "sep_conv_3x3").replace("normal_concat=range(2, 6)",
                        "normal_concat=[2, 3, 3]")));
        assertEquals("one edge per pair of nodes", e.rule());
        // and other spaces keep one edge per pair
        assertThrows(CellRuleException.class, () -> Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.INTERMEDIATE, Node.OUTPUT),
                List.of(new Edge(0, 1, Op.CONV_3X3), new Edge(0, 1, Op.SKIP), new Edge(1, 2, Op.SKIP))));
    }
}
