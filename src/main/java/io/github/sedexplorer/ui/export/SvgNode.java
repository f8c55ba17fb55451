package io.github.sedexplorer.ui.export;

import io.github.sedexplorer.cell.NodePosition;

/**
 * A node to draw: a circle (radius 24) or a rounded box sized to its text, centred at {@code at}.
 * A null label, sublabel or title is read as "" (an empty title means no tooltip).
 *
 * @param shape {@link #CIRCLE} or {@link #BOX}
 */
public record SvgNode(int id, String label, String sublabel, String shape, NodePosition at, String title) {

    public static final String CIRCLE = "circle";
    public static final String BOX = "box";

    public SvgNode {
        if (!CIRCLE.equals(shape) && !BOX.equals(shape)) {
            throw new IllegalArgumentException("node " + id + " has shape " + shape + "; expected circle or box");
        }
        if (at == null) {
            throw new IllegalArgumentException("node " + id + " has no position");
        }
        label = label == null ? "" : label;
        sublabel = sublabel == null ? "" : sublabel;
        title = title == null ? "" : title;
    }

    public boolean isBox() {
        return BOX.equals(shape);
    }
}
