package io.github.sedexplorer.cell;

/** A directed edge between two node indices, carrying an operation ({@link Op#SKIP} in node-labelled spaces). */
public record Edge(int from, int to, Op op) {

    public Edge {
        if (op == null) {
            throw new SedException("edge " + from + "->" + to + " has no operation");
        }
    }

    public Edge withOp(Op newOp) {
        return new Edge(from, to, newOp);
    }

    @Override
    public String toString() {
        return from + "->" + to + ":" + op.name();
    }
}
