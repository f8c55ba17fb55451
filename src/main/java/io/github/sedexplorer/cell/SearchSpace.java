package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The search spaces SED Explorer knows, each with its operations (as the benchmark spells them),
 * its default channel count C (sed-model.md §4) and its rules, checked by {@link #check(Cell)}.
 */
public enum SearchSpace {
    NB201("nb201", "NAS-Bench-201", false, 16, names(
            Op.NONE, "none", Op.SKIP, "skip_connect", Op.CONV_1X1, "nor_conv_1x1",
            Op.CONV_3X3, "nor_conv_3x3", Op.AVG_POOL_3X3, "avg_pool_3x3")),
    TRANSNAS_MICRO("transnas", "TransNAS-Bench-101 micro", false, 64, names(
            Op.NONE, "none", Op.SKIP, "skip_connect", Op.CONV_1X1, "nor_conv_1x1",
            Op.CONV_3X3, "nor_conv_3x3")),
    NB101("nb101", "NAS-Bench-101", true, 128, names(
            Op.CONV_1X1, "conv1x1-bn-relu", Op.CONV_3X3, "conv3x3-bn-relu", Op.MAX_POOL_3X3, "maxpool3x3")),
    DARTS("darts", "DARTS", false, 16, names(
            Op.NONE, "none", Op.MAX_POOL_3X3, "max_pool_3x3", Op.AVG_POOL_3X3, "avg_pool_3x3",
            Op.SKIP, "skip_connect", Op.SEP_CONV_3X3, "sep_conv_3x3", Op.SEP_CONV_5X5, "sep_conv_5x5",
            Op.DIL_CONV_3X3, "dil_conv_3x3", Op.DIL_CONV_5X5, "dil_conv_5x5")),
    FREE("free", "Free cell", false, 16, names(
            Op.NONE, "none", Op.SKIP, "skip", Op.CONV_1X1, "conv_1x1", Op.CONV_3X3, "conv_3x3",
            Op.conv(5), "conv_5x5", Op.SEP_CONV_3X3, "sep_conv_3x3", Op.SEP_CONV_5X5, "sep_conv_5x5",
            Op.DIL_CONV_3X3, "dil_conv_3x3", Op.DIL_CONV_5X5, "dil_conv_5x5",
            Op.AVG_POOL_3X3, "avg_pool_3x3", Op.MAX_POOL_3X3, "max_pool_3x3"));

    /** NAS-Bench-101's limits. */
    public static final int NB101_MAX_NODES = 7;
    public static final int NB101_MAX_EDGES = 9;
    /** DARTS: two inputs, four intermediate nodes (2..5), one concat output (6). */
    public static final int DARTS_INTERMEDIATES = 4;
    public static final int FREE_MAX_NODES = 1000;

    private final String id;
    private final String displayName;
    private final boolean nodeLabelled;
    private final int defaultChannels;
    private final Map<Op, String> opNames;
    private final List<Op> ops;

    SearchSpace(String id, String displayName, boolean nodeLabelled, int defaultChannels, Map<Op, String> opNames) {
        this.id = id;
        this.displayName = displayName;
        this.nodeLabelled = nodeLabelled;
        this.defaultChannels = defaultChannels;
        this.opNames = opNames;
        this.ops = List.copyOf(opNames.keySet());
    }

    private static Map<Op, String> names(Object... pairs) {
        Map<Op, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Op) pairs[i], (String) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Short id used on the command line and in files: nb201, transnas, nb101, darts, free. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether operations sit on nodes (NAS-Bench-101) rather than on edges. */
    public boolean nodeLabelled() {
        return nodeLabelled;
    }

    /** The stage width C this space's benchmark uses first (sed-model.md §4). */
    public int defaultChannels() {
        return defaultChannels;
    }

    /** The space's operations in the benchmark's order (free cells accept any op, these are the palette). */
    public List<Op> ops() {
        return ops;
    }

    /** Whether the op is allowed in this space. */
    public boolean allows(Op op) {
        return this == FREE || opNames.containsKey(op);
    }

    /** How this space's benchmark spells the op. */
    public String opName(Op op) {
        String n = opNames.get(op);
        return n != null ? n : op.name();
    }

    /** Resolves a name in this space's spelling or any alias, if the op is allowed here. */
    public Optional<Op> op(String name) {
        if (name != null) {
            for (Map.Entry<Op, String> e : opNames.entrySet()) {
                if (e.getValue().equals(name)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Op.parse(name).filter(this::allows);
    }

    public static Optional<SearchSpace> byId(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty(); // no space's name is that long
        }
        String k = id.trim().toLowerCase(Locale.ROOT);
        for (SearchSpace s : values()) {
            if (s.id.equals(k) || s.name().toLowerCase(Locale.ROOT).equals(k)) {
                return Optional.of(s);
            }
        }
        return switch (k) {
            case "nasbench201", "nas-bench-201", "nats", "nats-tss" -> Optional.of(NB201);
            case "tnb101", "transnas-micro", "transnas_micro", "tnb101-micro" -> Optional.of(TRANSNAS_MICRO);
            case "nasbench101", "nas-bench-101" -> Optional.of(NB101);
            case "nb301", "nasbench301" -> Optional.of(DARTS);
            default -> Optional.empty();
        };
    }

    /**
     * Whether two edges may join the same pair of nodes when the second ends at a node of this role:
     * only into DARTS intermediate nodes, which may take both inputs from one source (the DARTS model
     * code builds each pair's op on its own; NASLib's compact keys hold such cells). Two edges to the
     * output would concatenate one node twice, so they stay refused.
     */
    public boolean allowsParallelEdgesInto(NodeRole target) {
        return this == DARTS && target == NodeRole.INTERMEDIATE;
    }

    /** Edges are kept sorted by target, then source, except DARTS, whose pair order per node is meaningful. */
    boolean sortsEdgesBySource() {
        return this != DARTS;
    }

    /**
     * Checks the space's rules on a structurally valid cell (indices in range, acyclic).
     *
     * @throws CellRuleException naming the broken rule
     */
    public void check(Cell cell) {
        switch (this) {
            case NB201, TRANSNAS_MICRO -> checkNb201(cell);
            case NB101 -> checkNb101(cell);
            case DARTS -> checkDarts(cell);
            case FREE -> checkFree(cell);
            default -> throw new IllegalStateException(name());
        }
    }

    private CellRuleException broken(String rule, String detail) {
        return new CellRuleException(this, rule, detail);
    }

    private void checkOps(Cell cell) {
        for (Edge e : cell.edges()) {
            if (nodeLabelled ? e.op() != Op.SKIP : !allows(e.op())) {
                throw broken("operations", "edge " + e.from() + "->" + e.to() + " carries " + e.op().name()
                        + (nodeLabelled ? "; operations sit on nodes in this space" : ", which is not one of " + opNames.values()));
            }
        }
        for (int i = 0; i < cell.nodeCount(); i++) {
            Node n = cell.node(i);
            boolean interior = n.role() == NodeRole.INTERMEDIATE;
            if (nodeLabelled && interior ? !opNames.containsKey(n.op()) : n.op() != Op.SKIP) {
                throw broken("operations", "node " + i + " carries " + n.op().name()
                        + (nodeLabelled ? ", which is not one of " + opNames.values() : "; operations sit on edges in this space"));
            }
        }
    }

    private void checkRoles(Cell cell, int inputs) {
        for (int i = 0; i < cell.nodeCount(); i++) {
            NodeRole expected = i < inputs ? NodeRole.INPUT
                    : i == cell.nodeCount() - 1 ? NodeRole.OUTPUT : NodeRole.INTERMEDIATE;
            if (cell.node(i).role() != expected) {
                throw broken("node roles", "node " + i + " must be " + expected.name().toLowerCase(Locale.ROOT)
                        + ", not " + cell.node(i).role().name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private void checkNb201(Cell cell) {
        if (cell.nodeCount() != 4) {
            throw broken("4 nodes", "the cell has " + cell.nodeCount() + " nodes");
        }
        checkRoles(cell, 1);
        if (cell.edgeCount() != 6) {
            throw broken("6 edges", "the cell has " + cell.edgeCount() + " edges; every pair j<i has exactly one edge j->i (use none to cut one)");
        }
        for (Edge e : cell.edges()) {
            if (e.from() >= e.to()) {
                throw broken("edges run forward", "edge " + e.from() + "->" + e.to());
            }
        }
        checkOps(cell);
    }

    private void checkNb101(Cell cell) {
        int n = cell.nodeCount();
        if (n < 2 || n > NB101_MAX_NODES) {
            throw broken("at most 7 nodes", "the cell has " + n + " nodes");
        }
        checkRoles(cell, 1);
        if (cell.edgeCount() > NB101_MAX_EDGES) {
            throw broken("at most 9 edges", "the cell has " + cell.edgeCount() + " edges");
        }
        for (Edge e : cell.edges()) {
            if (e.from() >= e.to()) {
                throw broken("upper-triangular adjacency", "edge " + e.from() + "->" + e.to() + " runs backwards");
            }
        }
        checkOps(cell);
    }

    private void checkDarts(Cell cell) {
        int expectedNodes = 2 + DARTS_INTERMEDIATES + 1;
        if (cell.nodeCount() != expectedNodes) {
            throw broken("2 inputs, 4 intermediate nodes, 1 output", "the cell has " + cell.nodeCount() + " nodes");
        }
        checkRoles(cell, 2);
        int out = expectedNodes - 1;
        for (int node = 2; node < out; node++) {
            List<Edge> in = cell.incoming(node);
            if (in.size() != 2) {
                throw broken("2 inputs per intermediate node", "node " + node + " has " + in.size() + " inputs");
            }
            for (Edge e : in) {
                if (e.from() >= node) {
                    throw broken("inputs from earlier nodes", "node " + node + " takes an input from node " + e.from());
                }
            }
        }
        List<Edge> concat = cell.incoming(out);
        if (concat.isEmpty()) {
            throw broken("concat output", "no intermediate node feeds the output");
        }
        for (Edge e : concat) {
            if (e.from() < 2 || e.op() != Op.SKIP) {
                throw broken("concat output", "the output concatenates intermediate nodes only, unchanged; found " + e);
            }
        }
        for (Edge e : cell.edges()) {
            if (e.to() != out && !allows(e.op())) {
                throw broken("operations", "edge " + e + " carries " + e.op().name() + ", not one of " + opNames.values());
            }
        }
    }

    private void checkFree(Cell cell) {
        int inputs = 0;
        int outputs = 0;
        for (int i = 0; i < cell.nodeCount(); i++) {
            switch (cell.node(i).role()) {
                case INPUT -> inputs++;
                case OUTPUT -> outputs++;
                default -> { }
            }
            if (cell.node(i).op() != Op.SKIP) {
                throw broken("operations", "node " + i + " carries " + cell.node(i).op().name() + "; operations sit on edges");
            }
        }
        if (inputs != 1 || outputs != 1) {
            throw broken("one input, one output", "the cell has " + inputs + " inputs and " + outputs + " outputs");
        }
        if (cell.nodeCount() > FREE_MAX_NODES) {
            throw broken("at most " + FREE_MAX_NODES + " nodes", "the cell has " + cell.nodeCount());
        }
    }

    /** The ids of all spaces, for messages. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (SearchSpace s : values()) {
            ids.add(s.id);
        }
        return ids;
    }
}
