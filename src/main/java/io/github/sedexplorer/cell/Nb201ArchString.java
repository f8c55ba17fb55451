package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.List;

/**
 * The NAS-Bench-201 arch string {@code |op~0|+|op~0|op~1|+|op~0|op~1|op~2|}, for NB201 and for
 * TransNAS-Bench-101 micro cells (same grammar, four ops). Edges in canonical order
 * (0→1), (0→2), (1→2), (0→3), (1→3), (2→3).
 */
public final class Nb201ArchString {

    public static final List<Node> NODES = List.of(Node.INPUT, Node.INTERMEDIATE, Node.INTERMEDIATE, Node.OUTPUT);

    private static final String[] NB201_NAMES = names(SearchSpace.NB201);
    private static final String[] TRANSNAS_NAMES = names(SearchSpace.TRANSNAS_MICRO);

    private Nb201ArchString() {
    }

    private static String[] names(SearchSpace space) {
        return space.ops().stream().map(space::opName).toArray(String[]::new);
    }

    public static Cell parse(String text) {
        return parse(text, SearchSpace.NB201);
    }

    /**
     * @throws CellFormatException naming the 1-based column of the first problem
     */
    public static Cell parse(String text, SearchSpace space) {
        if (space != SearchSpace.NB201 && space != SearchSpace.TRANSNAS_MICRO) {
            throw new IllegalArgumentException("arch strings encode NB201 and TransNAS micro cells, not " + space.id());
        }
        if (text == null || text.isEmpty()) {
            throw CellFormatException.atColumn("empty arch string", 1);
        }
        List<Op> ops = space.ops();
        String[] names = space == SearchSpace.NB201 ? NB201_NAMES : TRANSNAS_NAMES;
        List<Edge> edges = new ArrayList<>(6);
        int p = expect(text, 0, '|');
        for (int node = 1; node <= 3; node++) {
            for (int src = 0; src < node; src++) {
                if (p >= text.length()) {
                    throw CellFormatException.atColumn("arch string ends early: node " + node
                            + " needs an edge 'op~" + src + "'", p + 1);
                }
                int end = text.indexOf('~', p);
                int bar = text.indexOf('|', p);
                if (end < 0 || (bar >= 0 && bar < end)) {
                    throw CellFormatException.atColumn("expected an edge 'op~" + src + "' for node " + node, p + 1);
                }
                Op op = null;
                for (int i = 0; i < names.length; i++) {
                    if (end - p == names[i].length() && text.startsWith(names[i], p)) {
                        op = ops.get(i);
                        break;
                    }
                }
                if (op == null) {
                    throw CellFormatException.atColumn("unknown operation " + Quote.quoted(text.substring(p, end))
                            + " (" + space.displayName() + " has " + String.join(", ", names) + ")", p + 1);
                }
                p = end + 1;
                if (p >= text.length() || text.charAt(p) != (char) ('0' + src)
                        || (p + 1 < text.length() && Character.isDigit(text.charAt(p + 1)))) {
                    throw CellFormatException.atColumn("node " + node + " must take input " + (src + 1) + " of "
                            + node + " from node " + src + " ('~" + src + "')", p + 1);
                }
                edges.add(new Edge(src, node, op));
                p = expect(text, p + 1, '|');
            }
            if (node < 3) {
                p = expect(text, p, '+');
                p = expect(text, p, '|');
            }
        }
        if (p != text.length()) {
            throw CellFormatException.atColumn("unexpected text after the third node", p + 1);
        }
        return Cell.of(space, NODES, edges);
    }

    private static int expect(String text, int p, char c) {
        if (p >= text.length()) {
            throw CellFormatException.atColumn("arch string ends early: expected '" + c + "'", p + 1);
        }
        if (text.charAt(p) != c) {
            throw CellFormatException.atColumn("expected '" + c + "' but found " + Quote.quoted(charAt(text, p)), p + 1);
        }
        return p + 1;
    }

    /** The character at p, whole (both halves of a surrogate pair). */
    static String charAt(String text, int p) {
        return text.substring(p, p + Character.charCount(text.codePointAt(p)));
    }

    public static String format(Cell cell) {
        if (cell.space() != SearchSpace.NB201 && cell.space() != SearchSpace.TRANSNAS_MICRO) {
            throw new IllegalArgumentException("only NB201 and TransNAS micro cells have arch strings");
        }
        StringBuilder sb = new StringBuilder(96).append('|');
        for (int i = 0; i < 6; i++) {
            Edge e = cell.edge(i);
            sb.append(cell.space().opName(e.op())).append('~').append(e.from()).append('|');
            if (i == 0 || i == 2) {
                sb.append("+|");
            }
        }
        return sb.toString();
    }

    /** Builds an NB201-grammar cell from the six ops in canonical edge order. */
    public static Cell fromOps(SearchSpace space, Op... ops) {
        if (ops.length != 6) {
            throw new IllegalArgumentException("an NB201 cell has 6 edges, not " + ops.length);
        }
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}, {0, 3}, {1, 3}, {2, 3}};
        List<Edge> edges = new ArrayList<>(6);
        for (int i = 0; i < 6; i++) {
            edges.add(new Edge(pairs[i][0], pairs[i][1], ops[i]));
        }
        return Cell.of(space, NODES, edges);
    }
}
