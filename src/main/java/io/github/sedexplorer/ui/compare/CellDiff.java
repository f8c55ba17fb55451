package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Op;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a cell differs from a reference cell: edges matched by from→to, an absent edge read as
 * {@code none}, so an edge present in one cell and absent (or none) in the other differs; nodes
 * matched by index (NAS-Bench-101's operations sit on them).
 */
final class CellDiff {

    /** One from→to pair whose operation differs; {@code Op.NONE} stands for an absent edge. */
    record EdgeChange(int cell, int from, int to, Op reference, Op other) {
    }

    private CellDiff() {
    }

    /** The changed edges of every cell of {@code other} against the same cell of {@code reference}, in cell then from→to order. */
    static List<EdgeChange> edges(Architecture reference, Architecture other) {
        List<EdgeChange> out = new ArrayList<>();
        int cells = Math.min(reference.cells().size(), other.cells().size());
        for (int k = 0; k < cells; k++) {
            Map<Long, Op> ref = ops(reference.cells().get(k));
            Map<Long, Op> oth = ops(other.cells().get(k));
            TreeMap<Long, Boolean> keys = new TreeMap<>();
            ref.keySet().forEach(key -> keys.put(key, true));
            oth.keySet().forEach(key -> keys.put(key, true));
            for (long key : keys.keySet()) {
                Op a = ref.getOrDefault(key, Op.NONE);
                Op b = oth.getOrDefault(key, Op.NONE);
                if (!a.equals(b)) {
                    out.add(new EdgeChange(k, (int) (key >> 32), (int) (key & 0xffffffffL), a, b));
                }
            }
        }
        return out;
    }

    /** Node indices of {@code other} that differ from the reference's node (or that it lacks). */
    static List<Integer> nodes(Cell reference, Cell other) {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < other.nodeCount(); v++) {
            if (v >= reference.nodeCount() || !reference.node(v).equals(other.node(v))) {
                out.add(v);
            }
        }
        return out;
    }

    private static Map<Long, Op> ops(Cell cell) {
        Map<Long, Op> out = new TreeMap<>();
        for (Edge e : cell.edges()) {
            out.put(key(e.from(), e.to()), e.op());
        }
        return out;
    }

    static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }
}
