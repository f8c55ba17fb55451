package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodePosition;

import java.util.HashMap;
import java.util.Map;

/** Positions for cells that have none (new and imported cells). */
public final class Layouts {

    private Layouts() {
    }

    public static Map<Integer, NodePosition> auto(Cell cell) {
        int n = cell.nodeCount();
        int[] layer = new int[n];
        for (int p = 0; p < n; p++) {
            int v = cell.topologicalNode(p);
            for (Edge e : cell.incoming(v)) {
                layer[v] = Math.max(layer[v], layer[e.from()] + 1);
            }
        }
        int[] count = new int[n + 1];
        int[] slot = new int[n];
        for (int p = 0; p < n; p++) {
            int v = cell.topologicalNode(p);
            slot[v] = count[layer[v]]++;
        }
        Map<Integer, NodePosition> at = new HashMap<>();
        for (int v = 0; v < n; v++) {
            at.put(v, new NodePosition(layer[v] * 180.0, (slot[v] - (count[layer[v]] - 1) / 2.0) * 110));
        }
        return at;
    }
}
