package io.github.sedexplorer.cell;

/**
 * A node of a cell. In node-labelled spaces (NAS-Bench-101) interior nodes carry the operation;
 * everywhere else, and for input and output nodes, the op is {@link Op#SKIP} (entropy change 0).
 */
public record Node(NodeRole role, Op op) {

    private static final int SHARED = 1 << 12;
    private static final java.util.concurrent.ConcurrentHashMap<Node, Node> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();

    public static final Node INPUT = new Node(NodeRole.INPUT, Op.SKIP);
    public static final Node OUTPUT = new Node(NodeRole.OUTPUT, Op.SKIP);
    public static final Node INTERMEDIATE = new Node(NodeRole.INTERMEDIATE, Op.SKIP);

    public Node {
        if (role == null || op == null) {
            throw new SedException("a node needs a role and an operation");
        }
        if (!op.isReal()) {
            throw new SedException("a node cannot carry the none operation");
        }
    }

    /** The one shared node equal to this one (there are only a few hundred distinct nodes). */
    public Node intern() {
        Node shared = CANONICAL.get(this);
        if (shared != null) {
            return shared;
        }
        if (CANONICAL.size() >= SHARED) {
            return this;
        }
        shared = CANONICAL.putIfAbsent(this, this);
        return shared == null ? this : shared;
    }

    public static Node interior(Op op) {
        return new Node(NodeRole.INTERMEDIATE, op);
    }
}
