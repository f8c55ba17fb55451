package io.github.sedexplorer.picture;

/** A point or vector of the drawing, in SVG user units (y grows downwards). */
public record Pt(double x, double y) {

    public Pt plus(Pt o) {
        return new Pt(x + o.x, y + o.y);
    }

    public Pt minus(Pt o) {
        return new Pt(x - o.x, y - o.y);
    }

    public Pt times(double k) {
        return new Pt(x * k, y * k);
    }

    public double length() {
        return Math.sqrt(x * x + y * y); // not Math.hypot: its care for overflow costs 10× here
    }

    public double distance(Pt o) {
        double dx = x - o.x;
        double dy = y - o.y;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The unit vector, or (1, 0) for a zero vector, so no NaN reaches the output. */
    public Pt unit() {
        double l = length();
        return l < 1e-9 ? new Pt(1, 0) : new Pt(x / l, y / l);
    }

    /** Rotated a quarter turn: for a vector pointing right, one pointing up the page. */
    public Pt normal() {
        return new Pt(y, -x);
    }

    /** Direction in degrees, -180..180. */
    public double degrees() {
        return Math.toDegrees(Math.atan2(y, x));
    }

    /** The point of the segment a–b nearest to p. */
    public static Pt nearestOnSegment(Pt a, Pt b, Pt p) {
        Pt ab = b.minus(a);
        double len2 = ab.x * ab.x + ab.y * ab.y;
        Pt ap = p.minus(a);
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (ap.x * ab.x + ap.y * ab.y) / len2));
        return lerp(a, b, t);
    }

    public static Pt lerp(Pt a, Pt b, double t) {
        return new Pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }
}
