package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.picture.Box;
import io.github.sedexplorer.picture.CellGeometry;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.EdgeGlyph;
import io.github.sedexplorer.picture.LabelGlyph;
import io.github.sedexplorer.picture.NodeGlyph;
import io.github.sedexplorer.picture.PictureStyle;
import io.github.sedexplorer.picture.SheetSvg;
import io.github.sedexplorer.ui.controls.GlyphShapes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Text;

/**
 * One cell drawn read-only at a given scale inside a given frame, so that several drawings line up,
 * from the same {@link CellGeometry} as the editor (in Compare's style). Edges and nodes that differ
 * from the reference get an orange halo and the style class {@code diff}; an edge the reference has
 * and this cell lacks is drawn dashed as "absent".
 */
final class CellDrawing extends Pane {

    static final Color HALO = Color.web("#f59e0b");

    private final CellPicture picture;

    /**
     * @param reference the cell this one is compared with (its edges this one lacks are drawn as absent), or null
     * @param diffEdges {@link CellDiff#key} of every differing from→to pair
     * @param idPrefix  ids become {@code <prefix>-<from>-<to>} for edges and {@code <nodePrefix>-<v>} for nodes
     */
    CellDrawing(Cell cell, Cell reference, Map<Integer, NodePosition> layout, Frame frame, double scale,
                Set<Long> diffEdges, Set<Integer> diffNodes, String idPrefix, String nodePrefix) {
        double marginX = margin(cell);
        double marginY = 64;
        getStyleClass().add("compare-drawing");
        double w = frame.width() * scale + 2 * marginX;
        double h = frame.height() * scale + 2 * marginY;
        setPrefSize(w, h);
        setMinSize(w, h);
        setMaxSize(w, h);
        Map<Integer, NodePosition> at = new HashMap<>();
        for (int v = 0; v < cell.nodeCount(); v++) {
            NodePosition p = layout.get(v);
            double x = p == null ? v * 180.0 : p.x();
            double y = p == null ? 0 : p.y();
            at.put(v, new NodePosition((x - frame.minX()) * scale + marginX, (y - frame.minY()) * scale + marginY));
        }
        picture = CellGeometry.of(cell, at, PictureStyle.COMPARE, notes(cell, reference, diffEdges));
        Group edges = new Group();
        Group labels = new Group();
        Group nodes = new Group();
        for (EdgeGlyph e : picture.edges()) {
            boolean diff = diffEdges.contains(CellDiff.key(e.from(), e.to()));
            edges.getChildren().add(edge(e, diff, idPrefix + "-" + e.from() + "-" + e.to()));
            if (e.label() != null) {
                labels.getChildren().add(label(e, diff, idPrefix + "-" + e.from() + "-" + e.to() + "-label"));
            }
        }
        for (NodeGlyph n : picture.nodes()) {
            javafx.scene.Node g = node(n, diffNodes.contains(n.node()));
            g.setId(nodePrefix + "-" + n.node());
            nodes.getChildren().add(g);
        }
        getChildren().addAll(edges, labels, nodes);
    }

    /** The picture this drawing shows. */
    CellPicture picture() {
        return picture;
    }

    /** The reference's edges this cell lacks, drawn as "absent"; NB101's differing edges labelled "new edge". */
    private static CellGeometry.Notes notes(Cell cell, Cell reference, Set<Long> diffEdges) {
        Map<Long, String> labels = new HashMap<>();
        List<Edge> extra = new ArrayList<>();
        if (reference != null) {
            for (Edge e : reference.edges()) {
                if (e.from() < cell.nodeCount() && e.to() < cell.nodeCount() && cell.edgeIndex(e.from(), e.to()) < 0) {
                    extra.add(new Edge(e.from(), e.to(), Op.NONE));
                    labels.put(CellGeometry.Notes.key(e.from(), e.to()), "absent");
                }
            }
        }
        if (cell.space().nodeLabelled()) {
            for (Edge e : cell.edges()) {
                if (diffEdges.contains(CellDiff.key(e.from(), e.to()))) {
                    labels.put(CellGeometry.Notes.key(e.from(), e.to()), "new edge");
                }
            }
        }
        return new CellGeometry.Notes(labels, extra);
    }

    static double margin(Cell cell) {
        return cell.space().nodeLabelled() ? 90 : 56;
    }

    private Group edge(EdgeGlyph e, boolean diff, String id) {
        Group g = new Group();
        g.setId(id);
        g.getStyleClass().add("compare-edge");
        if (diff) {
            g.getStyleClass().add("diff");
            Path halo = GlyphShapes.path(e.stroke());
            halo.setStroke(HALO);
            halo.setOpacity(0.55);
            halo.setStrokeWidth(13);
            halo.setStrokeLineCap(StrokeLineCap.ROUND);
            g.getChildren().add(halo);
        }
        Path line = GlyphShapes.stroke(e, picture.style());
        line.getStyleClass().add("compare-edge-line");
        if (diff) {
            line.setStrokeWidth(line.getStrokeWidth() + 1);
        }
        g.getChildren().addAll(line, GlyphShapes.arrow(e));
        return g;
    }

    private Group label(EdgeGlyph e, boolean diff, String id) {
        LabelGlyph l = e.label();
        Box b = l.box();
        Rectangle bg = new Rectangle(b.minX(), b.minY(), b.width(), b.height());
        bg.setArcWidth(6);
        bg.setArcHeight(6);
        bg.setFill(diff ? Color.web("#fff7e6") : Color.rgb(255, 255, 255, 0.9));
        if (diff) {
            bg.setStroke(HALO);
        }
        Text t = GlyphShapes.centred(l.text(), l.baseline(), l.font(), diff, SheetSvg.labelInk(e));
        Group g = new Group(bg, t);
        Line leader = GlyphShapes.leader(e);
        if (leader != null) {
            g.getChildren().add(0, leader);
        }
        g.setId(id);
        g.getStyleClass().add("compare-edge-label");
        if (diff) {
            g.getStyleClass().add("diff");
        }
        return g;
    }

    private javafx.scene.Node node(NodeGlyph n, boolean diff) {
        Group g = new Group();
        g.getStyleClass().add("compare-node");
        if (diff) {
            g.getStyleClass().add("diff");
            Shape halo = GlyphShapes.outline(n);
            halo.setStroke(HALO);
            halo.setStrokeWidth(12);
            halo.setFill(HALO);
            halo.setOpacity(0.55);
            g.getChildren().add(halo);
        }
        g.getChildren().add(GlyphShapes.outline(n));
        g.getChildren().addAll(GlyphShapes.texts(n));
        return g;
    }
}
