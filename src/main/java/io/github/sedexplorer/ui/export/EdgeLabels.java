package io.github.sedexplorer.ui.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Places edge labels: halfway along the edge unless the label would cover a node or a label placed
 * before it; then a bit to either side, and back to halfway when nothing is free.
 */
final class EdgeLabels {

    static final double LABEL_HALF_HEIGHT = 9;
    /** Where along its edge a label may sit, best first. */
    private static final double[] LABEL_SPOTS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};

    private final Collection<NodeShape> nodes;
    /** Placed labels as {minX, minY, maxX, maxY}. */
    private final List<double[]> labels = new ArrayList<>();

    EdgeLabels(Collection<NodeShape> nodes) {
        this.nodes = nodes;
    }

    static double labelHalfWidth(String text) {
        return SvgText.width(text, CellSvg.EDGE_FONT, false) / 2 + 5;
    }

    Pt place(String text, List<Pt> samples) {
        if (text.isEmpty()) {
            return along(samples, 0.5);
        }
        double hw = labelHalfWidth(text);
        for (double f : LABEL_SPOTS) {
            Pt at = along(samples, f);
            double[] box = {at.x() - hw, at.y() - LABEL_HALF_HEIGHT, at.x() + hw, at.y() + LABEL_HALF_HEIGHT};
            if (free(box)) {
                labels.add(box);
                return at;
            }
        }
        Pt at = along(samples, 0.5);
        labels.add(new double[] {at.x() - hw, at.y() - LABEL_HALF_HEIGHT, at.x() + hw, at.y() + LABEL_HALF_HEIGHT});
        return at;
    }

    private boolean free(double[] box) {
        for (double[] other : labels) {
            if (box[0] < other[2] + 2 && other[0] < box[2] + 2 && box[1] < other[3] + 2 && other[1] < box[3] + 2) {
                return false;
            }
        }
        for (NodeShape s : nodes) {
            Pt c = s.centre();
            if (box[0] < c.x() + s.halfWidth() && c.x() - s.halfWidth() < box[2]
                    && box[1] < c.y() + s.halfHeight() && c.y() - s.halfHeight() < box[3]) {
                return false;
            }
        }
        return true;
    }

    /** The point at a fraction of the length of a sampled course. */
    static Pt along(List<Pt> samples, double fraction) {
        double total = 0;
        for (int i = 1; i < samples.size(); i++) {
            total += samples.get(i).distance(samples.get(i - 1));
        }
        double left = total * fraction;
        for (int i = 1; i < samples.size(); i++) {
            double seg = samples.get(i).distance(samples.get(i - 1));
            if (left <= seg && seg > 0) {
                return Pt.lerp(samples.get(i - 1), samples.get(i), left / seg);
            }
            left -= seg;
        }
        return samples.get(samples.size() - 1);
    }
}
