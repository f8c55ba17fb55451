package io.github.sedexplorer.ui.editor;

/** What is selected in the editor: a node or an edge (by its end nodes, which survive renumbering of edges) of one cell. */
public record Selection(int cell, int node, int from, int to) {

    public static Selection node(int cell, int node) {
        return new Selection(cell, node, -1, -1);
    }

    public static Selection edge(int cell, int from, int to) {
        return new Selection(cell, -1, from, to);
    }

    public boolean isNode() {
        return node >= 0;
    }

    public boolean isEdge() {
        return from >= 0;
    }
}
