package io.github.sedexplorer.layout;

import io.github.sedexplorer.cell.NodePosition;

import java.util.List;

/** Counts proper crossings between segments of different polylines. */
final class PolylineCrossings {

    private PolylineCrossings() {
    }

    static int count(List<List<NodePosition>> routes) {
        int total = 0;
        for (int i = 0; i < routes.size(); i++) {
            for (int j = i + 1; j < routes.size(); j++) {
                total += count(routes.get(i), routes.get(j));
            }
        }
        return total;
    }

    private static int count(List<NodePosition> a, List<NodePosition> b) {
        int c = 0;
        for (int s = 1; s < a.size(); s++) {
            for (int t = 1; t < b.size(); t++) {
                if (cross(a.get(s - 1), a.get(s), b.get(t - 1), b.get(t))) {
                    c++;
                }
            }
        }
        return c;
    }

    /** Whether the open segments pq and rs cross at one point inside both. */
    static boolean cross(NodePosition p, NodePosition q, NodePosition r, NodePosition s) {
        if (Math.max(p.x(), q.x()) < Math.min(r.x(), s.x()) || Math.max(r.x(), s.x()) < Math.min(p.x(), q.x())) {
            return false;
        }
        int d1 = side(p, q, r);
        int d2 = side(p, q, s);
        int d3 = side(r, s, p);
        int d4 = side(r, s, q);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static int side(NodePosition a, NodePosition b, NodePosition c) {
        double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
        return cross > 0 ? 1 : cross < 0 ? -1 : 0;
    }
}
