package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable cell: nodes (indexed 0..n-1) and directed edges, valid in its search space.
 * Construction checks structure (indices, no self-loops or parallel edges, acyclic) and then the
 * space's rules; a cell that exists is valid. The one exception to "no parallel edges": a DARTS
 * intermediate node may take both its inputs from one source ({@link SearchSpace#allowsParallelEdgesInto}),
 * so code that names an edge by (from, to) must allow for two; {@link #edgeIndex} finds the first. Topology queries through JGraphT: {@link CellGraphs}.
 */
public final class Cell {

    private final SearchSpace space;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final int[] topologicalOrder;
    /** Edge indices sorted by the topological position of their target: a forward DP order. */
    private final int[] edgeOrder;

    private Cell(SearchSpace space, List<Node> nodes, List<Edge> edges, int[] topologicalOrder) {
        this.space = space;
        this.nodes = nodes;
        this.edges = edges;
        this.topologicalOrder = topologicalOrder;
        this.edgeOrder = edgeOrder(nodes.size(), edges, topologicalOrder);
    }

    private static int[] edgeOrder(int n, List<Edge> edges, int[] topo) {
        boolean identity = true;
        for (int i = 0; i < n && identity; i++) {
            identity = topo[i] == i;
        }
        if (identity) { // edges are already sorted by target index, which is then a forward order
            return identity(edges.size());
        }
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[topo[i]] = i;
        }
        Integer[] boxed = new Integer[edges.size()];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.comparingInt(i -> position[edges.get(i).to()]));
        int[] order = new int[boxed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /**
     * Builds a cell, or says precisely why it cannot exist.
     *
     * @throws CellRuleException when the cell breaks a structural rule or one of its space's rules
     */
    public static Cell of(SearchSpace space, List<Node> nodes, List<Edge> edges) {
        Objects.requireNonNull(space, "space");
        if (nodes == null || nodes.isEmpty()) {
            throw new CellRuleException(space, "nodes", "the cell has no nodes");
        }
        if (edges == null) {
            edges = List.of();
        }
        int n = nodes.size();
        for (Node node : nodes) {
            if (node == null) {
                throw new CellRuleException(space, "nodes", "a node is missing");
            }
        }
        boolean[] pair = n <= 4096 ? new boolean[n * n] : null;
        for (Edge e : edges) {
            if (e == null) {
                throw new CellRuleException(space, "edges", "an edge is missing");
            }
            if (e.from() < 0 || e.from() >= n || e.to() < 0 || e.to() >= n) {
                throw new CellRuleException(space, "edges join nodes of the cell",
                        "edge " + e.from() + "->" + e.to() + " names a node outside 0.." + (n - 1));
            }
            if (e.from() == e.to()) {
                throw new CellRuleException(space, "no cycles", "edge " + e.from() + "->" + e.to() + " is a self-loop");
            }
            if (pair != null && !space.allowsParallelEdgesInto(nodes.get(e.to()).role())) {
                int k = e.from() * n + e.to();
                if (pair[k]) {
                    throw new CellRuleException(space, "one edge per pair of nodes",
                            "there are two edges " + e.from() + "->" + e.to());
                }
                pair[k] = true;
            }
            if (nodes.get(e.to()).role() == NodeRole.INPUT) {
                throw new CellRuleException(space, "inputs have no incoming edges", "edge " + e.from() + "->" + e.to());
            }
            if (nodes.get(e.from()).role() == NodeRole.OUTPUT) {
                throw new CellRuleException(space, "the output has no outgoing edges", "edge " + e.from() + "->" + e.to());
            }
        }
        Comparator<Edge> order = space.sortsEdgesBySource() ? BY_TARGET_THEN_SOURCE : BY_TARGET;
        List<Edge> ordered = edges;
        if (!sorted(edges, order)) {
            ordered = new ArrayList<>(edges);
            ordered.sort(order);
        }
        int[] topo = forward(ordered) ? identity(n) : topologicalOrder(n, ordered);
        if (topo == null) {
            throw new CellRuleException(space, "no cycles", "the edges form a cycle: " + CellGraphs.describeCycle(n, ordered));
        }
        Cell cell = new Cell(space, shared(nodes), sharedEdges(ordered), topo);
        space.check(cell);
        return cell;
    }

    /** Node lists shared between cells, up to this many distinct ones (NB101 has a few hundred). */
    private static final Interner<List<Node>> NODE_LISTS = new Interner<>(1 << 12);

    /**
     * An immutable list of shared nodes, itself shared with every other cell that has the same nodes: a table of a
     * million cells then holds a few node lists, not a million.
     */
    private static List<Node> shared(List<Node> nodes) {
        List<Node> known = NODE_LISTS.known(nodes);
        if (known != null) {
            return known;
        }
        Node[] copy = new Node[nodes.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = nodes.get(i).intern();
        }
        List<Node> list = List.of(copy);
        return copy.length > 16 ? list : NODE_LISTS.intern(list);
    }

    /** An immutable list of the shared instances of these edges ({@link Edge#intern}). */
    private static List<Edge> sharedEdges(List<Edge> edges) {
        Edge[] copy = new Edge[edges.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = edges.get(i).intern();
        }
        return List.of(copy);
    }

    private static final Comparator<Edge> BY_TARGET = Comparator.comparingInt(Edge::to);
    private static final Comparator<Edge> BY_TARGET_THEN_SOURCE = BY_TARGET.thenComparingInt(Edge::from);

    private static boolean sorted(List<Edge> edges, Comparator<Edge> order) {
        for (int i = 1; i < edges.size(); i++) {
            if (order.compare(edges.get(i - 1), edges.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static final int[][] IDENTITY = new int[65][];

    static {
        for (int n = 0; n < IDENTITY.length; n++) {
            IDENTITY[n] = new int[n];
            for (int i = 0; i < n; i++) {
                IDENTITY[n][i] = i;
            }
        }
    }

    /** 0..n-1, shared for small n: callers never write to it. */
    private static int[] identity(int n) {
        if (n < IDENTITY.length) {
            return IDENTITY[n];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Every edge runs from a lower to a higher index: the index order is topological. */
    private static boolean forward(List<Edge> edges) {
        for (int i = 0, m = edges.size(); i < m; i++) {
            if (edges.get(i).from() >= edges.get(i).to()) {
                return false;
            }
        }
        return true;
    }

    /** Kahn's algorithm on arrays; null when there is a cycle. Ties go to the lower index, so the order is stable. */
    private static int[] topologicalOrder(int n, List<Edge> edges) {
        int[] indegree = new int[n];
        for (Edge e : edges) {
            indegree[e.to()]++;
        }
        int[] order = new int[n];
        boolean[] done = new boolean[n];
        int count = 0;
        // small cells: a quadratic scan is faster than queues and keeps the order deterministic
        while (count < n) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && indegree[i] == 0) {
                    next = i;
                    break;
                }
            }
            if (next < 0) {
                return null;
            }
            done[next] = true;
            order[count++] = next;
            for (Edge e : edges) {
                if (e.from() == next) {
                    indegree[e.to()]--;
                }
            }
        }
        return order;
    }

    public SearchSpace space() {
        return space;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Node node(int i) {
        return nodes.get(i);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public List<Edge> edges() {
        return edges;
    }

    public Edge edge(int i) {
        return edges.get(i);
    }

    public int edgeCount() {
        return edges.size();
    }

    /** Node indices in a topological order (sources first; ties by lower index). */
    public int[] topologicalOrder() {
        return topologicalOrder.clone();
    }

    /** The node at a position of the topological order. */
    public int topologicalNode(int position) {
        return topologicalOrder[position];
    }

    /**
     * The edge at a position of the forward order: every edge into a node comes before every
     * edge out of it, so one pass computes path counts or variances.
     */
    public Edge forwardEdge(int position) {
        return edges.get(edgeOrder[position]);
    }

    /** Index (into {@link #edges()}) of the edge at a position of the forward order. */
    public int forwardEdgeIndex(int position) {
        return edgeOrder[position];
    }

    public List<Edge> incoming(int node) {
        List<Edge> in = new ArrayList<>(2);
        for (Edge e : edges) {
            if (e.to() == node) {
                in.add(e);
            }
        }
        return in;
    }

    public List<Integer> nodesWithRole(NodeRole role) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).role() == role) {
                out.add(i);
            }
        }
        return out;
    }

    /** Index of the (first) edge from→to, or -1; a DARTS node fed twice by one source has a second after it. */
    public int edgeIndex(int from, int to) {
        return edgeIndex(from, to, 0);
    }

    /**
     * The index of the rank-th edge from → to in edge order (0: the first), or −1: a DARTS node may take both its
     * inputs from one node, so two edges can share their ends and only their rank tells them apart.
     */
    public int edgeIndex(int from, int to, int rank) {
        int seen = 0;
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).from() == from && edges.get(i).to() == to && seen++ == rank) {
                return i;
            }
        }
        return -1;
    }

    /** How many edges before this one share its ends: 0 unless it is a parallel edge ({@link #edgeIndex(int, int, int)}). */
    public int parallelRank(int edgeIndex) {
        Edge e = edges.get(edgeIndex);
        int rank = 0;
        for (int i = 0; i < edgeIndex; i++) {
            if (edges.get(i).from() == e.from() && edges.get(i).to() == e.to()) {
                rank++;
            }
        }
        return rank;
    }

    /** A copy with one edge's operation replaced (checked against the space's rules). */
    public Cell withEdgeOp(int edgeIndex, Op op) {
        List<Edge> copy = new ArrayList<>(edges);
        copy.set(edgeIndex, copy.get(edgeIndex).withOp(op));
        return of(space, nodes, copy);
    }

    /** A copy with one node's operation replaced (node-labelled spaces). */
    public Cell withNodeOp(int node, Op op) {
        List<Node> copy = new ArrayList<>(nodes);
        copy.set(node, new Node(copy.get(node).role(), op));
        return of(space, copy, edges);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && c.space == space && c.nodes.equals(nodes) && c.edges.equals(edges);
    }

    @Override
    public int hashCode() {
        // Objects.hash(space, nodes, edges) without its array: tables hash a million cells to find duplicates
        return (31 * (31 + space.hashCode()) + nodes.hashCode()) * 31 + edges.hashCode();
    }

    @Override
    public String toString() {
        return space.id() + Arrays.toString(nodes.stream().map(nd -> nd.role().name().charAt(0)
                + (nd.op() == Op.SKIP ? "" : ":" + nd.op().name())).toArray()) + edges;
    }
}
