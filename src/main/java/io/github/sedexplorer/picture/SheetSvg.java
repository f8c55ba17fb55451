package io.github.sedexplorer.picture;

import static io.github.sedexplorer.picture.SvgText.escape;
import static io.github.sedexplorer.picture.SvgText.num;

import io.github.sedexplorer.cell.NodeRole;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Sheet} as a standalone SVG 1.1 document. Every glyph is placed with absolute
 * coordinates (no transforms), every operation label is a {@code <text class="op">} holding exactly
 * the operation's benchmark name, every node name a {@code <text class="name">}, so scripts can read
 * a picture back. Same input, same bytes: numbers have at most two decimals and no locale.
 */
public final class SheetSvg {

    static final String INK = "#24292f";
    static final String DEAD_INK = "#9ca3af";
    static final String DEAD_FILL = "#f3f4f6";
    static final String INPUT_FILL = "#eef2f7";

    private SheetSvg() {
    }

    public static String of(Sheet sheet) {
        Box b = sheet.bounds();
        StringBuilder svg = new StringBuilder(8192);
        String w = num(Math.ceil(b.width()));
        String h = num(Math.ceil(b.height()));
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"").append(num(b.minX())).append(' ').append(num(b.minY())).append(' ').append(w).append(' ').append(h)
                .append("\" font-family=\"").append(SvgText.FONT).append("\">\n")
                .append("  <rect class=\"background\" x=\"").append(num(b.minX())).append("\" y=\"").append(num(b.minY()))
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"#ffffff\"/>\n");
        for (int i = 0; i < sheet.panels().size(); i++) {
            panel(svg, i, sheet.panels().get(i));
        }
        List<String> caption = sheet.caption();
        if (!caption.isEmpty()) {
            svg.append("  <g class=\"caption\" font-size=\"").append(num(Sheet.CAPTION_FONT)).append("\" fill=\"").append(INK).append("\">\n");
            for (int i = 0; i < caption.size(); i++) {
                Pt at = sheet.captionAt(i);
                svg.append("    <text x=\"").append(num(at.x())).append("\" y=\"").append(num(at.y())).append("\">")
                        .append(escape(caption.get(i))).append("</text>\n");
            }
            svg.append("  </g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, int index, Sheet.Panel panel) {
        CellPicture p = panel.picture();
        svg.append("  <g class=\"cell\" id=\"cell-").append(index).append("\">\n");
        if (panel.titleAt() != null) {
            svg.append("    <text class=\"cell-title\" x=\"").append(num(panel.titleAt().x())).append("\" y=\"").append(num(panel.titleAt().y()))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(num(Sheet.TITLE_FONT)).append("\" font-weight=\"bold\" fill=\"")
                    .append(INK).append("\">").append(escape(panel.title())).append("</text>\n");
        }
        svg.append("    <g class=\"edges\" fill=\"none\" stroke-linejoin=\"round\">\n");
        for (EdgeGlyph e : p.edges()) {
            edge(svg, e, p.style());
        }
        svg.append("    </g>\n    <g class=\"edge-labels\" text-anchor=\"middle\" font-size=\"").append(num(p.style().edgeFont())).append("\">\n");
        for (EdgeGlyph e : p.edges()) {
            label(svg, e);
        }
        svg.append("    </g>\n    <g class=\"nodes\" text-anchor=\"middle\">\n");
        for (NodeGlyph n : p.nodes()) {
            node(svg, n);
        }
        svg.append("    </g>\n  </g>\n");
    }

    /** How wide an edge's stroke is: thinner for concatenations and greyed edges. */
    public static double strokeWidth(EdgeGlyph e, PictureStyle style) {
        return e.kind() == EdgeGlyph.Kind.CONCAT || e.kind() == EdgeGlyph.Kind.DEAD ? style.stroke() * 0.6 : style.stroke();
    }

    private static void edge(StringBuilder svg, EdgeGlyph e, PictureStyle style) {
        svg.append("      <g class=\"edge ").append(e.kind().name().toLowerCase(Locale.ROOT)).append("\" data-from=\"")
                .append(e.from()).append("\" data-to=\"").append(e.to()).append("\">");
        title(svg, e.title());
        svg.append("<path d=\"").append(e.stroke().pathData()).append("\" stroke=\"").append(e.colour()).append("\" stroke-width=\"")
                .append(num(strokeWidth(e, style))).append('"');
        if (e.dashed()) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append("/><polygon points=\"");
        for (int i = 0; i < e.arrow().size(); i++) {
            svg.append(i == 0 ? "" : " ").append(Route.xy(e.arrow().get(i)));
        }
        svg.append("\" fill=\"").append(e.colour()).append("\" stroke=\"none\"/></g>\n");
    }

    private static void label(StringBuilder svg, EdgeGlyph e) {
        LabelGlyph l = e.label();
        if (l == null) {
            return;
        }
        Box b = l.box();
        svg.append("      <g class=\"edge-label\" data-from=\"").append(e.from()).append("\" data-to=\"").append(e.to()).append("\">");
        title(svg, e.title());
        if (l.leader() != null) {
            Pt c = b.centre();
            svg.append("<line x1=\"").append(num(c.x())).append("\" y1=\"").append(num(c.y())).append("\" x2=\"").append(num(l.leader().x()))
                    .append("\" y2=\"").append(num(l.leader().y())).append("\" stroke=\"").append(e.colour())
                    .append("\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>");
        }
        svg.append("<rect x=\"").append(num(b.minX())).append("\" y=\"").append(num(b.minY())).append("\" width=\"").append(num(b.width()))
                .append("\" height=\"").append(num(b.height())).append("\" rx=\"4\" ry=\"4\" fill=\"#ffffff\" fill-opacity=\"0.92\"/>");
        Pt t = l.baseline();
        svg.append("<text class=\"op\" x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y())).append("\" fill=\"")
                .append(labelInk(e)).append("\">").append(escape(l.text())).append("</text></g>\n");
    }

    /** The label's text colour: the op's colour darkened, grey for greyed and cut edges. */
    public static String labelInk(EdgeGlyph e) {
        return e.kind() == EdgeGlyph.Kind.LIVE ? OpColours.darker(e.colour()) : "#6b7280";
    }

    private static void node(StringBuilder svg, NodeGlyph n) {
        Pt c = n.centre();
        svg.append("      <g class=\"node").append(n.live() ? "" : " dead").append("\" id=\"node-").append(n.node()).append("\">");
        title(svg, n.title());
        if (n.circle()) {
            svg.append("<circle cx=\"").append(num(c.x())).append("\" cy=\"").append(num(c.y())).append("\" r=\"").append(num(n.halfWidth())).append('"');
        } else {
            svg.append("<rect x=\"").append(num(c.x() - n.halfWidth())).append("\" y=\"").append(num(c.y() - n.halfHeight()))
                    .append("\" width=\"").append(num(2 * n.halfWidth())).append("\" height=\"").append(num(2 * n.halfHeight()))
                    .append("\" rx=\"8\" ry=\"8\"");
        }
        svg.append(" fill=\"").append(fill(n)).append("\" stroke=\"").append(outline(n))
                .append("\" stroke-width=\"2\"").append(n.live() ? "" : " stroke-dasharray=\"4 3\"").append("/>");
        String ink = ink(n);
        Pt name = n.nameAt();
        svg.append("<text class=\"name\" x=\"").append(num(name.x())).append("\" y=\"").append(num(name.y())).append("\" font-size=\"")
                .append(num(n.nameFont())).append("\" font-weight=\"bold\" fill=\"").append(ink).append("\">").append(escape(n.name())).append("</text>");
        if (!n.op().isEmpty()) {
            Pt op = n.opAt();
            svg.append("<text class=\"op\" x=\"").append(num(op.x())).append("\" y=\"").append(num(op.y())).append("\" font-size=\"")
                    .append(num(n.opFont())).append("\" fill=\"").append(ink).append("\">").append(escape(n.op())).append("</text>");
        }
        svg.append("</g>\n");
    }

    /** A node's outline colour: its op's (NB101) or ink, grey when greyed. */
    public static String outline(NodeGlyph n) {
        return n.live() ? n.colour() : DEAD_INK;
    }

    /** The colour of a node's name and op. */
    public static String ink(NodeGlyph n) {
        return n.live() ? INK : DEAD_INK;
    }

    /** A node's fill: light for inputs and outputs, white inside, grey when greyed. */
    public static String fill(NodeGlyph n) {
        if (!n.live()) {
            return DEAD_FILL;
        }
        return n.role() == NodeRole.INTERMEDIATE ? "#ffffff" : INPUT_FILL;
    }

    private static void title(StringBuilder svg, String title) {
        if (!title.isEmpty()) {
            svg.append("<title>").append(escape(title)).append("</title>");
        }
    }
}
