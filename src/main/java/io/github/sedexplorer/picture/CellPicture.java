package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell's picture: where every node, edge, arrowhead and label goes, computed once by
 * {@link CellGeometry} and drawn alike by the editor, Compare, the SVG and the PNG. Immutable.
 */
public record CellPicture(Cell cell, PictureStyle style, List<NodeGlyph> nodes, List<EdgeGlyph> edges, Box bounds) {

    /** A piece of text as drawn, with its estimated box: for the overlap checks of tests and scripts. */
    public record Text(String text, Box box, String owner) {
    }

    public CellPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public NodeGlyph node(int node) {
        return nodes.get(node);
    }

    /** The glyph of the edge from→to, or null when none is drawn. */
    public EdgeGlyph edge(int from, int to) {
        for (EdgeGlyph e : edges) {
            if (e.from() == from && e.to() == to) {
                return e;
            }
        }
        return null;
    }

    /** Every text of the picture: node names, NB101 op names, edge labels. */
    public List<Text> texts() {
        List<Text> out = new ArrayList<>();
        for (NodeGlyph n : nodes) {
            out.add(new Text(n.name(), n.nameBox(), "node " + n.node()));
            if (n.opBox() != null) {
                out.add(new Text(n.op(), n.opBox(), "node " + n.node()));
            }
        }
        for (EdgeGlyph e : edges) {
            if (e.label() != null) {
                out.add(new Text(e.label().text(), e.label().box(), "edge " + e.from() + "->" + e.to()));
            }
        }
        return out;
    }

    /** The same picture moved by (dx, dy). */
    public CellPicture shifted(double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return this;
        }
        Pt d = new Pt(dx, dy);
        List<NodeGlyph> ns = new ArrayList<>(nodes.size());
        for (NodeGlyph n : nodes) {
            ns.add(new NodeGlyph(n.node(), n.role(), n.name(), n.op(), n.circle(), n.centre().plus(d), n.halfWidth(), n.halfHeight(),
                    n.colour(), n.live(), n.nameFont(), n.opFont(), n.title()));
        }
        List<EdgeGlyph> es = new ArrayList<>(edges.size());
        for (EdgeGlyph e : edges) {
            LabelGlyph l = e.label();
            LabelGlyph moved = l == null ? null
                    : new LabelGlyph(l.text(), l.box().shift(dx, dy), l.font(), l.leader() == null ? null : l.leader().plus(d));
            es.add(new EdgeGlyph(e.index(), e.from(), e.to(), e.kind(), e.stroke().shifted(d), shift(e.arrow(), d), e.colour(), moved,
                    shift(e.course(), d), e.title()));
        }
        return new CellPicture(cell, style, ns, es, bounds.shift(dx, dy));
    }

    private static List<Pt> shift(List<Pt> points, Pt d) {
        List<Pt> out = new ArrayList<>(points.size());
        points.forEach(p -> out.add(p.plus(d)));
        return out;
    }
}
