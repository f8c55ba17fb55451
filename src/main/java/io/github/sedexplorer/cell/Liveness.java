package io.github.sedexplorer.cell;


import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Which nodes and edges lie on some input→output path of real operations: the part of a cell that
 * computes anything, and what NAS-Bench-101 keeps when it prunes a spec. The rest is drawn greyed.
 */
public record Liveness(boolean[] liveNodes, boolean[] liveEdges) {

    public static Liveness of(Cell cell) {
        int n = cell.nodeCount();
        List<List<Integer>> out = new ArrayList<>();
        List<List<Integer>> in = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Edge e : cell.edges()) {
            if (e.op().isReal()) {
                out.get(e.from()).add(e.to());
                in.get(e.to()).add(e.from());
            }
        }
        boolean[] fromInput = reach(cell.nodesWithRole(NodeRole.INPUT), out, n);
        boolean[] toOutput = reach(cell.nodesWithRole(NodeRole.OUTPUT), in, n);
        boolean[] nodes = new boolean[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = fromInput[i] && toOutput[i] || cell.node(i).role() != NodeRole.INTERMEDIATE;
        }
        boolean[] edges = new boolean[cell.edgeCount()];
        for (int i = 0; i < edges.length; i++) {
            Edge e = cell.edge(i);
            edges[i] = e.op().isReal() && fromInput[e.from()] && toOutput[e.to()];
        }
        return new Liveness(nodes, edges);
    }

    private static boolean[] reach(List<Integer> starts, List<List<Integer>> next, int n) {
        boolean[] seen = new boolean[n];
        Deque<Integer> todo = new ArrayDeque<>(starts);
        starts.forEach(s -> seen[s] = true);
        while (!todo.isEmpty()) {
            for (int w : next.get(todo.pop())) {
                if (!seen[w]) {
                    seen[w] = true;
                    todo.push(w);
                }
            }
        }
        return seen;
    }

    public boolean nodeLive(int node) {
        return liveNodes[node];
    }

    public boolean edgeLive(int edge) {
        return liveEdges[edge];
    }
}
