package io.github.sedexplorer.cell;

/**
 * A node of a cell. In node-labelled spaces (NAS-Bench-101) interior nodes carry the operation;
 * everywhere else, and for input and output nodes, the op is {@link Op#SKIP} (entropy change 0).
 */
public record Node(NodeRole role, Op op) {

    private static final Interner<Node> SHARED = new Interner<>(1 << 12);

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
        return SHARED.intern(this);
    }

    public static Node interior(Op op) {
        return new Node(NodeRole.INTERMEDIATE, op);
    }
}
