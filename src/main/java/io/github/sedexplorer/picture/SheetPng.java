package io.github.sedexplorer.picture;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Sheet} with Java2D, headless: the same glyphs, colours, dashes and text baselines as
 * {@link SheetSvg} (the reference), in the same order (per cell: title, edges, labels, nodes; then the
 * caption). Only the fonts differ: Java's logical sans-serif, measured for real to centre each text.
 */
public final class SheetPng {

    private SheetPng() {
    }

    /**
     * @param scale 1, 2 or 3: pixels per drawing unit; the image is the SVG's size (bounds rounded up) times scale
     * @throws IllegalArgumentException for another scale
     */
    public static BufferedImage render(Sheet sheet, int scale) {
        if (scale < 1 || scale > 3) {
            throw new IllegalArgumentException("a PNG scale is 1, 2 or 3, not " + scale);
        }
        Box b = sheet.bounds();
        int w = (int) Math.ceil(b.width());
        int h = (int) Math.ceil(b.height());
        BufferedImage image = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            g.translate(-b.minX(), -b.minY());
            for (Sheet.Panel panel : sheet.panels()) {
                panel(g, panel);
            }
            for (int i = 0; i < sheet.caption().size(); i++) {
                Pt at = sheet.captionAt(i);
                text(g, sheet.caption().get(i), at, Sheet.CAPTION_FONT, false, SheetSvg.INK, false);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The sheet as PNG bytes. @throws IllegalArgumentException for a scale other than 1, 2 or 3 */
    public static byte[] png(Sheet sheet, int scale) {
        BufferedImage image = render(sheet, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in javax.imageio");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        }
        return out.toByteArray();
    }

    private static void panel(Graphics2D g, Sheet.Panel panel) {
        CellPicture p = panel.picture();
        if (panel.titleAt() != null) {
            text(g, panel.title(), panel.titleAt(), Sheet.TITLE_FONT, true, SheetSvg.INK, true);
        }
        for (EdgeGlyph e : p.edges()) {
            edge(g, e, p.style());
        }
        for (EdgeGlyph e : p.edges()) {
            label(g, e);
        }
        for (NodeGlyph n : p.nodes()) {
            node(g, n);
        }
    }

    private static void edge(Graphics2D g, EdgeGlyph e, PictureStyle style) {
        List<Pt> pts = e.stroke().points();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(pts.get(0).x(), pts.get(0).y());
        if (e.stroke().isCurve()) {
            path.quadTo(pts.get(1).x(), pts.get(1).y(), pts.get(2).x(), pts.get(2).y());
        } else {
            for (int i = 1; i < pts.size(); i++) {
                path.lineTo(pts.get(i).x(), pts.get(i).y());
            }
        }
        g.setColor(colour(e.colour()));
        g.setStroke(stroke(SheetSvg.strokeWidth(e, style), e.dashed() ? new float[] {6, 4} : null));
        g.draw(path);
        Path2D.Double arrow = new Path2D.Double();
        for (int i = 0; i < e.arrow().size(); i++) {
            Pt a = e.arrow().get(i);
            if (i == 0) {
                arrow.moveTo(a.x(), a.y());
            } else {
                arrow.lineTo(a.x(), a.y());
            }
        }
        arrow.closePath();
        g.fill(arrow);
    }

    private static void label(Graphics2D g, EdgeGlyph e) {
        LabelGlyph l = e.label();
        if (l == null) {
            return;
        }
        Box b = l.box();
        if (l.leader() != null) {
            Pt c = b.centre();
            g.setColor(colour(e.colour()));
            g.setStroke(stroke(1, new float[] {2, 2}));
            g.draw(new Line2D.Double(c.x(), c.y(), l.leader().x(), l.leader().y()));
        }
        Composite before = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.92f));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(b.minX(), b.minY(), b.width(), b.height(), 8, 8)); // rx = ry = 4
        g.setComposite(before);
        text(g, l.text(), l.baseline(), l.font(), false, SheetSvg.labelInk(e), true);
    }

    private static void node(Graphics2D g, NodeGlyph n) {
        Pt c = n.centre();
        Shape outline = n.circle()
                ? new Ellipse2D.Double(c.x() - n.halfWidth(), c.y() - n.halfWidth(), 2 * n.halfWidth(), 2 * n.halfWidth())
                : new RoundRectangle2D.Double(c.x() - n.halfWidth(), c.y() - n.halfHeight(), 2 * n.halfWidth(), 2 * n.halfHeight(), 16, 16);
        g.setColor(colour(SheetSvg.fill(n)));
        g.fill(outline);
        g.setColor(colour(SheetSvg.outline(n)));
        g.setStroke(stroke(2, n.live() ? null : new float[] {4, 3}));
        g.draw(outline);
        String ink = SheetSvg.ink(n);
        text(g, n.name(), n.nameAt(), n.nameFont(), true, ink, true);
        if (!n.op().isEmpty()) {
            text(g, n.op(), n.opAt(), n.opFont(), false, ink, true);
        }
    }

    /** A line of text with its baseline at {@code at}: centred there (SVG text-anchor middle) or starting there. */
    private static void text(Graphics2D g, String s, Pt at, double size, boolean bold, String ink, boolean centred) {
        if (s.isEmpty()) {
            return;
        }
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        g.setColor(colour(ink));
        double x = centred ? at.x() - g.getFontMetrics().getStringBounds(s, g).getWidth() / 2 : at.x();
        g.drawString(s, (float) x, (float) at.y());
    }

    /** Butt caps (SVG's default) and round joins, dashed when a pattern is given. */
    private static BasicStroke stroke(double width, float[] dash) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    private static Color colour(String hex) {
        return Color.decode(hex);
    }
}
