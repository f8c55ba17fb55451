package io.github.sedexplorer.cell;

import java.util.concurrent.ConcurrentHashMap;

/** A directed edge between two node indices, carrying an operation ({@link Op#SKIP} in node-labelled spaces). */
public record Edge(int from, int to, Op op) {

    /** Distinct edges shared by {@link #intern}; past this many, edges are no longer shared (free cells can be large). */
    private static final int SHARED = 1 << 14;
    private static final ConcurrentHashMap<Edge, Edge> CANONICAL = new ConcurrentHashMap<>();

    public Edge {
        if (op == null) {
            throw new SedException("edge " + from + "->" + to + " has no operation");
        }
    }

    /**
     * The one shared edge equal to this one. The cells of a benchmark repeat a few hundred distinct edges millions
     * of times (a DARTS table of a million rows holds 24 million), so cells keep shared instances.
     */
    public Edge intern() {
        Edge shared = CANONICAL.get(this);
        if (shared != null) {
            return shared;
        }
        if (CANONICAL.size() >= SHARED) {
            return this;
        }
        shared = CANONICAL.putIfAbsent(this, this);
        return shared == null ? this : shared;
    }

    public Edge withOp(Op newOp) {
        return new Edge(from, to, newOp);
    }

    @Override
    public String toString() {
        return from + "->" + to + ":" + op.name();
    }
}
