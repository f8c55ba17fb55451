package io.github.sedexplorer.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.DartsGenotype;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A DARTS node fed twice by one source is drawn with two edges that can be told apart. */
class ParallelEdgesPictureTest {

    private static final String TWICE = "Genotype(normal=[('skip_connect', 0), ('skip_connect', 1), ('sep_conv_3x3', 2), "
            + "('sep_conv_3x3', 2), ('skip_connect', 3), ('skip_connect', 2), ('dil_conv_5x5', 0), ('max_pool_3x3', 0)], "
            + "normal_concat=range(2, 6), reduce=[('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 0), "
            + "('skip_connect', 1), ('skip_connect', 0), ('skip_connect', 1), ('skip_connect', 0), ('skip_connect', 1)], "
            + "reduce_concat=range(2, 6))";

    @Test
    void twoEdgesBetweenOnePairAreTwoDistinctCurves() {
        Cell normal = DartsGenotype.parse(TWICE).cells().get(0);
        CellPicture p = CellGeometry.of(normal, AutoLayout.positions(normal), PictureStyle.EDITOR);
        for (int[] pair : new int[][] {{2, 3}, {0, 5}}) {
            List<EdgeGlyph> both = p.edges().stream().filter(e -> e.from() == pair[0] && e.to() == pair[1]).toList();
            assertEquals(2, both.size(), "edges " + pair[0] + "->" + pair[1]);
            assertNotEquals(both.get(0).index(), both.get(1).index());
            // not drawn on top of each other: their midpoints lie apart by more than a stroke's width
            Pt a = both.get(0).stroke().at(0.5);
            Pt b = both.get(1).stroke().at(0.5);
            assertTrue(a.minus(b).length() > 3 * PictureStyle.EDITOR.stroke(), a + " vs " + b);
            assertTrue(both.get(0).label() != null && both.get(1).label() != null);
            assertNotEquals(both.get(0).label().box(), both.get(1).label().box());
        }
        PictureChecks.check(p, new PictureChecks.Tally());
    }
}
