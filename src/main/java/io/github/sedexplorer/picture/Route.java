package io.github.sedexplorer.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * The course of an edge, parameterised by t in 0..1: a polyline (each segment an equal share of t)
 * or one quadratic Bézier curve. Clipping to node outlines works on t, so both kinds clip alike.
 */
public final class Route {

    private final List<Pt> points;
    private final boolean quadratic;

    private Route(List<Pt> points, boolean quadratic) {
        this.points = List.copyOf(points);
        this.quadratic = quadratic;
    }

    public static Route polyline(List<Pt> points) {
        return new Route(points, false);
    }

    public static Route curve(Pt start, Pt control, Pt end) {
        return new Route(List.of(start, control, end), true);
    }

    /** The polyline's points, or a curve's start, control point and end. */
    public List<Pt> points() {
        return points;
    }

    /** Whether this is a quadratic Bézier curve rather than a polyline. */
    public boolean isCurve() {
        return quadratic;
    }

    public Pt start() {
        return points.get(0);
    }

    public Pt end() {
        return points.get(points.size() - 1);
    }

    public Pt at(double t) {
        if (quadratic) {
            return blossom(t, t);
        }
        int m = points.size() - 1;
        int s = Math.min((int) Math.floor(t * m), m - 1);
        return Pt.lerp(points.get(s), points.get(s + 1), t * m - s);
    }

    /** The part between t0 and t1, as a route of the same kind. */
    public Route part(double t0, double t1) {
        if (quadratic) {
            return curve(at(t0), blossom(t0, t1), at(t1));
        }
        int m = points.size() - 1;
        List<Pt> out = new ArrayList<>();
        out.add(at(t0));
        for (int k = 1; k < m; k++) {
            if (k > t0 * m && k < t1 * m) {
                out.add(points.get(k));
            }
        }
        out.add(at(t1));
        return polyline(out);
    }

    /** The quadratic's polar form f(a, b); f(t, t) is the curve, f(t0, t1) the control point of a part. */
    private Pt blossom(double a, double b) {
        Pt p0 = points.get(0);
        Pt c = points.get(1);
        Pt p2 = points.get(2);
        return p0.times((1 - a) * (1 - b)).plus(c.times((1 - a) * b + a * (1 - b))).plus(p2.times(a * b));
    }

    public List<Pt> sample(double t0, double t1, int n) {
        List<Pt> out = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            out.add(at(t0 + (t1 - t0) * i / n));
        }
        return out;
    }

    /** The same route moved by d. */
    public Route shifted(Pt d) {
        List<Pt> moved = new ArrayList<>(points.size());
        points.forEach(p -> moved.add(p.plus(d)));
        return new Route(moved, quadratic);
    }

    /** SVG path data. */
    public String pathData() {
        StringBuilder d = new StringBuilder("M").append(xy(points.get(0)));
        if (quadratic) {
            d.append(" Q").append(xy(points.get(1))).append(' ').append(xy(points.get(2)));
        } else {
            for (int i = 1; i < points.size(); i++) {
                d.append(" L").append(xy(points.get(i)));
            }
        }
        return d.toString();
    }

    public static String xy(Pt p) {
        return SvgText.num(p.x()) + "," + SvgText.num(p.y());
    }
}
