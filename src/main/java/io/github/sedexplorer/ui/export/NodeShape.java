package io.github.sedexplorer.ui.export;

/** The outline of a drawn node: a circle or a box sized to its label and sublabel. */
record NodeShape(SvgNode node, Pt centre, double halfWidth, double halfHeight) {

    static final double RADIUS = 24;
    static final double LABEL_FONT = 14;
    static final double SUBLABEL_FONT = 11;

    static NodeShape of(SvgNode n) {
        Pt c = new Pt(n.at().x(), n.at().y());
        if (!n.isBox()) {
            return new NodeShape(n, c, RADIUS, RADIUS);
        }
        double text = Math.max(SvgText.width(n.label(), LABEL_FONT, true), SvgText.width(n.sublabel(), SUBLABEL_FONT, false));
        double w = Math.max(64, text + 20);
        double h = n.sublabel().isEmpty() ? 36 : 46;
        return new NodeShape(n, c, w / 2, h / 2);
    }

    boolean circle() {
        return !node.isBox();
    }

    /** Whether p lies inside the outline grown by margin. */
    boolean contains(Pt p, double margin) {
        if (circle()) {
            return p.distance(centre) <= RADIUS + margin;
        }
        return Math.abs(p.x() - centre.x()) <= halfWidth + margin && Math.abs(p.y() - centre.y()) <= halfHeight + margin;
    }

    /** The label's font size: smaller for a label too wide for the circle ("c_{k-2}"). */
    double labelFont() {
        double w = SvgText.width(node.label(), LABEL_FONT, true);
        double room = circle() ? 2 * RADIUS - 8 : Double.MAX_VALUE;
        return w <= room ? LABEL_FONT : Math.max(8, LABEL_FONT * room / w);
    }
}
