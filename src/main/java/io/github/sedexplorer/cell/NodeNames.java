package io.github.sedexplorer.cell;

/**
 * What the app calls a node, everywhere: pictures, the status line, What if, Compare, refusals. DARTS as its code's {@code plot_genotype} does: inputs c_{k-2} and
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

    /** An edge as the app names it: {@code in→1}, {@code c_{k-2}→0}. */
    public static String edge(Cell cell, int from, int to) {
        return of(cell, from) + "→" + of(cell, to);
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
