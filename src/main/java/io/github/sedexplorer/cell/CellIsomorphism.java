package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Isomorphism classes of cells: two cells are the same architecture when their pruned, labelled
 * DAGs (only live edges of real operations, only nodes on an input→output path; input and output
 * fixed) are isomorphic. {@link #key(Cell)} is a canonical string, the smallest edge list over all
 * renumberings of the interior nodes, so equal keys mean isomorphic cells. Exponential in the number
 * of interior nodes: fine for benchmark cells (NB201: 2, NB101: at most 5), not for large free cells.
 */
public final class CellIsomorphism {

    /** Interior nodes beyond which the key is not computed (8! renumberings). */
    public static final int MAX_INTERIOR = 8;

    private CellIsomorphism() {
    }

    /** The canonical key; "disconnected" for a cell with no input→output path. */
    public static String key(Cell cell) {
        int n = cell.nodeCount();
        Liveness reach = Liveness.of(cell);
        List<Integer> interior = new ArrayList<>();
        int input = -1;
        int output = -1;
        for (int v = 0; v < n; v++) {
            switch (cell.node(v).role()) {
                case INPUT -> input = v;
                case OUTPUT -> output = v;
                default -> {
                    if (reach.fromInput(v) && reach.toOutput(v)) {
                        interior.add(v);
                    }
                }
            }
        }
        if (output < 0 || !reach.fromInput(output)) {
            return "disconnected";
        }
        if (interior.size() > MAX_INTERIOR || cell.nodesWithRole(NodeRole.INPUT).size() != 1) {
            throw new IllegalArgumentException("isomorphism keys are for single-input cells with at most "
                    + MAX_INTERIOR + " interior nodes");
        }
        List<Edge> live = new ArrayList<>();
        for (Edge e : cell.edges()) {
            if (e.op().isReal() && reach.fromInput(e.from()) && reach.toOutput(e.to())) {
                live.add(e);
            }
        }
        int[] label = new int[n];
        int[] perm = new int[interior.size()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        String best = null;
        do {
            label[input] = 0;
            label[output] = interior.size() + 1;
            for (int i = 0; i < perm.length; i++) {
                label[interior.get(i)] = perm[i] + 1;
            }
            String k = describe(cell, live, interior, label);
            if (best == null || k.compareTo(best) < 0) {
                best = k;
            }
        } while (nextPermutation(perm));
        return best;
    }

    private static String describe(Cell cell, List<Edge> live, List<Integer> interior, int[] label) {
        String[] nodes = new String[interior.size()];
        for (int v : interior) {
            nodes[label[v] - 1] = cell.node(v).op().name();
        }
        List<String> edges = new ArrayList<>();
        for (Edge e : live) {
            edges.add(label[e.from()] + ">" + label[e.to()] + ":" + e.op().name());
        }
        edges.sort(null);
        return String.join(",", nodes) + "|" + String.join(",", edges);
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
            t = p[a];
            p[a] = p[b];
            p[b] = t;
        }
        return true;
    }
}
