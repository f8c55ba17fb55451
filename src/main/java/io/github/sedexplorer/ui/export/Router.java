package io.github.sedexplorer.ui.export;

import io.github.sedexplorer.cell.NodePosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Lays out edges one after another. An edge without bends tries a straight line and curves of
 * 20°..60° to either side, and takes the cheapest: running through a node costs most, then leaving
 * or entering a node within 12° of an edge already there, then each crossing of an edge already drawn,
 * then the curve's angle. Ties go to the earlier candidate, so the output is deterministic.
 */
final class Router {

    static final double ARROW_LENGTH = 12;
    static final double ARROW_HALF_WIDTH = 5.5;
    private static final double[] ANGLES = {20, 30, 40, 50, 60};
    private static final double MIN_SEPARATION = 12;
    private static final int SAMPLES = 32;
    /** One crossing costs more than a 30° curve but less than a 40° one: only gentle curves dodge a crossing. */
    private static final double CROSSING = 35;

    /** An edge ready to write: the visible stroke, the arrowhead and where its label sits. */
    record Drawn(SvgEdge edge, Route stroke, List<Pt> arrow, Pt labelAt, List<Pt> samples) {
    }

    private record Candidate(Route route, double angle) {
    }

    private record Fit(Route route, double t0, double t1, List<Pt> samples, double cost) {
    }

    private final Map<Integer, NodeShape> shapes;
    private final List<List<Pt>> drawn = new ArrayList<>();
    private final Map<Integer, List<Double>> directions = new HashMap<>();
    private final EdgeLabels labels;

    Router(Map<Integer, NodeShape> shapes) {
        this.shapes = shapes;
        this.labels = new EdgeLabels(shapes.values());
    }

    Drawn route(SvgEdge e) {
        NodeShape a = shapes.get(e.from());
        NodeShape b = shapes.get(e.to());
        Fit best = null;
        for (Candidate c : candidates(e, a.centre(), b.centre())) {
            Fit f = fit(c, a, b);
            if (best == null || f.cost < best.cost) {
                best = f;
            }
        }
        drawn.add(best.samples);
        directions.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(best.route.at(best.t0).minus(a.centre()).degrees());
        directions.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(best.route.at(best.t1).minus(b.centre()).degrees());
        return finish(e, best, labels.place(e.label(), best.samples));
    }

    private static List<Candidate> candidates(SvgEdge e, Pt from, Pt to) {
        List<Candidate> out = new ArrayList<>();
        if (!e.bends().isEmpty()) {
            List<Pt> points = new ArrayList<>();
            points.add(from);
            for (NodePosition p : e.bends()) {
                points.add(new Pt(p.x(), p.y()));
            }
            points.add(to);
            out.add(new Candidate(Route.polyline(points), 0));
            return out;
        }
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

    private Fit fit(Candidate c, NodeShape a, NodeShape b) {
        Route r = c.route;
        double t0 = firstOutside(r, a, false);
        double t1 = firstOutside(r, b, true);
        if (t1 <= t0) { // the nodes overlap: draw centre to centre
            t0 = 0;
            t1 = 1;
        }
        List<Pt> samples = r.sample(t0, t1, SAMPLES);
        double cost = c.angle;
        if (blocked(samples, a, b)) {
            cost += 10_000;
        }
        if (crowded(a, r.at(t0).minus(a.centre()).degrees()) || crowded(b, r.at(t1).minus(b.centre()).degrees())) {
            cost += 1_000;
        }
        for (List<Pt> other : drawn) {
            cost += CROSSING * crossings(samples, other);
        }
        return new Fit(r, t0, t1, samples, cost);
    }

    /** Where the route leaves the shape (from the start) or, backwards, where it enters it (to the end). */
    private static double firstOutside(Route r, NodeShape s, boolean fromEnd) {
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
    private static double boundary(double out, double in, Predicate<Double> inside) {
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

    private boolean blocked(List<Pt> samples, NodeShape a, NodeShape b) {
        for (NodeShape s : shapes.values()) {
            if (s == a || s == b) {
                continue;
            }
            for (Pt p : samples) {
                if (s.contains(p, 6)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean crowded(NodeShape s, double degrees) {
        for (double d : directions.getOrDefault(s.node().id(), List.of())) {
            double diff = Math.abs(d - degrees) % 360;
            if (Math.min(diff, 360 - diff) < MIN_SEPARATION) {
                return true;
            }
        }
        return false;
    }

    static int crossings(List<Pt> p, List<Pt> q) {
        int n = 0;
        for (int i = 1; i < p.size(); i++) {
            for (int j = 1; j < q.size(); j++) {
                if (properlyIntersect(p.get(i - 1), p.get(i), q.get(j - 1), q.get(j))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean properlyIntersect(Pt a, Pt b, Pt c, Pt d) {
        double d1 = cross(c, d, a);
        double d2 = cross(c, d, b);
        double d3 = cross(a, b, c);
        double d4 = cross(a, b, d);
        // half-open sign test: a crossing exactly at a sample point is counted once, not missed
        return (d1 < 0) != (d2 < 0) && (d3 < 0) != (d4 < 0);
    }

    private static double cross(Pt o, Pt a, Pt b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    /** Ends the stroke inside the arrowhead, whose tip touches the target's outline. */
    private static Drawn finish(SvgEdge e, Fit f, Pt labelAt) {
        Route r = f.route;
        Pt tip = r.at(f.t1);
        double base = backFrom(r, f.t0, f.t1, tip, ARROW_LENGTH);
        double shaftEnd = backFrom(r, f.t0, f.t1, tip, ARROW_LENGTH * 0.6);
        Pt dir = tip.minus(r.at(base)).unit();
        Pt back = tip.minus(dir.times(ARROW_LENGTH));
        Pt side = dir.normal().times(ARROW_HALF_WIDTH);
        List<Pt> arrow = List.of(tip, back.plus(side), back.minus(side));
        return new Drawn(e, r.part(f.t0, shaftEnd), arrow, labelAt, f.samples);
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
