package io.github.sedexplorer.ui.export;

/** A point or vector of the drawing, in SVG user units (y grows downwards). */
record Pt(double x, double y) {

    Pt plus(Pt o) {
        return new Pt(x + o.x, y + o.y);
    }

    Pt minus(Pt o) {
        return new Pt(x - o.x, y - o.y);
    }

    Pt times(double k) {
        return new Pt(x * k, y * k);
    }

    double length() {
        return Math.hypot(x, y);
    }

    double distance(Pt o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    /** The unit vector, or (1, 0) for a zero vector, so no NaN reaches the output. */
    Pt unit() {
        double l = length();
        return l < 1e-9 ? new Pt(1, 0) : new Pt(x / l, y / l);
    }

    /** Rotated a quarter turn: for a vector pointing right, one pointing up the page. */
    Pt normal() {
        return new Pt(y, -x);
    }

    /** Direction in degrees, -180..180. */
    double degrees() {
        return Math.toDegrees(Math.atan2(y, x));
    }

    static Pt lerp(Pt a, Pt b, double t) {
        return new Pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }
}
