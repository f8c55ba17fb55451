package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.NodeRole;

/**
 * A node as drawn: a circle, or a rounded box sized to its text (NAS-Bench-101's operation boxes,
 * names too wide for a circle such as DARTS's c_{k-2}).
 *
 * @param name     the node's name ({@link NodeNames}), drawn bold
 * @param op       the operation drawn under the name in an NB101 box, or ""
 * @param colour   the outline colour, {@code #rrggbb}: the op's for a box with an op
 * @param live     false when the node is on no input→output path (drawn greyed)
 * @param nameFont font size of the name
 */
public record NodeGlyph(int node, NodeRole role, String name, String op, boolean circle, Pt centre, double halfWidth,
                        double halfHeight, String colour, boolean live, double nameFont, double opFont, String title) {

    public Box box() {
        return Box.around(centre, halfWidth, halfHeight);
    }

    /** Whether p lies inside the outline grown by margin. */
    public boolean contains(Pt p, double margin) {
        if (circle) {
            return p.distance(centre) <= halfWidth + margin;
        }
        return Math.abs(p.x() - centre.x()) <= halfWidth + margin && Math.abs(p.y() - centre.y()) <= halfHeight + margin;
    }

    /** Whether the segment a–b comes within margin of the outline. */
    public boolean meets(Pt a, Pt b, double margin) {
        if (circle) {
            return Pt.nearestOnSegment(a, b, centre).distance(centre) <= halfWidth + margin;
        }
        return Crossings.segmentMeets(a, b, box().grow(margin));
    }

    /** Where the name's baseline sits: centred, or above the op in a two-line box. */
    public Pt nameAt() {
        return op.isEmpty() ? new Pt(centre.x(), centre.y() + 0.36 * nameFont) : new Pt(centre.x(), centre.y() - 3);
    }

    public Pt opAt() {
        return new Pt(centre.x(), centre.y() + 3 + opFont);
    }

    /** The name's text box, estimated from its font size and length. */
    public Box nameBox() {
        Pt at = nameAt();
        double hw = SvgText.width(name, nameFont, true) / 2;
        return new Box(at.x() - hw, at.y() - 0.86 * nameFont, at.x() + hw, at.y() + 0.24 * nameFont);
    }

    /** The op's text box, or null for none. */
    public Box opBox() {
        if (op.isEmpty()) {
            return null;
        }
        Pt at = opAt();
        double hw = SvgText.width(op, opFont, false) / 2;
        return new Box(at.x() - hw, at.y() - 0.86 * opFont, at.x() + hw, at.y() + 0.24 * opFont);
    }
}
