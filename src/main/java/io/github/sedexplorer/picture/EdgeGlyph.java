package io.github.sedexplorer.picture;

import java.util.List;

/**
 * An edge as drawn: the stroke (ending inside the arrowhead, whose tip touches the target's
 * outline), the arrowhead's three corners, and its label or null.
 *
 * @param index   the edge's index into the cell's edges, or -1 for an annotation's extra edge
 * @param kind    how the edge is drawn
 * @param colour  the stroke colour, {@code #rrggbb}
 * @param course  the edge sampled from outline to outline, for hit tests and overlap checks
 */
public record EdgeGlyph(int index, int from, int to, Kind kind, Route stroke, List<Pt> arrow, String colour,
                        LabelGlyph label, List<Pt> course, String title) {

    public enum Kind {
        /** A real operation on an input→output path. */
        LIVE,
        /** A real operation on no input→output path: greyed. */
        DEAD,
        /** A {@code none} edge of a fixed-edge space, or an edge that is absent here: dashed. */
        NONE,
        /** A DARTS edge into the output: a concatenation, not an operation. */
        CONCAT
    }

    public EdgeGlyph {
        arrow = List.copyOf(arrow);
        course = List.copyOf(course);
    }

    public boolean dashed() {
        return kind == Kind.NONE;
    }
}
