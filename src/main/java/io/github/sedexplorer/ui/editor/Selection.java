package io.github.sedexplorer.ui.editor;

/**
 * What is selected in the editor: a node or an edge of one cell. An edge is named by its end nodes, which survive the
 * renumbering of edges, and its rank among the edges with those ends (0 but for DARTS' parallel edges, where a node
 * takes both inputs from one node).
 */
public record Selection(int cell, int node, int from, int to, int rank) {

    public static Selection node(int cell, int node) {
        return new Selection(cell, node, -1, -1, 0);
    }

    public static Selection edge(int cell, int from, int to) {
        return edge(cell, from, to, 0);
    }

    public static Selection edge(int cell, int from, int to, int rank) {
        return new Selection(cell, -1, from, to, rank);
    }

    public boolean isNode() {
        return node >= 0;
    }

    public boolean isEdge() {
        return from >= 0;
    }
}
