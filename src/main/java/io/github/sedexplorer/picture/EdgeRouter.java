package io.github.sedexplorer.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * Routes edges one after another. An edge tries a straight line and curves of 20°..60° to either
 * side, and takes the cheapest: running through a node costs most, then leaving or entering a node
 * within 12° of an edge already there, then each crossing of an edge already routed, then the
 * curve's angle. Ties go to the earlier candidate, so the output is deterministic.
 */
final class EdgeRouter {

    private static final double[] ANGLES = {20, 30, 40, 50, 60};
    /** cos 12°: two edges leave or enter a node within 12° of each other when their directions' dot product exceeds it. */
    private static final double MIN_SEPARATION_COS = Math.cos(Math.toRadians(12));
    /** A curve is followed by this many chords; a straight edge is its one segment. */
    private static final int CURVE_SAMPLES = 16;
    /** One crossing costs more than a 30° curve but less than a 40° one: only gentle curves dodge a crossing. */
    private static final double CROSSING = 35;

    /** An edge routed: the visible stroke, the arrowhead and the course from outline to outline. */
    record Routed(int index, int from, int to, EdgeGlyph.Kind kind, Route stroke, List<Pt> arrow, List<Pt> course, Box extent) {
    }

    /** A candidate as fitted; an edge taken from an earlier picture keeps only its samples and extent, all later fits read. */
    private record Fit(Route route, double t0, double t1, List<Pt> samples, Box extent, double cost) {
    }

    private final List<NodeGlyph> nodes;
    private final PictureStyle style;
    private final List<Fit> drawn = new ArrayList<>();
    private final Map<Integer, List<Pt>> directions = new HashMap<>();

    EdgeRouter(List<NodeGlyph> nodes, PictureStyle style) {
        this.nodes = nodes;
        this.style = style;
    }

    Routed route(int index, int from, int to, EdgeGlyph.Kind kind) {
        NodeGlyph a = nodes.get(from);
        NodeGlyph b = nodes.get(to);
        Fit best = null;
        for (Candidate c : candidates(a.centre(), b.centre())) {
            if (best != null && c.angle >= best.cost) {
                break; // candidates come gentlest first, and a candidate costs at least its angle
            }
            Fit f = fit(c, a, b, best == null ? Double.POSITIVE_INFINITY : best.cost);
            if (best == null || f.cost < best.cost) {
                best = f;
            }
        }
        drawn.add(best);
        directions.computeIfAbsent(from, k -> new ArrayList<>()).add(best.route.at(best.t0).minus(a.centre()).unit());
        directions.computeIfAbsent(to, k -> new ArrayList<>()).add(best.route.at(best.t1).minus(b.centre()).unit());
        return finish(index, from, to, kind, best);
    }

    /**
     * Takes an edge as routed in an earlier picture, as if routed again: the router's state grows as {@link #route}
     * would grow it, so the edges after it are routed as they would be after it. The caller vouches that the nodes and
     * the edges routed before are the earlier picture's. Its directions at the ends are exact: the stroke starts at the
     * route's point where it leaves the source, and the arrow's tip is its point where it enters the target.
     */
    Routed reuse(EdgeGlyph earlier, int index, EdgeGlyph.Kind kind) {
        int from = earlier.from();
        int to = earlier.to();
        List<Pt> course = earlier.course();
        Box extent = extent(course);
        drawn.add(new Fit(null, 0, 0, course, extent, 0));
        directions.computeIfAbsent(from, k -> new ArrayList<>()).add(earlier.stroke().start().minus(nodes.get(from).centre()).unit());
        directions.computeIfAbsent(to, k -> new ArrayList<>()).add(earlier.arrow().get(0).minus(nodes.get(to).centre()).unit());
        return new Routed(index, from, to, kind, earlier.stroke(), earlier.arrow(), course, extent);
    }

    private record Candidate(Route route, double angle) {
    }

    private static List<Candidate> candidates(Pt from, Pt to) {
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate(Route.polyline(List.of(from, to)), 0));
        Pt chord = to.minus(from);
        Pt mid = Pt.lerp(from, to, 0.5);
        Pt up = chord.unit().normal();
        for (double angle : ANGLES) {
            for (int side : new int[] {1, -1}) {
                double lift = chord.length() / 2 * Math.tan(Math.toRadians(angle));
                out.add(new Candidate(Route.curve(from, mid.plus(up.times(side * lift)), to), angle));
            }
        }
        return out;
    }

    /** The candidate's fit; counting stops once its cost reaches {@code limit}, where it can no longer win. */
    private Fit fit(Candidate c, NodeGlyph a, NodeGlyph b, double limit) {
        Route r = c.route;
        double t0 = firstOutside(r, a, false);
        double t1 = firstOutside(r, b, true);
        if (t1 <= t0) { // the nodes overlap: draw centre to centre
            t0 = 0;
            t1 = 1;
        }
        List<Pt> samples = r.sample(t0, t1, r.isCurve() ? CURVE_SAMPLES : 1);
        Box extent = extent(samples);
        double cost = c.angle;
        if (blocked(samples, extent, a, b)) {
            cost += 10_000;
        }
        if (crowded(a, r.at(t0).minus(a.centre()).unit()) || crowded(b, r.at(t1).minus(b.centre()).unit())) {
            cost += 1_000;
        }
        for (Fit other : drawn) {
            if (cost >= limit) {
                break;
            }
            if (other.extent.overlaps(extent)) {
                cost += CROSSING * Crossings.count(samples, other.samples);
            }
        }
        return new Fit(r, t0, t1, samples, extent, cost);
    }

    static Box extent(List<Pt> points) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Pt p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX, minY, maxX, maxY);
    }

    /** Where the route leaves the outline (from the start) or, backwards, where it enters it (to the end). */
    private static double firstOutside(Route r, NodeGlyph s, boolean fromEnd) {
        int steps = 128;
        for (int k = 1; k <= steps; k++) {
            double t = fromEnd ? 1 - (double) k / steps : (double) k / steps;
            if (!s.contains(r.at(t), 0)) {
                double inside = fromEnd ? t + 1.0 / steps : t - 1.0 / steps;
                return boundary(t, inside, u -> s.contains(r.at(u), 0));
            }
        }
        return fromEnd ? 0 : 1;
    }

    /** Bisects between an outside and an inside parameter; returns the outside end. */
    private static double boundary(double out, double in, DoublePredicate inside) {
        for (int i = 0; i < 30; i++) {
            double m = (out + in) / 2;
            if (inside.test(m)) {
                in = m;
            } else {
                out = m;
            }
        }
        return out;
    }

    private boolean blocked(List<Pt> samples, Box extent, NodeGlyph a, NodeGlyph b) {
        for (NodeGlyph s : nodes) {
            if (s == a || s == b || !s.box().grow(6).overlaps(extent.grow(1))) {
                continue;
            }
            for (int i = 1; i < samples.size(); i++) {
                if (s.meets(samples.get(i - 1), samples.get(i), 6)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean crowded(NodeGlyph s, Pt direction) {
        for (Pt d : directions.getOrDefault(s.node(), List.of())) {
            if (d.x() * direction.x() + d.y() * direction.y() > MIN_SEPARATION_COS) {
                return true;
            }
        }
        return false;
    }

    /** Ends the stroke inside the arrowhead, whose tip touches the target's outline. */
    private Routed finish(int index, int from, int to, EdgeGlyph.Kind kind, Fit f) {
        Route r = f.route;
        double length = style.arrowLength();
        Pt tip = r.at(f.t1);
        double base = backFrom(r, f.t0, f.t1, tip, length);
        double shaftEnd = backFrom(r, f.t0, f.t1, tip, length * 0.6);
        Pt dir = tip.minus(r.at(base)).unit();
        Pt back = tip.minus(dir.times(length));
        Pt side = dir.normal().times(style.arrowHalfWidth());
        List<Pt> arrow = List.of(tip, back.plus(side), back.minus(side));
        return new Routed(index, from, to, kind, r.part(f.t0, shaftEnd), arrow, f.samples, f.extent);
    }

    /** The parameter, going back from t1 towards t0, at which the route is `distance` away from the tip. */
    private static double backFrom(Route r, double t0, double t1, Pt tip, double distance) {
        int steps = 64;
        for (int k = 1; k <= steps; k++) {
            double t = t1 - (t1 - t0) * k / steps;
            if (r.at(t).distance(tip) >= distance) {
                return boundary(t, t + (t1 - t0) / steps, u -> r.at(u).distance(tip) < distance);
            }
        }
        return t0;
    }
}
