package io.github.sedexplorer.cell;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A NAS-Bench-101 spec spread over two table columns: the adjacency as N×N '0'/'1' characters
 * row-major (character {@code N*i+j} is edge i→j; 49 for 7 vertices; a raw spec may have more vertices if
 * pruning leaves at most 7) and the N labels joined by
 * '|' ({@code input|conv3x3-bn-relu|...|output}). The spec is raw: parsing prunes it through
 * {@link Nb101Spec#fromMatrix}, so specs that differ only in dead vertices give the same cell.
 * One-line form (for a table's architecture text): the two parts separated by a space.
 */
public final class Nb101FlatSpec {

    private static final Pattern BITS = Pattern.compile("[01]{4,49}");

    private Nb101FlatSpec() {
    }

    /** True when the text is a square number (4..49) of '0'/'1' characters. */
    public static boolean looksLikeAdjacency(String text) {
        if (text == null || !BITS.matcher(text.strip()).matches()) {
            return false;
        }
        int n = (int) Math.round(Math.sqrt(text.strip().length()));
        return n * n == text.strip().length();
    }

    /** True when the text is '|'-joined labels from {@code input} to {@code output}. */
    public static boolean looksLikeOps(String text) {
        String t = text == null ? "" : text.strip();
        return t.startsWith(Nb101Spec.INPUT + "|") && t.endsWith("|" + Nb101Spec.OUTPUT);
    }

    /**
     * Parses the one-line form {@code "<adjacency> <ops>"}.
     *
     * @throws CellFormatException at the 1-based column of the problem
     * @throws CellRuleException   when the pruned cell breaks an NB101 rule
     */
    public static Cell parse(String text) {
        if (text == null || text.isBlank()) {
            throw CellFormatException.atColumn("empty NB101 spec: expected '<adjacency bits> <op|op|...>'", 1);
        }
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space < 0) {
            throw CellFormatException.atColumn("expected the adjacency bits, a space, then the '|'-joined ops", t.length() + 1);
        }
        String ops = t.substring(space + 1);
        int opsStart = space + 2 + (ops.length() - ops.stripLeading().length());
        try {
            return parse(t.substring(0, space), ops.strip());
        } catch (CellFormatException e) {
            String pos = e.position();
            if (pos != null && pos.startsWith("ops column ")) {
                int c = Integer.parseInt(pos.substring("ops column ".length()));
                throw CellFormatException.atColumn(e.problem(), opsStart + c - 1);
            }
            throw e;
        }
    }

    /**
     * Parses the two columns and prunes the spec.
     *
     * @throws CellFormatException at "column C" of the adjacency text or "ops column C" of the ops text
     * @throws CellRuleException   when input cannot reach output or the pruned cell exceeds an NB101 limit
     */
    public static Cell parse(String adjacency, String ops) {
        String a = adjacency == null ? "" : adjacency.strip();
        String o = ops == null ? "" : ops.strip();
        if (o.isEmpty()) {
            throw new CellFormatException("empty ops: expected labels joined by '|'", "ops column 1");
        }
        List<String> labels = Arrays.asList(o.split("\\|", -1));
        int n = labels.size();
        if (n < 2) { // the 7-vertex limit is counted after pruning (Nb101Spec.fromMatrix)
            throw new CellFormatException("ops has " + n + " label; a NAS-Bench-101 spec has at least 2 vertices"
                    + " (input and output)", "ops column 1");
        }
        if (a.length() != n * n) {
            throw CellFormatException.atColumn("the adjacency has " + a.length() + " characters; " + n
                    + " ops need " + n + "×" + n + " = " + (n * n), Math.min(a.length(), n * n) + 1);
        }
        int[][] matrix = new int[n][n];
        for (int k = 0; k < a.length(); k++) {
            char c = a.charAt(k);
            if (c != '0' && c != '1') {
                throw CellFormatException.atColumn("expected '0' or '1', found " + Quote.quoted(Nb201ArchString.charAt(a, k)),
                        k + 1);
            }
            matrix[k / n][k % n] = c - '0';
        }
        try {
            return Nb101Spec.fromMatrix(matrix, labels);
        } catch (CellFormatException e) {
            throw new CellFormatException(e.problem(), flatPosition(e.position(), n, labels));
        }
    }

    /** Maps the spec's JSON paths back to columns of the two texts. */
    private static String flatPosition(String path, int n, List<String> labels) {
        try {
            if (path != null && path.startsWith("$.matrix[") && path.indexOf('[', 9) > 0) {
                String[] ij = path.substring(9, path.length() - 1).split("]\\[");
                return "column " + (n * Integer.parseInt(ij[0]) + Integer.parseInt(ij[1]) + 1);
            }
            if (path != null && path.startsWith("$.ops[")) {
                int k = Integer.parseInt(path.substring(6, path.length() - 1));
                int col = 1;
                for (int i = 0; i < k; i++) {
                    col += labels.get(i).length() + 1;
                }
                return "ops column " + col;
            }
        } catch (RuntimeException e) {
            // fall through: keep the spec's own path
        }
        return path;
    }

    /** The one-line form of a cell: its (pruned) matrix and labels. */
    public static String format(Cell cell) {
        int n = cell.nodeCount();
        char[] bits = new char[n * n];
        Arrays.fill(bits, '0');
        for (Edge e : cell.edges()) {
            bits[n * e.from() + e.to()] = '1';
        }
        StringBuilder ops = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                ops.append('|');
            }
            ops.append(i == 0 ? Nb101Spec.INPUT : i == n - 1 ? Nb101Spec.OUTPUT : SearchSpace.NB101.opName(cell.node(i).op()));
        }
        return new String(bits) + " " + ops;
    }
}
