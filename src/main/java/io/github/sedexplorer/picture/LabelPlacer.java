package io.github.sedexplorer.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * Places edge labels so that none overlaps a node or another label, checked box against box. Each
 * label tries spots on its own edge (the middle first, then outwards), then spots beside its edge;
 * among the free ones it takes the one that crosses the fewest other edges, then the most central.
 * When no spot along the edge is free it takes the nearest free spot on rings around the edge's
 * middle and keeps a leader line to the edge. Far enough out every spot is free, so a label is
 * always placed.
 */
final class LabelPlacer {

    private static final double[] SPOTS = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};
    /** Room kept between a label and a node or another label. */
    private static final double GAP = 2;
    private static final double EDGE_COST = 20;

    private final List<NodeGlyph> nodes;
    private final List<EdgeRouter.Routed> edges;
    private final PictureStyle style;
    private final List<Box> placed = new ArrayList<>();
    private final Box extent;

    LabelPlacer(List<NodeGlyph> nodes, List<EdgeRouter.Routed> edges, PictureStyle style) {
        this.nodes = nodes;
        this.edges = edges;
        this.style = style;
        Box b = nodes.get(0).box();
        for (NodeGlyph n : nodes) {
            b = b.union(n.box());
        }
        for (EdgeRouter.Routed e : edges) {
            b = b.union(e.extent());
        }
        this.extent = b;
    }

    LabelGlyph place(int edge, String text) {
        List<Pt> course = edges.get(edge).course();
        double hw = style.labelHalfWidth(text);
        double hh = style.labelHalfHeight();
        Box best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        double offset = hh + style.stroke() / 2 + 1;
        // the spots on the edge and its normals there, the same for the three sides: measured once
        double[] segments = segments(course);
        Pt[] ons = new Pt[SPOTS.length];
        Pt[] normals = new Pt[SPOTS.length];
        for (int k = 0; k < SPOTS.length; k++) {
            ons[k] = along(course, segments, SPOTS[k]);
            normals[k] = direction(course, segments, SPOTS[k]).normal();
        }
        for (int side = 0; side < 3; side++) {
            for (int k = 0; k < SPOTS.length; k++) {
                double f = SPOTS[k];
                Pt on = ons[k];
                Pt normal = normals[k];
                Pt centre = side == 0 ? on : on.plus(normal.times(side == 1 ? offset : -offset));
                double penalty = Math.abs(f - 0.5) * 10 + (side == 0 ? 0 : 6);
                Box box = Box.around(centre, hw, hh);
                if (penalty >= bestCost || !free(box)) {
                    continue; // a spot costs at least its penalty: this one cannot win
                }
                double cost = EDGE_COST * othersThrough(box, edge) + penalty;
                if (cost < bestCost) {
                    best = box;
                    bestCost = cost;
                }
            }
        }
        if (best != null) {
            placed.add(best);
            return new LabelGlyph(text, best, style.edgeFont(), null);
        }
        Pt anchor = ons[0]; // SPOTS[0] is the middle
        Box box = nearestFree(anchor, hw, hh, edge);
        placed.add(box);
        return new LabelGlyph(text, box, style.edgeFont(), nearest(course, box.centre()));
    }

    /** The free box on the smallest ring around the anchor, crossing the fewest edges on that ring. */
    private Box nearestFree(Pt anchor, double hw, double hh, int edge) {
        double reach = Math.hypot(Math.max(Math.abs(extent.minX() - anchor.x()), Math.abs(extent.maxX() - anchor.x())),
                Math.max(Math.abs(extent.minY() - anchor.y()), Math.abs(extent.maxY() - anchor.y()))) + 2 * (hw + hh) + 2 * GAP;
        for (double radius = hh; ; radius += hh) {
            int steps = Math.max(8, (int) Math.ceil(2 * Math.PI * radius / hh));
            Box best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int k = 0; k < steps; k++) {
                double a = 2 * Math.PI * k / steps;
                Box box = Box.around(new Pt(anchor.x() + radius * Math.cos(a), anchor.y() + radius * Math.sin(a)), hw, hh);
                if (free(box)) {
                    double cost = othersThrough(box, edge);
                    if (cost < bestCost) {
                        best = box;
                        bestCost = cost;
                    }
                }
            }
            if (best != null) {
                return best;
            }
            if (radius > reach) { // cannot happen: out here nothing is drawn
                throw new IllegalStateException("no free spot for a label");
            }
        }
    }

    private boolean free(Box box) {
        Box grown = box.grow(GAP);
        for (NodeGlyph n : nodes) {
            if (grown.overlaps(n.box())) {
                return false;
            }
        }
        for (Box other : placed) {
            if (grown.overlaps(other)) {
                return false;
            }
        }
        return true;
    }

    private int othersThrough(Box box, int edge) {
        int n = 0;
        for (int i = 0; i < edges.size(); i++) {
            EdgeRouter.Routed e = edges.get(i);
            if (i != edge && e.extent().overlaps(box)) {
                n += Crossings.through(e.course(), box) ? 1 : 0;
            }
        }
        return n;
    }

    /** The lengths of a sampled course's segments (index i: from point i−1 to point i), and their sum last. */
    private static double[] segments(List<Pt> course) {
        double[] out = new double[course.size() + 1];
        double total = 0;
        for (int i = 1; i < course.size(); i++) {
            out[i] = course.get(i).distance(course.get(i - 1));
            total += out[i];
        }
        out[course.size()] = total;
        return out;
    }

    /** The point at a fraction of the length of a sampled course, from its {@link #segments}. */
    static Pt along(List<Pt> course, double[] segments, double fraction) {
        double left = segments[course.size()] * fraction;
        for (int i = 1; i < course.size(); i++) {
            double seg = segments[i];
            if (left <= seg && seg > 0) {
                return Pt.lerp(course.get(i - 1), course.get(i), left / seg);
            }
            left -= seg;
        }
        return course.get(course.size() - 1);
    }

    private static Pt direction(List<Pt> course, double[] segments, double fraction) {
        Pt a = along(course, segments, Math.max(0, fraction - 0.05));
        Pt b = along(course, segments, Math.min(1, fraction + 0.05));
        return b.minus(a).unit();
    }

    /** The point of the course nearest to p. */
    private static Pt nearest(List<Pt> course, Pt p) {
        Pt best = course.get(0);
        for (int i = 1; i < course.size(); i++) {
            Pt q = Pt.nearestOnSegment(course.get(i - 1), course.get(i), p);
            if (q.distance(p) < best.distance(p)) {
                best = q;
            }
        }
        return best;
    }
}
