package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Liveness;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a {@link CellPicture} from a cell, its node positions and a style. Three steps:
 * <ol>
 * <li>Nodes: a circle when the name fits in one, else a rounded box sized to the name (and, in
 * NAS-Bench-101, to the operation under it).</li>
 * <li>Edges, in the cell's order ({@link EdgeRouter}): straight, or the gentlest curve that runs
 * through no node, leaves no node within 12° of an edge already there and crosses the fewest edges.</li>
 * <li>Labels ({@link LabelPlacer}), once every edge is routed: each on its own edge where a spot is
 * free of nodes and labels, else beside its edge, else at the nearest free spot with a leader line to
 * its edge. So no label ever overlaps another label or a node; among the free spots the one crossing
 * the fewest other edges wins.</li>
 * </ol>
 * Deterministic: the same input gives the same picture.
 */
public final class CellGeometry {

    /** Labels and extra edges a view adds to a cell's own (Compare's "absent" and "new edge"). */
    public record Notes(Map<Long, String> labels, List<Edge> extraEdges) {

        public static final Notes NONE = new Notes(Map.of(), List.of());

        public Notes {
            labels = Map.copyOf(labels);
            extraEdges = List.copyOf(extraEdges);
        }

        public static long key(int from, int to) {
            return ((long) from << 32) | (to & 0xffffffffL);
        }
    }

    private static final String INK = "#24292f";
    private static final String GREY = "#b0b7c0";
    private static final String CONCAT = "#8c959f";

    private CellGeometry() {
    }

    public static CellPicture of(Cell cell, Map<Integer, NodePosition> positions, PictureStyle style) {
        return of(cell, positions, style, Notes.NONE);
    }

    /**
     * @param positions node index to centre; nodes without one get the layered layout's place
     */
    public static CellPicture of(Cell cell, Map<Integer, NodePosition> positions, PictureStyle style, Notes notes) {
        return of(cell, positions, style, notes, null);
    }

    /**
     * The same picture as {@link #of(Cell, Map, PictureStyle)}, computed sooner after an edit that moved no node: while
     * the nodes are drawn at the same places and sizes, the routes of the first edges drawn as in {@code previous} (by
     * their ends, in the same order) are taken from it, a route depending on nothing else: all of them after an op
     * change, those before the edge added or deleted. The other edges are routed and every label is placed anew.
     *
     * @param previous a picture of the same view, or null
     */
    public static CellPicture edited(Cell cell, Map<Integer, NodePosition> positions, PictureStyle style, CellPicture previous) {
        return of(cell, positions, style, Notes.NONE, previous);
    }

    private static CellPicture of(Cell cell, Map<Integer, NodePosition> positions, PictureStyle style, Notes notes, CellPicture previous) {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(style, "style");
        Map<Integer, NodePosition> at = complete(cell, positions == null ? Map.of() : positions);
        Liveness live = Liveness.of(cell);
        List<NodeGlyph> nodes = new ArrayList<>(cell.nodeCount());
        for (int i = 0; i < cell.nodeCount(); i++) {
            nodes.add(node(cell, i, at.get(i), style, live.nodeLive(i)));
        }
        List<EdgeRouter.Routed> routed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        SearchSpace space = cell.space();
        boolean drawNone = drawsNone(space);
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < cell.edgeCount(); i++) {
            Edge e = cell.edge(i);
            String note = notes.labels().get(Notes.key(e.from(), e.to()));
            if (!e.op().isReal() && !drawNone && note == null) {
                continue;
            }
            drawn.add(i);
            texts.add(note != null ? note : label(cell, e));
        }
        EdgeRouter router = new EdgeRouter(nodes, style);
        int reused = previous == null || !notes.extraEdges().isEmpty() ? 0 : reusableRoutes(previous, cell, drawn, nodes, style);
        for (int k = 0; k < drawn.size(); k++) {
            int i = drawn.get(k);
            Edge e = cell.edge(i);
            routed.add(k < reused ? router.reuse(previous.edges().get(k), i, kind(cell, i, live))
                    : router.route(i, e.from(), e.to(), kind(cell, i, live)));
        }
        for (Edge e : notes.extraEdges()) {
            if (cell.edgeIndex(e.from(), e.to()) < 0) {
                routed.add(router.route(-1, e.from(), e.to(), EdgeGlyph.Kind.NONE));
                String note = notes.labels().get(Notes.key(e.from(), e.to()));
                texts.add(note == null ? "" : note);
            }
        }
        LabelPlacer placer = new LabelPlacer(nodes, routed, style);
        List<EdgeGlyph> edges = new ArrayList<>(routed.size());
        for (int k = 0; k < routed.size(); k++) {
            EdgeRouter.Routed r = routed.get(k);
            LabelGlyph label = texts.get(k).isEmpty() ? null : placer.place(k, texts.get(k));
            edges.add(new EdgeGlyph(r.index(), r.from(), r.to(), r.kind(), r.stroke(), r.arrow(), colour(cell, r), label,
                    r.course(), title(cell, r)));
        }
        return new CellPicture(cell, style, nodes, edges, bounds(nodes, edges, style));
    }

    /**
     * How many of the previous picture's first routes are the ones the router would make now. Routing reads only the
     * nodes' outlines (centre, size, circle or box), the style and the edges routed before, in order: with the same
     * outlines, the routes up to the first edge whose ends differ are the same (all of them after an op change).
     */
    private static int reusableRoutes(CellPicture previous, Cell cell, List<Integer> drawn, List<NodeGlyph> nodes, PictureStyle style) {
        if (!previous.style().equals(style) || previous.nodes().size() != nodes.size()) {
            return 0;
        }
        for (int i = 0; i < nodes.size(); i++) {
            NodeGlyph a = previous.nodes().get(i);
            NodeGlyph b = nodes.get(i);
            if (a.circle() != b.circle() || !a.centre().equals(b.centre()) || a.halfWidth() != b.halfWidth()
                    || a.halfHeight() != b.halfHeight()) {
                return 0;
            }
        }
        int k = 0;
        while (k < drawn.size() && k < previous.edges().size()) {
            EdgeGlyph g = previous.edges().get(k);
            Edge e = cell.edge(drawn.get(k));
            if (g.index() < 0 || g.from() != e.from() || g.to() != e.to()) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * Whether a picture of this space draws its {@code none} edges (dashed): where edges are fixed (NB201,
     * TransNAS) or a genotype names them (DARTS); elsewhere a cut edge is gone.
     */
    public static boolean drawsNone(SearchSpace space) {
        return CellEdits.fixedEdges(space) || space == SearchSpace.DARTS;
    }

    /** The positions, with the layered layout's place for every node that has none. */
    static Map<Integer, NodePosition> complete(Cell cell, Map<Integer, NodePosition> positions) {
        for (int i = 0; i < cell.nodeCount(); i++) {
            if (!positions.containsKey(i)) {
                Map<Integer, NodePosition> all = new HashMap<>(AutoLayout.positions(cell));
                all.putAll(positions);
                return all;
            }
        }
        return positions;
    }

    private static NodeGlyph node(Cell cell, int i, NodePosition p, PictureStyle style, boolean live) {
        Node node = cell.node(i);
        String name = NodeNames.of(cell, i);
        boolean opBox = cell.space().nodeLabelled() && node.role() == NodeRole.INTERMEDIATE;
        String op = opBox ? cell.space().opName(node.op()) : "";
        Pt c = new Pt(p.x(), p.y());
        double r = style.nodeRadius();
        double nameWidth = SvgText.width(name, style.nodeFont(), true);
        String colour = opBox ? OpColours.hex(node.op()) : INK;
        String title = NodeNames.describe(cell, i) + (live ? "" : " (on no input→output path: pruned)");
        if (opBox) {
            double w = Math.max(64, Math.max(nameWidth, SvgText.width(op, style.boxFont(), false)) + 20);
            double h = style.nodeFont() + style.boxFont() + 16;
            return new NodeGlyph(i, node.role(), name, op, false, c, w / 2, h / 2, colour, live, style.nodeFont(), style.boxFont(), title);
        }
        if (nameWidth <= 2 * r - 8) {
            return new NodeGlyph(i, node.role(), name, "", true, c, r, r, colour, live, style.nodeFont(), style.boxFont(), title);
        }
        return new NodeGlyph(i, node.role(), name, "", false, c, nameWidth / 2 + 10, r * 0.8, colour, live, style.nodeFont(),
                style.boxFont(), title);
    }

    private static EdgeGlyph.Kind kind(Cell cell, int i, Liveness live) {
        Edge e = cell.edge(i);
        if (!e.op().isReal()) {
            return EdgeGlyph.Kind.NONE;
        }
        if (concat(cell, e)) {
            return live.edgeLive(i) ? EdgeGlyph.Kind.CONCAT : EdgeGlyph.Kind.DEAD;
        }
        return live.edgeLive(i) ? EdgeGlyph.Kind.LIVE : EdgeGlyph.Kind.DEAD;
    }

    private static boolean concat(Cell cell, Edge e) {
        return cell.space() == SearchSpace.DARTS && cell.node(e.to()).role() == NodeRole.OUTPUT;
    }

    /** The operation's benchmark name on its edge; none for NB101 (ops sit on nodes) and DARTS concat edges. */
    private static String label(Cell cell, Edge e) {
        return cell.space().nodeLabelled() || concat(cell, e) ? "" : cell.space().opName(e.op());
    }

    private static String colour(Cell cell, EdgeRouter.Routed r) {
        return switch (r.kind()) {
            case LIVE -> r.index() >= 0 ? OpColours.hex(cell.edge(r.index()).op()) : GREY;
            case DEAD -> GREY;
            case NONE -> OpColours.hex(Op.NONE);
            case CONCAT -> CONCAT;
        };
    }

    private static String title(Cell cell, EdgeRouter.Routed r) {
        String ends = NodeNames.of(cell, r.from()) + " → " + NodeNames.of(cell, r.to());
        if (r.index() < 0) {
            return ends + ": absent here";
        }
        Edge e = cell.edge(r.index());
        return switch (r.kind()) {
            case CONCAT -> ends + ": concatenated into the output";
            case DEAD -> ends + (cell.space().nodeLabelled() ? "" : ": " + cell.space().opName(e.op())) + " (on no input→output path)";
            default -> ends + (cell.space().nodeLabelled() ? "" : ": " + cell.space().opName(e.op()));
        };
    }

    private static Box bounds(List<NodeGlyph> nodes, List<EdgeGlyph> edges, PictureStyle style) {
        Box b = null;
        for (NodeGlyph n : nodes) {
            b = b == null ? n.box() : b.union(n.box());
        }
        for (EdgeGlyph e : edges) {
            for (Pt p : e.course()) {
                Box s = Box.around(p, style.stroke(), style.stroke());
                b = b == null ? s : b.union(s);
            }
            for (Pt p : e.arrow()) {
                b = b.union(Box.around(p, 1, 1));
            }
            if (e.label() != null) {
                b = b == null ? e.label().box() : b.union(e.label().box());
            }
        }
        return b == null ? new Box(0, 0, 0, 0) : b;
    }
}
