package io.github.sedexplorer.layout;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;

import java.util.Arrays;

/**
 * The proper layered graph of a cell: vertices 0..n-1 are the cell's nodes, the rest are dummy
 * vertices that carry an edge across each layer it spans, so every segment joins adjacent layers.
 * Dummy ids are handed out in edge-index order.
 */
final class LayerGraph {

    final int realCount;
    final int layerCount;
    /** Layer of every vertex. */
    final int[] layer;
    /** Neighbours in the layer before / after. */
    final int[][] up;
    final int[][] down;
    /** Per cell edge: its vertices from source to target. */
    final int[][] chains;

    private LayerGraph(int realCount, int[] layer, int[][] chains) {
        this.realCount = realCount;
        this.layer = layer;
        this.chains = chains;
        this.layerCount = Arrays.stream(layer).max().orElse(-1) + 1;
        int[] upDegree = new int[layer.length];
        int[] downDegree = new int[layer.length];
        for (int[] chain : chains) {
            for (int k = 1; k < chain.length; k++) {
                downDegree[chain[k - 1]]++;
                upDegree[chain[k]]++;
            }
        }
        up = new int[layer.length][];
        down = new int[layer.length][];
        for (int v = 0; v < layer.length; v++) {
            up[v] = new int[upDegree[v]];
            down[v] = new int[downDegree[v]];
        }
        Arrays.fill(upDegree, 0);
        Arrays.fill(downDegree, 0);
        for (int[] chain : chains) {
            for (int k = 1; k < chain.length; k++) {
                down[chain[k - 1]][downDegree[chain[k - 1]]++] = chain[k];
                up[chain[k]][upDegree[chain[k]]++] = chain[k - 1];
            }
        }
    }

    int vertexCount() {
        return layer.length;
    }

    boolean dummy(int v) {
        return v >= realCount;
    }

    /** Layers the cell's nodes, then splits every edge longer than one layer with dummies. */
    static LayerGraph of(Cell cell) {
        int[] nodeLayer = layers(cell);
        int n = cell.nodeCount();
        int total = n;
        for (Edge e : cell.edges()) {
            total += nodeLayer[e.to()] - nodeLayer[e.from()] - 1;
        }
        int[] layer = Arrays.copyOf(nodeLayer, total);
        int[][] chains = new int[cell.edgeCount()][];
        int next = n;
        for (int i = 0; i < cell.edgeCount(); i++) {
            Edge e = cell.edge(i);
            int span = nodeLayer[e.to()] - nodeLayer[e.from()];
            int[] chain = new int[span + 1];
            chain[0] = e.from();
            for (int k = 1; k < span; k++) {
                layer[next] = nodeLayer[e.from()] + k;
                chain[k] = next++;
            }
            chain[span] = e.to();
            chains[i] = chain;
        }
        return new LayerGraph(n, layer, chains);
    }

    /**
     * Longest path from the sources, over every edge ({@code none} included). Two adjustments: a
     * source that is not an input moves right next to its nearest successor, and the outputs take a
     * layer of their own after every other node.
     */
    static int[] layers(Cell cell) {
        int n = cell.nodeCount();
        int[] layer = new int[n];
        boolean[] hasIn = new boolean[n];
        for (int p = 0; p < cell.edgeCount(); p++) {
            Edge e = cell.forwardEdge(p);
            layer[e.to()] = Math.max(layer[e.to()], layer[e.from()] + 1);
            hasIn[e.to()] = true;
        }
        int last = 0;
        for (int v = 0; v < n; v++) {
            if (cell.node(v).role() != NodeRole.OUTPUT) {
                last = Math.max(last, layer[v] + 1);
            }
        }
        for (int v = 0; v < n; v++) {
            if (cell.node(v).role() == NodeRole.OUTPUT) {
                layer[v] = last;
            }
        }
        // after the outputs moved: pulling a source never passes a successor, so `last` still holds
        int[] nearestSuccessor = new int[n];
        Arrays.fill(nearestSuccessor, Integer.MAX_VALUE);
        for (Edge e : cell.edges()) {
            nearestSuccessor[e.from()] = Math.min(nearestSuccessor[e.from()], layer[e.to()]);
        }
        for (int v = 0; v < n; v++) {
            if (!hasIn[v] && cell.node(v).role() != NodeRole.INPUT && nearestSuccessor[v] != Integer.MAX_VALUE) {
                layer[v] = nearestSuccessor[v] - 1;
            }
        }
        return layer;
    }
}
