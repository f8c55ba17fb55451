package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editor's edits as pure functions on cells: each returns the edited cell or throws the
 * {@link CellRuleException} that says why the space refuses it. Node deletions and insertions
 * renumber nodes; {@link Edited#renumber()} maps old indices to new ones (-1 for a deleted node).
 */
public final class CellEdits {

    /** An edited cell and where each old node index went. */
    public record Edited(Cell cell, int[] renumber) {
    }

    private static int[] identity(int n) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return id;
    }

    private CellEdits() {
    }

    /** Spaces whose edge set is fixed: an edge is cut by giving it the none operation. */
    public static boolean fixedEdges(SearchSpace space) {
        return space == SearchSpace.NB201 || space == SearchSpace.TRANSNAS_MICRO;
    }

    public static boolean nodesEditable(SearchSpace space) {
        return space == SearchSpace.NB101 || space == SearchSpace.FREE;
    }

    public static Cell setEdgeOp(Cell cell, int from, int to, Op op) {
        return setEdgeOp(cell, from, to, 0, op);
    }

    /** Sets the operation of the rank-th edge from → to ({@link Cell#edgeIndex(int, int, int)}: DARTS' parallel edges). */
    public static Cell setEdgeOp(Cell cell, int from, int to, int rank, Op op) {
        int i = cell.edgeIndex(from, to, rank);
        if (i < 0) {
            throw new CellRuleException(cell.space(), "edges", "there is no edge " + NodeNames.edge(cell, from, to));
        }
        if (cell.space().nodeLabelled()) {
            throw new CellRuleException(cell.space(), "operations", "operations sit on nodes in this space; select a node");
        }
        return cell.withEdgeOp(i, op);
    }

    /** Draws an edge: a new edge, or in fixed-edge spaces a none edge brought to life with the op. */
    public static Cell addEdge(Cell cell, int from, int to, Op op) {
        if (from == to) {
            throw new CellRuleException(cell.space(), "no cycles", "an edge from node " + NodeNames.of(cell, from) + " to itself is a cycle");
        }
        Op edgeOp = cell.space().nodeLabelled() ? Op.SKIP : op;
        int existing = cell.edgeIndex(from, to);
        if (existing >= 0) {
            if (!cell.edge(existing).op().isReal() && edgeOp.isReal()) {
                return cell.withEdgeOp(existing, edgeOp);
            }
            throw new CellRuleException(cell.space(), "one edge per pair of nodes", "the edge " + NodeNames.edge(cell, from, to) + " already exists");
        }
        if (cell.edgeIndex(to, from) >= 0 && cell.edge(cell.edgeIndex(to, from)).op().isReal()) {
            throw new CellRuleException(cell.space(), "no cycles", "the edge " + NodeNames.edge(cell, to, from)
                    + " exists, so " + NodeNames.edge(cell, from, to) + " would close a cycle");
        }
        List<Edge> edges = new ArrayList<>(cell.edges());
        edges.add(new Edge(from, to, edgeOp));
        return Cell.of(cell.space(), cell.nodes(), edges);
    }

    /** Removes an edge; in fixed-edge spaces sets it to none. */
    public static Cell deleteEdge(Cell cell, int from, int to) {
        return deleteEdge(cell, from, to, 0);
    }

    /** Deletes (in fixed-edge spaces: cuts to none) the rank-th edge from → to. */
    public static Cell deleteEdge(Cell cell, int from, int to, int rank) {
        int i = cell.edgeIndex(from, to, rank);
        if (i < 0) {
            throw new CellRuleException(cell.space(), "edges", "there is no edge " + NodeNames.edge(cell, from, to));
        }
        if (fixedEdges(cell.space())) {
            return cell.withEdgeOp(i, Op.NONE);
        }
        List<Edge> edges = new ArrayList<>(cell.edges());
        edges.remove(i);
        return Cell.of(cell.space(), cell.nodes(), edges);
    }

    /** Adds an interior node (NAS-Bench-101: before the output, which stays last; free cells: at the end). */
    public static Edited addNode(Cell cell, Op op) {
        SearchSpace space = cell.space();
        if (!nodesEditable(space)) {
            throw new CellRuleException(space, "fixed nodes", space.displayName() + " cells have a fixed set of nodes");
        }
        int n = cell.nodeCount();
        List<Node> nodes = new ArrayList<>(cell.nodes());
        Node added = space.nodeLabelled() ? Node.interior(op) : Node.INTERMEDIATE;
        if (space == SearchSpace.NB101) {
            int out = n - 1;
            nodes.add(out, added);
            int[] renumber = new int[n];
            for (int i = 0; i < n; i++) {
                renumber[i] = i == out ? n : i;
            }
            return new Edited(Cell.of(space, nodes, renumbered(cell.edges(), renumber)), renumber);
        }
        nodes.add(added);
        return new Edited(Cell.of(space, nodes, cell.edges()), identity(n));
    }

    /** Deletes an interior node and its edges; later nodes move down one index. */
    public static Edited deleteNode(Cell cell, int node) {
        SearchSpace space = cell.space();
        if (!nodesEditable(space)) {
            throw new CellRuleException(space, "fixed nodes", space.displayName() + " cells have a fixed set of nodes");
        }
        if (cell.node(node).role() != NodeRole.INTERMEDIATE) {
            throw new CellRuleException(space, "one input, one output", "the " + cell.node(node).role().name()
                    .toLowerCase(Locale.ROOT) + " node cannot be deleted");
        }
        int n = cell.nodeCount();
        int[] renumber = new int[n];
        for (int i = 0; i < n; i++) {
            renumber[i] = i < node ? i : i == node ? -1 : i - 1;
        }
        List<Node> nodes = new ArrayList<>(cell.nodes());
        nodes.remove(node);
        List<Edge> kept = new ArrayList<>();
        for (Edge e : cell.edges()) {
            if (e.from() != node && e.to() != node) {
                kept.add(e);
            }
        }
        return new Edited(Cell.of(space, nodes, renumbered(kept, renumber)), renumber);
    }

    public static Cell setNodeOp(Cell cell, int node, Op op) {
        if (!cell.space().nodeLabelled()) {
            throw new CellRuleException(cell.space(), "operations", "operations sit on edges in this space; select an edge");
        }
        if (cell.node(node).role() != NodeRole.INTERMEDIATE) {
            throw new CellRuleException(cell.space(), "operations", "the input and output nodes carry no operation");
        }
        return cell.withNodeOp(node, op);
    }

    private static List<Edge> renumbered(List<Edge> edges, int[] renumber) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            out.add(new Edge(renumber[e.from()], renumber[e.to()], e.op()));
        }
        return out;
    }
}
