package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The NAS-Bench-101 API spec {@code {"matrix": [[0,1,...],...], "ops": ["input", ..., "output"]}}:
 * an N×N strictly upper-triangular 0/1 adjacency (N ≥ 2) and N vertex labels. Validity is the
 * NAS-Bench-101 API's ({@code nasbench/api.py} {@code _check_spec} on a {@code ModelSpec}): the
 * spec is pruned exactly as {@code ModelSpec._prune} does (vertices not on an input→output path are
 * dropped), and only then are the 7-vertex / 9-edge limits counted and the interior ops checked, so
 * a raw 8-vertex spec that prunes to 7 is accepted and the label of a pruned vertex is never read
 * (it must still be a string). The cell returned is always pruned.
 * Error positions are JSON paths such as {@code $.matrix[2][3]} or {@code $.ops[4]}.
 */
public final class Nb101Spec {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    private static final SearchSpace SPACE = SearchSpace.NB101;
    private Nb101Spec() {
    }

    /**
     * Parses and prunes a spec.
     *
     * @throws CellFormatException for malformed JSON (position "line L, column C") or a bad spec (JSON path)
     * @throws CellRuleException when input cannot reach output, or the pruned cell breaks an NB101 limit
     */
    public static Cell parse(String json) {
        if (json == null || json.isBlank()) {
            throw new CellFormatException("empty spec: expected {\"matrix\": [...], \"ops\": [...]}", "line 1, column 1");
        }
        JsonNode root = StrictJson.read(json);
        if (root == null || !root.isObject()) {
            throw new CellFormatException("a NAS-Bench-101 spec is a JSON object {\"matrix\": [...], \"ops\": [...]}", "$");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("matrix") && !key.equals("ops")) {
                throw new CellFormatException("unknown key \"" + Quote.token(key) + "\" (a spec has only \"matrix\" and \"ops\")",
                        keyPath(key));
            }
        }
        int[][] matrix = readMatrix(root.get("matrix"));
        List<String> ops = readOps(root.get("ops"), matrix.length);
        return fromMatrix(matrix, ops);
    }

    private static int[][] readMatrix(JsonNode m) {
        if (m == null) {
            throw new CellFormatException("missing key \"matrix\"", "$");
        }
        if (!m.isArray()) {
            throw new CellFormatException("\"matrix\" must be an array of rows", "$.matrix");
        }
        int n = m.size();
        checkVertexCount(n);
        int[][] matrix = new int[n][];
        for (int i = 0; i < n; i++) {
            JsonNode row = m.get(i);
            String rowPath = "$.matrix[" + i + "]";
            if (!row.isArray()) {
                throw new CellFormatException("a matrix row must be an array of 0/1", rowPath);
            }
            if (row.size() != n) {
                throw new CellFormatException("row " + i + " has " + row.size() + " entries, expected " + n
                        + " (the matrix is square)", rowPath);
            }
            matrix[i] = new int[n];
            for (int j = 0; j < n; j++) {
                JsonNode x = row.get(j);
                // exactly 0 or 1: asLong() would read 18446744073709551617 (2^64 + 1) as 1
                if (!x.isIntegralNumber() || !x.canConvertToInt() || (x.intValue() != 0 && x.intValue() != 1)) {
                    // a number as written (1e999 reads as Infinity, which toString() would put in quotes)
                    String found = x.isNumber() ? x.asText() : x.toString();
                    throw new CellFormatException("expected 0 or 1, found " + Quote.token(found), rowPath + "[" + j + "]");
                }
                matrix[i][j] = x.intValue();
            }
        }
        return matrix;
    }

    private static List<String> readOps(JsonNode o, int n) {
        if (o == null) {
            throw new CellFormatException("missing key \"ops\"", "$");
        }
        if (!o.isArray()) {
            throw new CellFormatException("\"ops\" must be an array of op names", "$.ops");
        }
        List<String> ops = new ArrayList<>(o.size());
        for (int k = 0; k < o.size(); k++) {
            JsonNode x = o.get(k);
            if (!x.isTextual()) {
                throw new CellFormatException("expected an op name string, found " + Quote.token(x.toString()),
                        "$.ops[" + k + "]");
            }
            ops.add(x.asText());
        }
        return ops;
    }

    /**
     * Builds the pruned cell of a raw spec. Positions in errors are the spec's JSON paths
     * ({@code $.matrix[i][j]}, {@code $.ops[k]}), so a caller reading another encoding can map them back.
     *
     * @param matrix N×N 0/1, strictly upper-triangular, N ≥ 2; {@code matrix[i][j] = 1} is edge i→j
     * @param ops    N labels: {@code input}, interior NB101 op names (read only on kept vertices), {@code output}
     * @throws CellFormatException when the matrix or ops are malformed, or a kept vertex has an unknown op
     * @throws CellRuleException   when input cannot reach output or the pruned cell exceeds 7 vertices or 9 edges
     */
    public static Cell fromMatrix(int[][] matrix, List<String> ops) {
        if (matrix == null) {
            throw new CellFormatException("missing matrix", "$.matrix");
        }
        int n = matrix.length;
        checkVertexCount(n);
        for (int i = 0; i < n; i++) {
            String rowPath = "$.matrix[" + i + "]";
            if (matrix[i] == null || matrix[i].length != n) {
                throw new CellFormatException("row " + i + " has " + (matrix[i] == null ? 0 : matrix[i].length)
                        + " entries, expected " + n + " (the matrix is square)", rowPath);
            }
            for (int j = 0; j < n; j++) {
                int x = matrix[i][j];
                if (x != 0 && x != 1) {
                    throw new CellFormatException("expected 0 or 1, found " + x, rowPath + "[" + j + "]");
                }
                if (x == 1 && j <= i) {
                    throw new CellFormatException("edge " + i + "->" + j + " runs backwards: the matrix must be"
                            + " strictly upper-triangular (edges go from a lower to a higher vertex)", rowPath + "[" + j + "]");
                }
            }
        }
        checkEnds(ops, n);
        boolean[][] adj = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                adj[i][j] = matrix[i][j] == 1;
            }
        }
        boolean[] keep = keep(adj);
        Op[] labels = readLabels(ops, keep);
        try {
            return build(adj, labels, keep);
        } catch (CellRuleException e) {
            // the 7-vertex and 9-edge limits: the API counts them on the pruned spec, and so does this
            throw n > count(keep) ? e.at("counted after pruning the spec's " + n + " vertices to " + count(keep)) : e;
        }
    }

    private static int count(boolean[] keep) {
        int k = 0;
        for (boolean b : keep) {
            k += b ? 1 : 0;
        }
        return k;
    }

    /** The number of labels and the two fixed ones, which the API checks whatever pruning keeps. */
    private static void checkEnds(List<String> ops, int n) {
        if (ops == null) {
            throw new CellFormatException("missing ops", "$.ops");
        }
        if (ops.size() != n) {
            throw new CellFormatException("\"ops\" has " + ops.size() + " names but the matrix has " + n + " vertices", "$.ops");
        }
        for (int k : new int[] {0, n - 1}) {
            String name = ops.get(k);
            String expected = k == 0 ? INPUT : OUTPUT;
            if (!expected.equals(name)) {
                throw new CellFormatException((k == 0 ? "the first" : "the last") + " op must be \"" + expected
                        + "\", found " + shown(name), "$.ops[" + k + "]");
            }
        }
    }

    private static String shown(String name) {
        return name == null ? "null" : "\"" + Quote.token(name) + "\"";
    }

    /** Interior ops by vertex; null for input, output and pruned vertices, whose labels the API never checks. */
    private static Op[] readLabels(List<String> ops, boolean[] keep) {
        int n = keep.length;
        Op[] labels = new Op[n];
        for (int k = 1; k < n - 1; k++) {
            if (!keep[k]) {
                continue;
            }
            String name = ops.get(k);
            String path = "$.ops[" + k + "]";
            String shown = shown(name);
            for (Op op : SPACE.ops()) {
                if (SPACE.opName(op).equals(name)) {
                    labels[k] = op;
                }
            }
            if (labels[k] == null) {
                throw new CellFormatException("unknown op " + shown + " (interior vertices take "
                        + String.join(", ", interiorNames()) + ")", path);
            }
        }
        return labels;
    }

    private static List<String> interiorNames() {
        List<String> names = new ArrayList<>();
        for (Op op : SPACE.ops()) {
            names.add(SPACE.opName(op));
        }
        return names;
    }

    /** At least input and output; the 7-vertex limit applies after pruning, so a raw spec may be larger. */
    private static void checkVertexCount(int n) {
        if (n < 2) {
            throw new CellFormatException("the matrix has " + n + (n == 1 ? " row" : " rows")
                    + ", but a NAS-Bench-101 spec has at least 2 vertices (input and output)", "$.matrix");
        }
    }

    /**
     * Drops every node not on an input→output path, renumbering the rest in order (the API's
     * {@code ModelSpec._prune}).
     *
     * @return the same instance when nothing is dropped
     * @throws CellRuleException when the input cannot reach the output
     */
    public static Cell prune(Cell cell) {
        requireNb101(cell);
        int n = cell.nodeCount();
        boolean[][] adj = new boolean[n][n];
        for (Edge e : cell.edges()) {
            adj[e.from()][e.to()] = true;
        }
        boolean[] keep = keep(adj);
        for (boolean k : keep) {
            if (!k) {
                Op[] labels = new Op[n];
                for (int v = 0; v < n; v++) {
                    labels[v] = cell.node(v).op();
                }
                return build(adj, labels, keep);
            }
        }
        return cell;
    }

    /** Vertices both reachable from vertex 0 and reaching vertex n-1; upper-triangular adjacency. */
    private static boolean[] keep(boolean[][] adj) {
        int n = adj.length;
        boolean[] fromInput = new boolean[n];
        fromInput[0] = true;
        for (int v = 1; v < n; v++) {
            for (int u = 0; u < v && !fromInput[v]; u++) {
                fromInput[v] = fromInput[u] && adj[u][v];
            }
        }
        boolean[] toOutput = new boolean[n];
        toOutput[n - 1] = true;
        for (int u = n - 2; u >= 0; u--) {
            for (int v = u + 1; v < n && !toOutput[u]; v++) {
                toOutput[u] = toOutput[v] && adj[u][v];
            }
        }
        if (!toOutput[0]) {
            throw new CellRuleException(SPACE, "input reaches output",
                    "no path leads from the input (vertex 0) to the output (vertex " + (n - 1) + ")");
        }
        boolean[] keep = new boolean[n];
        for (int v = 0; v < n; v++) {
            keep[v] = fromInput[v] && toOutput[v];
        }
        return keep;
    }

    private static Cell build(boolean[][] adj, Op[] labels, boolean[] keep) {
        int n = adj.length;
        int[] index = new int[n];
        List<Node> nodes = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            index[v] = nodes.size();
            if (keep[v]) {
                nodes.add(v == 0 ? Node.INPUT : v == n - 1 ? Node.OUTPUT : Node.interior(labels[v]));
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                if (adj[u][v] && keep[u] && keep[v]) {
                    edges.add(new Edge(index[u], index[v], Op.SKIP));
                }
            }
        }
        return Cell.of(SPACE, nodes, edges);
    }

    /**
     * Compact canonical JSON, rows in node order, e.g.
     * {@code {"matrix":[[0,1,0],[0,0,1],[0,0,0]],"ops":["input","conv3x3-bn-relu","output"]}}.
     * The cell is written as it is (not pruned); {@code parse(format(c)).equals(c)} for pruned cells.
     */
    public static String format(Cell cell) {
        requireNb101(cell);
        int n = cell.nodeCount();
        boolean[][] adj = new boolean[n][n];
        for (Edge e : cell.edges()) {
            adj[e.from()][e.to()] = true;
        }
        StringBuilder sb = new StringBuilder(32 + 16 * n * n).append("{\"matrix\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "[" : ",[");
            for (int j = 0; j < n; j++) {
                sb.append(j == 0 ? "" : ",").append(adj[i][j] ? '1' : '0');
            }
            sb.append(']');
        }
        sb.append("],\"ops\":[");
        for (int v = 0; v < n; v++) {
            Node node = cell.node(v);
            String name = switch (node.role()) {
                case INPUT -> INPUT;
                case OUTPUT -> OUTPUT;
                case INTERMEDIATE -> SPACE.opName(node.op());
            };
            sb.append(v == 0 ? "\"" : ",\"").append(name).append('"');
        }
        return sb.append("]}").toString();
    }

    private static void requireNb101(Cell cell) {
        if (cell.space() != SPACE) {
            throw new IllegalArgumentException("only NAS-Bench-101 cells have specs, not " + cell.space().id());
        }
    }

    private static String keyPath(String key) {
        if (key.length() <= Quote.MAX && key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "$." + key;
        }
        return "$[\"" + Quote.token(key.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"]";
    }
}
