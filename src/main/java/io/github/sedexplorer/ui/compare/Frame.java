package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.NodePosition;

import java.util.Collection;

/** The region of layout space a drawing shows, shared by the panels so all are drawn to one scale. */
record Frame(double minX, double minY, double maxX, double maxY) {

    static final Frame EMPTY = new Frame(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE);

    Frame including(Collection<NodePosition> points) {
        Frame f = this;
        for (NodePosition p : points) {
            f = new Frame(Math.min(f.minX, p.x()), Math.min(f.minY, p.y()), Math.max(f.maxX, p.x()), Math.max(f.maxY, p.y()));
        }
        return f;
    }

    Frame union(Frame o) {
        return new Frame(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX), Math.max(maxY, o.maxY));
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
