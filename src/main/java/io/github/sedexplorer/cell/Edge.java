package io.github.sedexplorer.cell;

/** A directed edge between two node indices, carrying an operation ({@link Op#SKIP} in node-labelled spaces). */
public record Edge(int from, int to, Op op) {

    /** Distinct edges shared by {@link #intern}. */
    private static final Interner<Edge> SHARED = new Interner<>(1 << 14);

    public Edge {
        if (op == null) {
            throw new SedException("edge " + from + "->" + to + " has no operation");
        }
    }

    /** The one shared edge equal to this one ({@link Interner}): cells keep shared instances. */
    public Edge intern() {
        return SHARED.intern(this);
    }

    public Edge withOp(Op newOp) {
        return new Edge(from, to, newOp);
    }

    @Override
    public String toString() {
        return from + "->" + to + ":" + op.name();
    }
}
