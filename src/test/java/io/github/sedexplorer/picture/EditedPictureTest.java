package io.github.sedexplorer.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.layout.RandomCells;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link CellGeometry#edited}, which takes the last picture's routes when nothing moved, draws exactly what
 * {@link CellGeometry#of} draws from scratch: after op changes (every route reused, labels placed anew), edges cut to
 * none, deleted and added (the routes before the first changed edge reused), on a 50-node free cell, NB201 and random
 * free cells.
 */
class EditedPictureTest {

    private static final Op[] OPS = {Op.SKIP, Op.CONV_1X1, Op.CONV_3X3, Op.AVG_POOL_3X3, Op.MAX_POOL_3X3, Op.SEP_CONV_5X5, Op.NONE};


    @Test
    void editsOfAFiftyNodeCellDrawAsFromScratch() {
        editAndCompare(RandomCells.fiftyNodeEditCell(), new Random(1), 80);
    }

    @Test
    void editsOfNb201AndRandomFreeCells() {
        editAndCompare(Cell.of(SearchSpace.NB201, List.of(Node.INPUT, Node.INTERMEDIATE, Node.INTERMEDIATE, Node.OUTPUT),
                List.of(new Edge(0, 1, Op.CONV_3X3), new Edge(0, 2, Op.SKIP), new Edge(1, 2, Op.CONV_1X1), new Edge(0, 3, Op.NONE),
                        new Edge(1, 3, Op.AVG_POOL_3X3), new Edge(2, 3, Op.CONV_3X3))), new Random(2), 30);
        Random r = new Random(3);
        for (int k = 0; k < 10; k++) {
            int n = 4 + r.nextInt(20);
            editAndCompare(RandomCells.dag(r, n, 2 * n), r, 15);
        }
    }

    /** The routes of an op change are the last picture's own objects: nothing was routed again. */
    @Test
    void anOpChangeKeepsTheRoutes() {
        Cell cell = RandomCells.fiftyNodeEditCell();
        Map<Integer, NodePosition> layout = AutoLayout.positions(cell);
        CellPicture before = CellGeometry.of(cell, layout, PictureStyle.EDITOR);
        Cell edited = CellEdits.setEdgeOp(cell, 10, 11, Op.AVG_POOL_3X3);
        CellPicture after = CellGeometry.edited(edited, layout, PictureStyle.EDITOR, before);
        for (int k = 0; k < after.edges().size(); k++) {
            assertSame(before.edges().get(k).stroke(), after.edges().get(k).stroke(), "edge " + k);
        }
        assertEquals("avg_pool_3x3", after.edge(10, 11).label().text());
        PictureChecks.check(after, new PictureChecks.Tally());
    }

    /** An added edge after the others: every earlier route is the last picture's own. */
    @Test
    void anAddedEdgeRoutesOnlyItself() {
        Cell cell = RandomCells.fiftyNodeEditCell();
        Map<Integer, NodePosition> layout = AutoLayout.positions(cell);
        CellPicture before = CellGeometry.of(cell, layout, PictureStyle.EDITOR);
        Cell edited = CellEdits.addEdge(cell, 40, 47, Op.CONV_1X1);
        CellPicture after = CellGeometry.edited(edited, layout, PictureStyle.EDITOR, before);
        int shared = 0;
        while (shared < before.edges().size() && before.edges().get(shared).from() == after.edges().get(shared).from()
                && before.edges().get(shared).to() == after.edges().get(shared).to()) {
            assertSame(before.edges().get(shared).stroke(), after.edges().get(shared).stroke(), "edge " + shared);
            shared++;
        }
        assertTrue(shared > 100, "the edges before 40→47 keep their routes: " + shared);
        assertSamePicture(CellGeometry.of(edited, layout, PictureStyle.EDITOR), after, "added 40→47");
    }

    private static void editAndCompare(Cell start, Random r, int edits) {
        Map<Integer, NodePosition> layout = AutoLayout.positions(start);
        Cell cell = start;
        CellPicture last = CellGeometry.of(cell, layout, PictureStyle.EDITOR);
        for (int k = 0; k < edits; k++) {
            Edge e = cell.edge(r.nextInt(cell.edgeCount()));
            List<Op> ops = cell.space().ops();
            Op op = cell.space() == SearchSpace.FREE ? OPS[r.nextInt(OPS.length)] : ops.get(r.nextInt(ops.size()));
            double what = r.nextDouble();
            try {
                if (what < 0.6 || cell.space() != SearchSpace.FREE) {
                    cell = CellEdits.setEdgeOp(cell, e.from(), e.to(), op);
                } else if (what < 0.8) {
                    cell = CellEdits.deleteEdge(cell, e.from(), e.to());
                } else {
                    cell = CellEdits.addEdge(cell, r.nextInt(cell.nodeCount()), r.nextInt(cell.nodeCount()), OPS[r.nextInt(OPS.length - 1)]);
                }
            } catch (SedException refused) {
                continue;
            }
            CellPicture fresh = CellGeometry.of(cell, layout, PictureStyle.EDITOR);
            CellPicture edited = CellGeometry.edited(cell, layout, PictureStyle.EDITOR, last);
            assertSamePicture(fresh, edited, "edit " + k + " (" + what + "): " + e + " to " + op);
            last = edited;
        }
    }

    /** Every glyph alike, field by field (a route by its points). */
    static void assertSamePicture(CellPicture want, CellPicture got, String where) {
        assertEquals(want.nodes(), got.nodes(), where);
        assertEquals(want.edges().size(), got.edges().size(), where);
        for (int k = 0; k < want.edges().size(); k++) {
            EdgeGlyph a = want.edges().get(k);
            EdgeGlyph b = got.edges().get(k);
            String at = where + ", edge " + a.from() + "->" + a.to();
            assertEquals(List.of(a.index(), a.from(), a.to(), a.kind(), a.colour(), a.title()),
                    List.of(b.index(), b.from(), b.to(), b.kind(), b.colour(), b.title()), at);
            assertEquals(a.stroke().points(), b.stroke().points(), at);
            assertEquals(a.stroke().isCurve(), b.stroke().isCurve(), at);
            assertEquals(a.arrow(), b.arrow(), at);
            assertEquals(a.course(), b.course(), at);
            assertEquals(a.label(), b.label(), at);
        }
        assertEquals(want.bounds(), got.bounds(), where);
        assertEquals(SheetSvg.of(Sheet.of(List.of(want), List.of("c"), List.of())), SheetSvg.of(Sheet.of(List.of(got), List.of("c"), List.of())), where);
    }
}
