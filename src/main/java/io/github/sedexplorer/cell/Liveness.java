package io.github.sedexplorer.cell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Which nodes and edges lie on some input→output path of real operations: the part of a cell that
 * computes anything, and what NAS-Bench-101 keeps when it prunes a spec. The rest is drawn greyed.
 * Built from the nodes an input reaches and the nodes that reach an output ({@code none} edges carry nothing).
 */
public final class Liveness {

    private final Cell cell;
    private final boolean[] fromInput;
    private final boolean[] toOutput;

    private Liveness(Cell cell, boolean[] fromInput, boolean[] toOutput) {
        this.cell = cell;
        this.fromInput = fromInput;
        this.toOutput = toOutput;
    }

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
        return new Liveness(cell, reach(cell.nodesWithRole(NodeRole.INPUT), out, n),
                reach(cell.nodesWithRole(NodeRole.OUTPUT), in, n));
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

    /** Whether an input reaches the node through real operations (an input reaches itself). */
    public boolean fromInput(int node) {
        return fromInput[node];
    }

    /** Whether the node reaches an output through real operations (an output reaches itself). */
    public boolean toOutput(int node) {
        return toOutput[node];
    }

    /** Inputs and outputs always count as live; an intermediate node when it is on an input→output path. */
    public boolean nodeLive(int node) {
        return fromInput[node] && toOutput[node] || cell.node(node).role() != NodeRole.INTERMEDIATE;
    }

    public boolean edgeLive(int edge) {
        Edge e = cell.edge(edge);
        return e.op().isReal() && fromInput[e.from()] && toOutput[e.to()];
    }
}
