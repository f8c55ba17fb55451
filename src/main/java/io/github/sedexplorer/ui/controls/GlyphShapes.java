package io.github.sedexplorer.ui.controls;

import io.github.sedexplorer.picture.Box;
import io.github.sedexplorer.picture.EdgeGlyph;
import io.github.sedexplorer.picture.LabelGlyph;
import io.github.sedexplorer.picture.NodeGlyph;
import io.github.sedexplorer.picture.PictureStyle;
import io.github.sedexplorer.picture.Pt;
import io.github.sedexplorer.picture.Route;
import io.github.sedexplorer.picture.SheetSvg;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** JavaFX shapes for the glyphs of a {@link io.github.sedexplorer.picture.CellPicture}: the same places and colours as the SVG. */
public final class GlyphShapes {

    private GlyphShapes() {
    }

    public static Color colour(String hex) {
        return Color.web(hex);
    }

    /** The route as a path, unfilled. */
    public static Path path(Route r) {
        List<Pt> p = r.points();
        Path path = new Path(new MoveTo(p.get(0).x(), p.get(0).y()));
        if (r.isCurve()) {
            path.getElements().add(new QuadCurveTo(p.get(1).x(), p.get(1).y(), p.get(2).x(), p.get(2).y()));
        } else {
            for (int i = 1; i < p.size(); i++) {
                path.getElements().add(new LineTo(p.get(i).x(), p.get(i).y()));
            }
        }
        path.setFill(null);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        return path;
    }

    /** An edge's stroke in its colour and width, dashed for a cut edge. */
    public static Path stroke(EdgeGlyph e, PictureStyle style) {
        Path path = path(e.stroke());
        path.setStroke(colour(e.colour()));
        path.setStrokeWidth(SheetSvg.strokeWidth(e, style));
        if (e.dashed()) {
            path.getStrokeDashArray().addAll(6.0, 4.0);
        }
        return path;
    }

    public static Polygon arrow(EdgeGlyph e) {
        Polygon head = new Polygon();
        for (Pt p : e.arrow()) {
            head.getPoints().addAll(p.x(), p.y());
        }
        head.setFill(colour(e.colour()));
        return head;
    }

    /** The dashed leader from an off-edge label to its edge, or null for a label on its edge. */
    public static Line leader(EdgeGlyph e) {
        LabelGlyph l = e.label();
        if (l == null || l.leader() == null) {
            return null;
        }
        Pt c = l.centre();
        Line line = new Line(c.x(), c.y(), l.leader().x(), l.leader().y());
        line.setStroke(colour(e.colour()));
        line.getStrokeDashArray().addAll(2.0, 2.0);
        line.setMouseTransparent(true);
        return line;
    }

    /** A node's outline, filled as the SVG fills it; greyed and dashed when the node is dead. */
    public static Shape outline(NodeGlyph n) {
        Shape s;
        Pt c = n.centre();
        if (n.circle()) {
            s = new Circle(c.x(), c.y(), n.halfWidth());
        } else {
            Box b = n.box();
            Rectangle r = new Rectangle(b.minX(), b.minY(), b.width(), b.height());
            r.setArcWidth(16);
            r.setArcHeight(16);
            s = r;
        }
        s.setFill(colour(SheetSvg.fill(n)));
        s.setStroke(colour(SheetSvg.outline(n)));
        s.setStrokeWidth(2);
        if (!n.live()) {
            s.getStrokeDashArray().addAll(4.0, 3.0);
        }
        return s;
    }

    /** Text centred on a baseline point. */
    public static Text centred(String s, Pt baseline, double size, boolean bold, String hex) {
        Text t = new Text(s);
        t.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        t.setFill(colour(hex));
        t.setTextOrigin(VPos.BASELINE);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setX(baseline.x() - t.getLayoutBounds().getWidth() / 2);
        t.setY(baseline.y());
        t.setMouseTransparent(true);
        return t;
    }

    /** A node's name (and NB101 op) as texts. */
    public static List<Text> texts(NodeGlyph n) {
        String ink = SheetSvg.ink(n);
        Text name = centred(n.name(), n.nameAt(), n.nameFont(), true, ink);
        return n.op().isEmpty() ? List.of(name) : List.of(name, centred(n.op(), n.opAt(), n.opFont(), false, ink));
    }
}
