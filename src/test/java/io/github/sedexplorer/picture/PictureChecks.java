package io.github.sedexplorer.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.List;

/** What every picture must hold: every label present and spelled as the benchmark does, no text over another, no label over a node. */
final class PictureChecks {

    /** Tallies for the closing note: labels on their edge, beside it, or off it with a leader. */
    static final class Tally {
        int pictures;
        int labels;
        int leaders;
        int texts;

        @Override
        public String toString() {
            return pictures + " pictures, " + texts + " texts, " + labels + " edge labels, " + leaders + " with a leader line";
        }
    }

    private PictureChecks() {
    }

    static void check(CellPicture p, Tally tally) {
        Cell cell = p.cell();
        SearchSpace space = cell.space();
        for (int i = 0; i < cell.edgeCount(); i++) {
            Edge e = cell.edge(i);
            int index = i; // by index, not (from, to): a DARTS node may be fed twice by one source
            EdgeGlyph g = p.edges().stream().filter(x -> x.index() == index).findFirst().orElse(null);
            boolean concat = space == SearchSpace.DARTS && cell.node(e.to()).role() == NodeRole.OUTPUT;
            if (space.nodeLabelled() || concat) {
                if (g != null) {
                    assertEquals(null, g.label(), "edge " + e + " of " + cell + " has no op of its own");
                }
                continue;
            }
            if (g == null) { // only a cut edge of a free-edge space goes undrawn
                assertEquals(false, e.op().isReal(), "edge " + e + " of " + cell + " is not drawn");
                continue;
            }
            assertNotNull(g.label(), "edge " + e + " of " + cell + " has no label");
            assertEquals(space.opName(e.op()), g.label().text(), "label of " + e);
            tally.labels++;
            if (g.label().leader() != null) {
                tally.leaders++;
            }
        }
        for (int v = 0; v < cell.nodeCount(); v++) {
            NodeGlyph n = p.node(v);
            assertEquals(NodeNames.of(cell, v), n.name());
            if (space.nodeLabelled() && cell.node(v).role() == NodeRole.INTERMEDIATE) {
                assertEquals(space.opName(cell.node(v).op()), n.op());
            }
        }
        List<CellPicture.Text> texts = p.texts();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                CellPicture.Text a = texts.get(i);
                CellPicture.Text b = texts.get(j);
                if (a.box().overlaps(b.box())) {
                    throw new AssertionError("text '" + a.text() + "' (" + a.owner() + ") overlaps '" + b.text() + "' (" + b.owner()
                            + ") in " + cell);
                }
            }
        }
        List<Box> nodeBoxes = new ArrayList<>();
        p.nodes().forEach(n -> nodeBoxes.add(n.box()));
        for (EdgeGlyph e : p.edges()) {
            if (e.label() == null) {
                continue;
            }
            for (int v = 0; v < nodeBoxes.size(); v++) {
                if (e.label().box().overlaps(nodeBoxes.get(v))) {
                    throw new AssertionError("label of " + e.from() + "->" + e.to() + " covers node " + v + " in " + cell);
                }
            }
        }
        tally.pictures++;
        tally.texts += texts.size();
    }
}
