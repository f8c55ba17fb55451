package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.List;

/**
 * NASLib's {@code op_indices} key of an NB201 cell, {@code (a0,a1,a2,a3,a4,a5)}: op digits 0 skip_connect,
 * 1 none, 2 nor_conv_3x3, 3 nor_conv_1x1, 4 avg_pool_3x3, in NASLib's edge order 0→1, 0→2, 0→3,
 * 1→2, 1→3, 2→3, so the arch string is {@code |o[a0]~0|+|o[a1]~0|o[a3]~1|+|o[a2]~0|o[a4]~1|o[a5]~2|}
 * (a2 and a3 swap places). Written with or without spaces after the commas.
 */
public final class NaslibTuple {

    /** Op by NASLib digit. */
    public static final List<Op> OPS = List.of(Op.SKIP, Op.NONE, Op.CONV_3X3, Op.CONV_1X1, Op.AVG_POOL_3X3);

    /** NASLib tuple position of each canonical (arch-string order) edge. */
    private static final int[] POSITION = {0, 1, 3, 2, 4, 5};

    private static final int[][] CANONICAL_EDGES = {{0, 1}, {0, 2}, {1, 2}, {0, 3}, {1, 3}, {2, 3}};

    private NaslibTuple() {
    }

    /** True when the text, after leading spaces, opens a tuple: what {@link #parse} reads and no arch string does. */
    public static boolean looksLikeTuple(String text) {
        if (text == null) {
            return false;
        }
        int p = skipSpaces(text, 0);
        return p < text.length() && text.charAt(p) == '(';
    }

    /**
     * @throws CellFormatException at the 1-based column of the first problem
     */
    public static Cell parse(String text) {
        if (text == null || text.isBlank()) {
            throw CellFormatException.atColumn("empty NASLib tuple: expected (a0,a1,a2,a3,a4,a5)", 1);
        }
        int p = skipSpaces(text, 0);
        if (p >= text.length() || text.charAt(p) != '(') {
            throw CellFormatException.atColumn("expected '(' opening the NASLib tuple", p + 1);
        }
        int[] digits = new int[6];
        p++;
        for (int i = 0; i < 6; i++) {
            p = skipSpaces(text, p);
            if (p >= text.length()) {
                throw CellFormatException.atColumn("the tuple ends early: " + i + " of 6 op indices", p + 1);
            }
            char c = text.charAt(p);
            if (c < '0' || c > '4' || (p + 1 < text.length() && Character.isDigit(text.charAt(p + 1)))) {
                int end = p;
                while (end < text.length() && ",) ".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                throw CellFormatException.atColumn("expected an op index 0..4 (0 skip_connect, 1 none, 2 nor_conv_3x3,"
                        + " 3 nor_conv_1x1, 4 avg_pool_3x3), found "
                        + Quote.quoted(end > p ? text.substring(p, end) : Nb201ArchString.charAt(text, p)), p + 1);
            }
            digits[i] = c - '0';
            p = skipSpaces(text, p + 1);
            char want = i < 5 ? ',' : ')';
            if (p >= text.length() || text.charAt(p) != want) {
                throw CellFormatException.atColumn(i < 5 ? "expected ',' after op index " + (i + 1) + " of 6"
                        : "expected ')' closing the tuple: an NB201 tuple has 6 op indices", p + 1);
            }
            p++;
        }
        p = skipSpaces(text, p);
        if (p != text.length()) {
            throw CellFormatException.atColumn("unexpected text after the tuple", p + 1);
        }
        List<Edge> edges = new ArrayList<>(6);
        for (int e = 0; e < 6; e++) {
            edges.add(new Edge(CANONICAL_EDGES[e][0], CANONICAL_EDGES[e][1], OPS.get(digits[POSITION[e]])));
        }
        return Cell.of(SearchSpace.NB201, Nb201ArchString.NODES, edges);
    }

    /** The tuple without spaces, as NB201 CSV files write it, e.g. {@code (4,3,3,0,0,0)}. */
    public static String format(Cell cell) {
        if (cell.space() != SearchSpace.NB201) {
            throw new IllegalArgumentException("NASLib tuples encode NB201 cells, not " + cell.space().id());
        }
        int[] digits = new int[6];
        for (int e = 0; e < 6; e++) {
            Edge edge = cell.edge(cell.edgeIndex(CANONICAL_EDGES[e][0], CANONICAL_EDGES[e][1]));
            digits[POSITION[e]] = OPS.indexOf(edge.op());
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < 6; i++) {
            sb.append(i > 0 ? "," : "").append(digits[i]);
        }
        return sb.append(')').toString();
    }

    private static int skipSpaces(String text, int p) {
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }
}
