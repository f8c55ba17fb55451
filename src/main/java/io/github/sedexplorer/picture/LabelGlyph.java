package io.github.sedexplorer.picture;

/**
 * An edge's label: its text centred in {@code box}. {@code leader} is null when the label sits on
 * or beside its own edge; otherwise the point of the edge a thin leader line joins the label to.
 */
public record LabelGlyph(String text, Box box, double font, Pt leader) {

    public Pt centre() {
        return box.centre();
    }

    /** The text's baseline point, centred. */
    public Pt baseline() {
        Pt c = box.centre();
        return new Pt(c.x(), c.y() + 0.36 * font);
    }
}
