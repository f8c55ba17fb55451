package io.github.sedexplorer.ui.export;

import io.github.sedexplorer.cell.NodePosition;

import java.util.List;

/**
 * An edge to draw from node id {@code from} to node id {@code to}: straight segments through
 * {@code bends} when there are any, otherwise a straight line or, when that would run through a
 * node or cross an edge drawn before it, a gentle quadratic curve. A null label or title is read as ""
 * (no label, no tooltip); null bends as none.
 *
 * @param colour the stroke colour, {@code #rrggbb} (see {@link OpPalette})
 */
public record SvgEdge(int from, int to, String label, String colour, List<NodePosition> bends, boolean dashed,
                      String title) {

    public SvgEdge {
        if (from == to) {
            throw new IllegalArgumentException("edge " + from + "->" + to + " is a self-loop");
        }
        if (!OpPalette.isHex(colour)) {
            throw new IllegalArgumentException("edge " + from + "->" + to + " has colour " + colour + "; expected #rrggbb");
        }
        label = label == null ? "" : label;
        title = title == null ? "" : title;
        bends = bends == null ? List.of() : List.copyOf(bends);
    }
}
