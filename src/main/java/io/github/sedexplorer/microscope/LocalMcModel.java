package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.OpEntropy;
import io.github.sedexplorer.sed.SedAnalysis;
import io.github.sedexplorer.sed.SedModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code sed-local-mc}: a measured proxy, not the reconstruction. The score of a cell is the Monte-Carlo local
 * entropy at its output node: {@link Forward} on K = 2 seeded Gaussian maps of C = 8 channels, 16×16 (seed 1),
 * ½·ln det(2πe·Σ) of its 3×3 windows ({@link LocalEntropy#of}), averaged over the seeds; a DARTS architecture adds
 * its normal and reduce cell (the reduce cell's input edges at stride 2); −∞ for a disconnected cell.
 * <p>
 * These sizes are fixed ({@link #SETTINGS}) so that a score is one number per architecture: the model's C (from
 * {@code --channels} or the space) is only its {@link #opEntropy()} (the C that params and headers report), never
 * the map's. Single-input cells are evaluated as the canonical graph of their {@link CellIsomorphism#key}, with edge
 * weights seeded by their place in that key, and cached by it: isomorphic cells get the same score, and a score does
 * not depend on which cells were scored before it or on which thread.
 */
public final class LocalMcModel implements SedModel {

    public static final String ID = "sed-local-mc";
    /** The proxy's fixed sizes: C = 8, 16×16, s = 3, K = 2, seed 1. */
    public static final MicroscopeSettings SETTINGS = new MicroscopeSettings(8, 16, 16, 3, 2, 1);
    public static final String PROVENANCE = "measured (Monte Carlo local entropy at the output, C = 8, 16×16, s = 3, "
            + "K = 2 seeds), not the reconstruction";

    /** Cached scores; cleared when it reaches this size (NB201 has 6,466 classes, NB101 423,624 cells). */
    private static final int CACHE_LIMIT = 1 << 20;
    private static final Map<String, Double> CACHE = new ConcurrentHashMap<>();

    private final OpEntropy entropy;

    public LocalMcModel(OpEntropy entropy) {
        this.entropy = entropy;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The table of the C the run reports (params, headers); the Monte Carlo runs at {@link #SETTINGS} whatever it is. */
    @Override
    public OpEntropy opEntropy() {
        return entropy;
    }

    @Override
    public double score(Cell cell) {
        return score(cell, false);
    }

    @Override
    public double score(Architecture arch) {
        double total = 0;
        for (int i = 0; i < arch.cells().size(); i++) {
            total += score(arch.cells().get(i), arch.space() == SearchSpace.DARTS && i == 1);
        }
        return total;
    }

    /** No per-edge contributions exist for a measured score: refused rather than filled with the reconstruction's. */
    @Override
    public SedAnalysis analyse(Cell cell) {
        throw new SedException(ID + " is " + PROVENANCE + ": it has no per-edge contributions or node bars; "
                + "use the microscope (Microscope.measure) for per-node measurements");
    }

    private double score(Cell cell, boolean reduce) {
        if (!SedModel.connected(cell)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (reduce || !keyed(cell)) {
            return Microscope.outputLocalEntropy(Forward.Graph.of(cell, reduce), reduce, SETTINGS);
        }
        String key = CellIsomorphism.key(cell);
        Double cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        double s = Microscope.outputLocalEntropy(graph(key), false, SETTINGS); // a function of the key alone
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, s);
        return s;
    }

    private static boolean keyed(Cell cell) {
        if (cell.nodesWithRole(NodeRole.INPUT).size() != 1) {
            return false;
        }
        return cell.nodeCount() - 2 <= CellIsomorphism.MAX_INTERIOR;
    }

    /** The canonical graph of a key "op,op|a>b:op,...": input 0, interior 1..m, output m+1, edges in the key's order. */
    static Forward.Graph graph(String key) {
        String[] parts = key.split("\\|", -1);
        String[] nodeNames = parts[0].isEmpty() ? new String[0] : parts[0].split(",");
        String[] edgeTexts = parts[1].isEmpty() ? new String[0] : parts[1].split(",");
        int n = nodeNames.length + 2;
        boolean[] input = new boolean[n];
        input[0] = true;
        Op[] nodeOp = new Op[n];
        nodeOp[0] = Op.SKIP;
        nodeOp[n - 1] = Op.SKIP;
        for (int i = 0; i < nodeNames.length; i++) {
            nodeOp[i + 1] = op(nodeNames[i]);
        }
        int m = edgeTexts.length;
        int[] from = new int[m];
        int[] to = new int[m];
        Op[] ops = new Op[m];
        int[] indegree = new int[n];
        for (int i = 0; i < m; i++) {
            String t = edgeTexts[i];
            int gt = t.indexOf('>');
            int colon = t.indexOf(':');
            from[i] = Integer.parseInt(t.substring(0, gt));
            to[i] = Integer.parseInt(t.substring(gt + 1, colon));
            ops[i] = op(t.substring(colon + 1));
            indegree[to[i]]++;
        }
        // a topological order of the labels (Kahn, smallest label first), then the edges by their target's place
        int[] order = new int[n];
        int[] position = new int[n];
        boolean[] placed = new boolean[n];
        for (int p = 0; p < n; p++) {
            int next = -1;
            for (int v = 0; v < n && next < 0; v++) {
                if (!placed[v] && indegree[v] == 0) {
                    next = v;
                }
            }
            if (next < 0) {
                throw new SedException("isomorphism key with a cycle: " + key);
            }
            placed[next] = true;
            order[p] = next;
            position[next] = p;
            for (int i = 0; i < m; i++) {
                if (from[i] == next) {
                    indegree[to[i]]--;
                }
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            edges.add(i);
        }
        edges.sort((a, b) -> Integer.compare(position[to[a]], position[to[b]])); // stable: the key's order within a target
        int[] f = new int[m];
        int[] t = new int[m];
        Op[] o = new Op[m];
        int[] id = new int[m];
        for (int p = 0; p < m; p++) {
            int i = edges.get(p);
            f[p] = from[i];
            t[p] = to[i];
            o[p] = ops[i];
            id[p] = i;
        }
        return new Forward.Graph(input, nodeOp, f, t, o, id, new boolean[m], order, n - 1);
    }

    private static Op op(String name) {
        return Op.parse(name).orElseThrow(() -> new SedException("isomorphism key names no operation " + name));
    }

    @Override
    public String toString() {
        return ID + " (" + PROVENANCE + ")";
    }
}
