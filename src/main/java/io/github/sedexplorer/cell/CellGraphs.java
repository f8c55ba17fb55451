package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/** Topology queries on cells through JGraphT: the graph view, live graph, paths, topological order. */
public final class CellGraphs {

    private CellGraphs() {
    }

    /**
     * The cell as a JGraphT directed graph: vertices are node indices, edges the cell's edges. A JGraphT
     * graph holds one edge per pair of nodes (and Edge is a value), so of a DARTS node's two parallel
     * edges only the first is in it: fine for reachability and order, not for counting paths.
     */
    public static Graph<Integer, Edge> graph(Cell cell) {
        return build(cell.nodeCount(), cell.edges(), false);
    }

    /** The graph of real operations only ({@code none} edges left out). */
    public static Graph<Integer, Edge> liveGraph(Cell cell) {
        return build(cell.nodeCount(), cell.edges(), true);
    }

    private static Graph<Integer, Edge> build(int n, List<Edge> edges, boolean realOnly) {
        Graph<Integer, Edge> g = new DefaultDirectedGraph<>(null, null, false);
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
        }
        for (Edge e : edges) {
            if (!realOnly || e.op().isReal()) {
                g.addEdge(e.from(), e.to(), e);
            }
        }
        return g;
    }

    public static List<Integer> topologicalOrder(Cell cell) {
        List<Integer> order = new ArrayList<>();
        new TopologicalOrderIterator<>(graph(cell)).forEachRemaining(order::add);
        return order;
    }

    /**
     * Every path of real operations from an input node to the output node, as edge lists; two parallel
     * edges (a DARTS node fed twice by one source) give two paths, found by walking the edge list, since
     * a JGraphT graph keeps one of them. Exponential in the worst case: meant
     * for inspection and tests, not for scoring.
     */
    public static List<List<Edge>> inputOutputPaths(Cell cell) {
        List<List<Edge>> paths = new ArrayList<>();
        if (!hasParallelEdges(cell)) {
            // JGraphT's enumeration, whose order the float sums of tests reproducing earlier figures depend on
            AllDirectedPaths<Integer, Edge> all = new AllDirectedPaths<>(liveGraph(cell));
            for (int in : cell.nodesWithRole(NodeRole.INPUT)) {
                for (int out : cell.nodesWithRole(NodeRole.OUTPUT)) {
                    for (GraphPath<Integer, Edge> p : all.getAllPaths(in, out, true, null)) {
                        paths.add(p.getEdgeList());
                    }
                }
            }
            return paths;
        }
        List<Integer> outputs = cell.nodesWithRole(NodeRole.OUTPUT);
        for (int in : cell.nodesWithRole(NodeRole.INPUT)) {
            extend(cell, in, outputs, new ArrayList<>(), paths);
        }
        return paths;
    }

    private static boolean hasParallelEdges(Cell cell) {
        List<Edge> edges = cell.edges();
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                if (edges.get(i).from() == edges.get(j).from() && edges.get(i).to() == edges.get(j).to()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void extend(Cell cell, int node, List<Integer> outputs, List<Edge> path, List<List<Edge>> paths) {
        if (outputs.contains(node)) {
            paths.add(List.copyOf(path));
            return; // the output has no outgoing edges
        }
        for (Edge e : cell.edges()) {
            if (e.from() == node && e.op().isReal()) {
                path.add(e);
                extend(cell, e.to(), outputs, path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Names one cycle of an edge list, e.g. {@code 1->2->3->1}. */
    static String describeCycle(int n, List<Edge> edges) {
        Graph<Integer, Edge> g = build(n, edges, false);
        CycleDetector<Integer, Edge> detector = new CycleDetector<>(g);
        List<Integer> onCycle = new ArrayList<>(detector.findCycles());
        return onCycle.isEmpty() ? "?" : "nodes " + onCycle.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }
}
