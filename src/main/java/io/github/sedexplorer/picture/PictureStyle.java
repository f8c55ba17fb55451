package io.github.sedexplorer.picture;

/**
 * The sizes one view draws a cell at, in drawing units (pixels at 100 %): the geometry is the same
 * for every view, only these numbers differ. Text boxes are estimated from font size and length
 * ({@link SvgText#width}), so a picture's layout never depends on which fonts a machine has.
 *
 * @param nodeRadius    radius of a round node
 * @param nodeFont      font size of node names
 * @param boxFont       font size of the operation inside an NB101 box node
 * @param edgeFont      font size of edge labels (the operations)
 * @param stroke        width of an edge's stroke
 * @param arrowLength   length of an arrowhead
 * @param arrowHalfWidth half the width of an arrowhead's base
 */
public record PictureStyle(double nodeRadius, double nodeFont, double boxFont, double edgeFont, double stroke,
                           double arrowLength, double arrowHalfWidth) {

    /** The editor and the exports: 13 px operation labels, 14 px node names. */
    public static final PictureStyle EDITOR = new PictureStyle(24, 14, 13, 13, 2.5, 12, 5.5);
    /** Compare's side-by-side panels: smaller nodes, 11 px labels. */
    public static final PictureStyle COMPARE = new PictureStyle(18, 12, 11, 11, 2.2, 10, 4.5);

    public PictureStyle {
        for (double v : new double[] {nodeRadius, nodeFont, boxFont, edgeFont, stroke, arrowLength, arrowHalfWidth}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("a picture size must be a positive finite number, not " + v);
            }
        }
    }

    /** Half the height of an edge label's box: the font plus a little room. */
    public double labelHalfHeight() {
        return edgeFont * 0.5 + 3;
    }

    /** Half the width of an edge label's box. */
    public double labelHalfWidth(String text) {
        return SvgText.width(text, edgeFont, false) / 2 + 4;
    }
}
