package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * DARTS / NAS-Bench-301 architectures as text: the {@code Genotype(...)} the DARTS code prints
 * (data-formats.md §4), and NASLib's compact keys. A DARTS cell has inputs 0 and 1, intermediate
 * nodes 2..5 fed by (op, source) pairs 2k and 2k+1, and output 6, the concat of the listed nodes.
 * Both pairs of a node may name the same source (two parallel edges, equal ops or not): the DARTS
 * model code builds one op per pair and sums them, and NASLib's compact keys hold such cells.
 *
 * <p>Syntax errors are {@link CellFormatException}s at a 1-based column. A well-formed text whose cell
 * breaks a DARTS rule (an input from a later node, a concat of an input node or of one node twice)
 * stays a {@link CellRuleException}, with the rule text of {@link Cell#of} and the cell
 * name and column of the offending pair appended, e.g.
 * {@code ... there are two edges 3->6 (normal cell, at column 57)}. Errors come in reading order:
 * the normal cell is checked before the reduce field is read.
 *
 * <p>Ops are the DARTS PRIMITIVES spelled exactly as DARTS spells them, {@code none} included (NB301
 * never uses it, some published random samples do); NASLib compact keys have no {@code none}.
 */
public final class DartsGenotype {

    /** Inputs 0 (c_{k-2}) and 1 (c_{k-1}), intermediate nodes 2..5, output 6. */
    public static final List<Node> NODES = List.of(Node.INPUT, Node.INPUT, Node.INTERMEDIATE,
            Node.INTERMEDIATE, Node.INTERMEDIATE, Node.INTERMEDIATE, Node.OUTPUT);
    public static final int OUTPUT = NODES.size() - 1;
    /** Two (op, source) pairs per intermediate node. */
    public static final int PAIRS = 2 * SearchSpace.DARTS_INTERMEDIATES;
    /** The concat of every DARTS and NAS-Bench-301 genotype. */
    public static final List<Integer> DEFAULT_CONCAT = List.of(2, 3, 4, 5);
    /** NASLib's op indices in compact keys (no {@code none}). */
    public static final List<Op> NASLIB_OPS = List.of(Op.MAX_POOL_3X3, Op.AVG_POOL_3X3, Op.SKIP,
            Op.SEP_CONV_3X3, Op.SEP_CONV_5X5, Op.DIL_CONV_3X3, Op.DIL_CONV_5X5);

    private static final SearchSpace SPACE = SearchSpace.DARTS;
    /** The extra fields of AutoDL-Projects' {@code Genotype} namedtuple, after reduce_concat. */
    private static final List<String> AUTODL_FIELDS = List.of("connectN", "connects");

    /** One genotype entry: the op on the edge and the node it comes from; prints as Python does, {@code ('op', src)}. */
    public record Pair(Op op, int src) {
        public Pair {
            if (op == null) {
                throw new SedException("a DARTS pair needs an operation");
            }
        }

        @Override
        public String toString() {
            return "('" + SPACE.opName(op) + "', " + src + ")";
        }
    }

    private DartsGenotype() {
    }

    /**
     * Builds one DARTS cell: pairs 2k and 2k+1 feed node k+2 (in that order), the output concatenates
     * the concat nodes (in that order) through skip edges.
     *
     * @throws CellRuleException when there are not 8 pairs or the cell breaks a DARTS rule
     */
    public static Cell cell(List<Pair> pairs, List<Integer> concat) {
        if (pairs == null || pairs.size() != PAIRS) {
            throw new CellRuleException(SPACE, "2 inputs per intermediate node", "a DARTS cell has " + PAIRS
                    + " (op, input) pairs, not " + (pairs == null ? 0 : pairs.size()));
        }
        if (concat == null || pairs.stream().anyMatch(Objects::isNull) || concat.stream().anyMatch(Objects::isNull)) {
            throw new CellRuleException(SPACE, "concat output", "a pair or concat entry is missing");
        }
        List<Edge> edges = new ArrayList<>(PAIRS + concat.size());
        for (int i = 0; i < PAIRS; i++) {
            edges.add(new Edge(pairs.get(i).src(), 2 + i / 2, pairs.get(i).op()));
        }
        for (int node : concat) {
            edges.add(new Edge(node, OUTPUT, Op.SKIP));
        }
        return Cell.of(SPACE, NODES, edges);
    }

    /** The cell's 8 pairs in genotype order. */
    public static List<Pair> pairs(Cell cell) {
        requireDarts(cell);
        List<Pair> pairs = new ArrayList<>(PAIRS);
        for (Edge e : cell.edges()) {
            if (e.to() != OUTPUT) {
                pairs.add(new Pair(e.op(), e.from()));
            }
        }
        return List.copyOf(pairs);
    }

    /** The nodes the cell's output concatenates, in order. */
    public static List<Integer> concat(Cell cell) {
        requireDarts(cell);
        return cell.incoming(OUTPUT).stream().map(Edge::from).toList();
    }

    /**
     * Reads {@code Genotype(normal=[('op', src) x8], normal_concat=C, reduce=[...], reduce_concat=C)}
     * where C is {@code range(a, b)} or a list {@code [2, 3, 4, 5]}. Quotes may be single or double,
     * whitespace is free, {@code #} comments run to the end of the line, trailing commas are allowed and a
     * pair may be written as a list {@code ['op', src]}. The four fields are keywords, required in that
     * order. The AutoDL-Projects / NATS-Bench dialect reads too: pairs grouped per node,
     * {@code normal=[(('op', src), ('op', src)) x4]}, and its trailing {@code connectN=None, connects=None}.
     *
     * @throws CellFormatException at the column of the first syntax error
     * @throws CellRuleException   when a cell breaks a DARTS rule (column appended)
     */
    public static Architecture parse(String text) {
        if (text == null || text.isBlank()) {
            throw CellFormatException.atColumn("empty genotype", 1);
        }
        PythonLiteralCursor cur = new PythonLiteralCursor(text, "genotype");
        cur.keyword("Genotype");
        cur.expect('(');
        Cell normal = cellField(cur, "normal", false);
        Cell reduce = cellField(cur, "reduce", true);
        // AutoDL-Projects' Genotype has two more fields, None for every DARTS-space cell
        for (String extra : AUTODL_FIELDS) {
            if (!cur.accept(',') || !cur.atName(extra)) {
                break;
            }
            cur.keyword(extra);
            cur.expect('=');
            if (!cur.atName("None")) {
                throw cur.unexpected("None (AutoDL's " + extra + " is None for DARTS cells; other values describe"
                        + " connections this program does not read)");
            }
            cur.keyword("None");
        }
        cur.accept(',');
        cur.expect(')');
        cur.end("the genotype");
        return Architecture.darts(normal, reduce);
    }

    private static Cell cellField(PythonLiteralCursor cur, String name, boolean last) {
        cur.keyword(name);
        cur.expect('=');
        LocatedDartsCell located = new LocatedDartsCell(name, cur.column());
        pairList(cur, located);
        cur.expect(',');
        cur.keyword(name + "_concat");
        cur.expect('=');
        concat(cur, located);
        if (!last) {
            cur.expect(',');
        }
        return located.build();
    }

    /**
     * The 8 pairs, flat as DARTS prints them ({@code [('op', src), ...]}) or grouped per node as
     * AutoDL-Projects / NATS-Bench write them ({@code [(('op', src), ('op', src)), ...]}, 4 groups).
     */
    private static void pairList(PythonLiteralCursor cur, LocatedDartsCell cell) {
        cur.expect('[');
        if (cur.accept(']')) {
            throw cur.error("the " + cell.name + " cell has no pairs; DARTS needs " + PAIRS, cell.listColumn);
        }
        boolean grouped = cur.atNestedOpen();
        int nodes = PAIRS / 2;
        do {
            if (cur.atNestedOpen() != grouped) {
                throw cur.error("the " + cell.name + " cell mixes " + (grouped ? "a single pair into per-node groups"
                        : "a per-node group into single pairs") + "; write every node's pairs the same way", cur.column());
            }
            if (cell.pairs.size() == PAIRS) {
                throw cur.error("the " + cell.name + " cell has more than " + (grouped ? nodes + " nodes (one group of"
                        + " 2 pairs each)" : PAIRS + " pairs (2 per intermediate node)"), cur.column());
            }
            if (!grouped) {
                pair(cur, cell);
                continue;
            }
            int groupColumn = cur.column();
            int node = 2 + cell.pairs.size() / 2;
            char close = cur.open("a node's pairs (('op', src), ('op', src))");
            int before = cell.pairs.size();
            do {
                if (cell.pairs.size() - before == 2) {
                    throw cur.error("node " + node + " of the " + cell.name + " cell has more than 2 pairs", cur.column());
                }
                pair(cur, cell);
            } while (!cur.closeOrComma(close));
            if (cell.pairs.size() - before != 2) {
                throw cur.error("node " + node + " of the " + cell.name + " cell has 1 pair; a DARTS node takes 2",
                        groupColumn);
            }
        } while (!cur.closeOrComma(']'));
        if (cell.pairs.size() != PAIRS) {
            throw cur.error("the " + cell.name + " cell has " + (grouped ? cell.pairs.size() / 2 + " nodes; DARTS needs "
                    + nodes + " (2 pairs each)" : cell.pairs.size() + " pairs; DARTS needs " + PAIRS
                    + " (2 per intermediate node)"), cell.listColumn);
        }
    }

    private static void pair(PythonLiteralCursor cur, LocatedDartsCell cell) {
        char close = cur.open("a pair ('op', src)");
        int opColumn = cur.column() + 1;
        String opName = cur.string();
        Op op = SPACE.ops().stream().filter(o -> SPACE.opName(o).equals(opName)).findFirst()
                .orElseThrow(() -> cur.error("unknown operation " + Quote.quoted(opName) + "; DARTS has "
                        + SPACE.ops().stream().map(SPACE::opName).collect(Collectors.joining(", ")), opColumn));
        cur.expect(',');
        int srcColumn = cur.column();
        int src = cur.integer("the source node of the pair");
        cur.accept(',');
        cur.expect(close);
        cell.add(new Pair(op, src), srcColumn);
    }

    private static void concat(PythonLiteralCursor cur, LocatedDartsCell cell) {
        int column = cur.column();
        cell.concatColumn = column;
        if (cur.at('[') || cur.at('(')) {
            char close = cur.open("'['");
            if (!cur.accept(close)) {
                do {
                    int c = cur.column();
                    cell.concat.add(cur.integer("a node number"));
                    cell.concatColumns.add(c);
                } while (!cur.closeOrComma(close));
            }
            return;
        }
        if (!cur.atName("range")) {
            throw cur.unexpected("'range(a, b)' or a list of nodes");
        }
        cur.keyword("range");
        cur.expect('(');
        int from = cur.integer("the first node of the range");
        cur.expect(',');
        int to = cur.integer("the end of the range");
        cur.accept(',');
        cur.expect(')');
        // a longer range breaks the rules anyway; capping keeps range(2, 999999999) from building a huge cell
        for (int node = from; node < to && node < from + NODES.size(); node++) {
            cell.concat.add(node);
            cell.concatColumns.add(column);
        }
    }

    /**
     * The canonical genotype text, exactly as Python 3 DARTS prints it: concat as {@code range(a, b)}
     * when it is an ascending run of consecutive nodes, else as a list.
     */
    public static String format(Architecture arch) {
        if (arch.space() != SPACE) {
            throw new IllegalArgumentException("only DARTS architectures have genotypes, not " + arch.space().id());
        }
        Cell normal = arch.cells().get(0);
        Cell reduce = arch.cells().get(1);
        return "Genotype(normal=" + pairsText(normal) + ", normal_concat=" + concatText(concat(normal))
                + ", reduce=" + pairsText(reduce) + ", reduce_concat=" + concatText(concat(reduce)) + ")";
    }

    /**
     * The genotype in AutoDL-Projects' (and NATS-Bench's) dialect: each node's two pairs grouped,
     * {@code normal=[(('sep_conv_3x3', 0), ('sep_conv_3x3', 1)), ...]}, and concat as a list, as its
     * {@code genotypes.py} writes DARTS_V2. {@link #parse} reads it back.
     */
    public static String formatAutoDl(Architecture arch) {
        if (arch.space() != SPACE) {
            throw new IllegalArgumentException("only DARTS architectures have genotypes, not " + arch.space().id());
        }
        Cell normal = arch.cells().get(0);
        Cell reduce = arch.cells().get(1);
        return "Genotype(normal=" + groupedPairsText(normal) + ", normal_concat=" + concat(normal)
                + ", reduce=" + groupedPairsText(reduce) + ", reduce_concat=" + concat(reduce) + ")";
    }

    private static String groupedPairsText(Cell cell) {
        List<Pair> pairs = pairs(cell);
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            nodes.add("(" + pairs.get(i) + ", " + pairs.get(i + 1) + ")");
        }
        return nodes.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String pairsText(Cell cell) {
        return pairs(cell).stream().map(Pair::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    static String concatText(List<Integer> concat) {
        for (int i = 1; i < concat.size(); i++) {
            if (concat.get(i) != concat.get(i - 1) + 1) {
                return concat.toString();
            }
        }
        return "range(" + concat.get(0) + ", " + (concat.get(concat.size() - 1) + 1) + ")";
    }

    /**
     * Reads a NASLib compact key, {@code [[(src, opIdx) x8], [(src, opIdx) x8]]} = [normal, reduce]
     * (note: source first), opIdx into {@link #NASLIB_OPS}, concat [2, 3, 4, 5]. Tuples or lists, any
     * whitespace (JSON keys have ", ", CSV columns none).
     *
     * @throws CellFormatException at the column of the first syntax error
     * @throws CellRuleException   when a cell breaks a DARTS rule (column appended)
     */
    public static Architecture parseNaslibCompact(String key) {
        if (key == null || key.isBlank()) {
            throw CellFormatException.atColumn("empty NASLib compact key", 1);
        }
        PythonLiteralCursor cur = new PythonLiteralCursor(key, "NASLib compact key");
        char outer = cur.open("'[' opening [normal, reduce]");
        Cell normal = compactCell(cur, "normal");
        cur.expect(',');
        Cell reduce = compactCell(cur, "reduce");
        cur.accept(',');
        if (!cur.accept(outer)) {
            throw cur.unexpected("'" + outer + "' (a compact key has 2 cells, normal and reduce)");
        }
        cur.end("the compact key");
        return Architecture.darts(normal, reduce);
    }

    private static Cell compactCell(PythonLiteralCursor cur, String name) {
        LocatedDartsCell cell = new LocatedDartsCell(name, cur.column());
        char close = cur.open("'[' opening the " + name + " cell's 8 (src, op) pairs");
        for (int i = 0; i < PAIRS; i++) {
            if (i > 0 && !cur.accept(',')) {
                throw cur.at(close)
                        ? cur.error("the " + name + " cell has " + i + " pairs; DARTS needs " + PAIRS, cur.column())
                        : cur.unexpected("','");
            }
            char tupleClose = cur.open("a pair (src, op)");
            int srcColumn = cur.column();
            int src = cur.integer("the source node of the pair");
            cur.expect(',');
            int opColumn = cur.column();
            int opIndex = cur.integer("an operation index 0.." + (NASLIB_OPS.size() - 1));
            if (opIndex >= NASLIB_OPS.size()) {
                throw cur.error("operation index " + opIndex + " is not one of NASLib's DARTS ops "
                        + naslibOpList(), opColumn);
            }
            cur.accept(',');
            cur.expect(tupleClose);
            cell.add(new Pair(NASLIB_OPS.get(opIndex), src), srcColumn);
        }
        cur.accept(',');
        if (!cur.accept(close)) {
            throw cur.at('(') || cur.at('[')
                    ? cur.error("the " + name + " cell has more than " + PAIRS + " pairs", cur.column())
                    : cur.unexpected("'" + close + "'");
        }
        cell.concat.addAll(DEFAULT_CONCAT);
        cell.concatColumn = cell.listColumn;
        for (int i = 0; i < DEFAULT_CONCAT.size(); i++) {
            cell.concatColumns.add(cell.listColumn);
        }
        return cell.build();
    }

    private static String naslibOpList() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < NASLIB_OPS.size(); i++) {
            parts.add(i + " " + SPACE.opName(NASLIB_OPS.get(i)));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static void requireDarts(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell.space() != SPACE) {
            throw new IllegalArgumentException("not a DARTS cell: " + cell.space().id());
        }
    }
}
