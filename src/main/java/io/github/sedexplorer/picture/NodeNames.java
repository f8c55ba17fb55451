package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.SearchSpace;

/**
 * What a picture calls a node. DARTS as its code's {@code plot_genotype} does: inputs c_{k-2} and
 * c_{k-1}, intermediate nodes 0–3, output c_{k}. Every other space: "in", "out" and the node's index.
 */
public final class NodeNames {

    private NodeNames() {
    }

    public static String of(Cell cell, int node) {
        NodeRole role = cell.node(node).role();
        if (cell.space() == SearchSpace.DARTS) {
            return switch (role) {
                case INPUT -> node == 0 ? "c_{k-2}" : "c_{k-1}";
                case OUTPUT -> "c_{k}";
                case INTERMEDIATE -> String.valueOf(node - cell.nodesWithRole(NodeRole.INPUT).size());
            };
        }
        return switch (role) {
            case INPUT -> "in";
            case OUTPUT -> "out";
            case INTERMEDIATE -> String.valueOf(node);
        };
    }

    /** A longer description for tooltips and SVG titles. */
    public static String describe(Cell cell, int node) {
        String name = of(cell, node);
        return switch (cell.node(node).role()) {
            case INPUT -> cell.space() == SearchSpace.DARTS
                    ? "input " + name + (node == 0 ? ": the output of the cell two back" : ": the output of the previous cell")
                    : "input";
            case OUTPUT -> cell.space() == SearchSpace.DARTS ? "output " + name + ": the concatenation of the listed nodes" : "output";
            case INTERMEDIATE -> "node " + name + (cell.space().nodeLabelled() ? ": " + cell.space().opName(cell.node(node).op()) : "");
        };
    }
}
