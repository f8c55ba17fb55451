package io.github.sedexplorer.ui.export;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The nodes and edges {@link CellSvg} draws for a cell, in the app's conventions: nodes "in", "out"
 * or their index (DARTS inputs "c_{k-2}", "c_{k-1}"); NAS-Bench-101 interior nodes as boxes naming
 * their op; edges labelled with the space's op name, except NAS-Bench-101 edges (the ops sit on
 * nodes) and DARTS edges into the output (a concatenation, not an op). {@code none} edges are drawn
 * dashed in the light grey of {@link OpPalette}, so a cut edge still shows where it was.
 */
public final class CellSvgParts {

    /** Horizontal room between the outlines of neighbouring nodes at fallback positions. */
    public static final double FALLBACK_GAP = 112;

    private static final NodePosition ORIGIN = new NodePosition(0, 0);

    private CellSvgParts() {
    }

    /**
     * @param positions node index to position; a node without one is put on the line y = 0, in
     *                  topological order from x = 0, {@link #FALLBACK_GAP} between outlines (160
     *                  between the centres of two circles)
     */
    public static List<SvgNode> nodes(Cell cell, Map<Integer, NodePosition> positions) {
        Map<Integer, NodePosition> at = positions == null ? Map.of() : positions;
        int n = cell.nodeCount();
        List<SvgNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Node node = cell.node(i);
            boolean box = cell.space().nodeLabelled() && node.role() == NodeRole.INTERMEDIATE;
            String op = box ? cell.space().opName(node.op()) : "";
            NodePosition pos = at.getOrDefault(i, ORIGIN);
            out.add(new SvgNode(i, label(cell, i), op, box ? SvgNode.BOX : SvgNode.CIRCLE, pos, title(cell, i, op)));
        }
        double x = 0;
        double previousHalf = 0;
        for (int p = 0; p < n; p++) {
            int i = cell.topologicalNode(p);
            SvgNode node = out.get(i);
            double half = NodeShape.of(node).halfWidth();
            x += p == 0 ? 0 : previousHalf + FALLBACK_GAP + half;
            previousHalf = half;
            if (!at.containsKey(i)) {
                out.set(i, new SvgNode(i, node.label(), node.sublabel(), node.shape(), new NodePosition(x, 0), node.title()));
            }
        }
        return out;
    }

    /** One edge per cell edge, in the cell's edge order, coloured by {@link OpPalette}. */
    public static List<SvgEdge> edges(Cell cell) {
        SearchSpace space = cell.space();
        List<SvgEdge> out = new ArrayList<>(cell.edgeCount());
        for (Edge e : cell.edges()) {
            Op op = e.op();
            boolean concat = space == SearchSpace.DARTS && cell.node(e.to()).role() == NodeRole.OUTPUT;
            String name = space.opName(op);
            String label = space.nodeLabelled() || concat ? "" : name;
            String title = e.from() + " → " + e.to() + (concat ? ": concatenated into the output"
                    : space.nodeLabelled() ? "" : ": " + name);
            out.add(new SvgEdge(e.from(), e.to(), label, OpPalette.hex(op), List.of(), !op.isReal(), title));
        }
        return out;
    }

    static String label(Cell cell, int i) {
        NodeRole role = cell.node(i).role();
        if (role == NodeRole.INPUT) {
            if (cell.space() == SearchSpace.DARTS) {
                return i == 0 ? "c_{k-2}" : "c_{k-1}";
            }
            return "in";
        }
        return role == NodeRole.OUTPUT ? "out" : String.valueOf(i);
    }

    private static String title(Cell cell, int i, String op) {
        return switch (cell.node(i).role()) {
            case INPUT -> cell.space() == SearchSpace.DARTS
                    ? (i == 0 ? "input c_{k-2}: the output of the cell two back" : "input c_{k-1}: the output of the previous cell")
                    : "input";
            case OUTPUT -> "output";
            case INTERMEDIATE -> "node " + i + (op.isEmpty() ? "" : ": " + op);
        };
    }
}
