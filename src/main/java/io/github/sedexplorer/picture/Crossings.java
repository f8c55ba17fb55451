package io.github.sedexplorer.picture;

import java.util.List;

/** Proper crossings between sampled courses, and whether a course runs through a box. */
final class Crossings {

    private Crossings() {
    }

    static int count(List<Pt> p, List<Pt> q) {
        int n = 0;
        for (int i = 1; i < p.size(); i++) {
            Pt a = p.get(i - 1);
            Pt b = p.get(i);
            double minX = Math.min(a.x(), b.x());
            double maxX = Math.max(a.x(), b.x());
            double minY = Math.min(a.y(), b.y());
            double maxY = Math.max(a.y(), b.y());
            for (int j = 1; j < q.size(); j++) {
                Pt c = q.get(j - 1);
                Pt d = q.get(j);
                if (Math.max(c.x(), d.x()) < minX || Math.min(c.x(), d.x()) > maxX
                        || Math.max(c.y(), d.y()) < minY || Math.min(c.y(), d.y()) > maxY) {
                    continue;
                }
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

    /** Whether a segment a–b meets the box (Liang–Barsky clipping). */
    static boolean segmentMeets(Pt a, Pt b, Box box) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - box.minX(), box.maxX() - a.x(), a.y() - box.minY(), box.maxY() - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether any segment of a course meets the box. */
    static boolean through(List<Pt> course, Box box) {
        for (int i = 1; i < course.size(); i++) {
            Pt a = course.get(i - 1);
            Pt b = course.get(i);
            if (Math.max(a.x(), b.x()) < box.minX() || Math.min(a.x(), b.x()) > box.maxX()
                    || Math.max(a.y(), b.y()) < box.minY() || Math.min(a.y(), b.y()) > box.maxY()) {
                continue;
            }
            if (segmentMeets(a, b, box)) {
                return true;
            }
        }
        return false;
    }
}
