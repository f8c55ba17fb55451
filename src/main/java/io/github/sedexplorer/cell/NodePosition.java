package io.github.sedexplorer.cell;

/** Where the editor draws a node, in canvas units. Both coordinates are finite, so JSON can hold them. */
public record NodePosition(double x, double y) {

    public NodePosition {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new SedException("a node position needs finite coordinates, not (" + x + ", " + y + ")");
        }
    }
}
