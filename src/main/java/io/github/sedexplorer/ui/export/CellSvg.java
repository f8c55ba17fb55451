package io.github.sedexplorer.ui.export;

import static io.github.sedexplorer.ui.export.SvgText.escape;
import static io.github.sedexplorer.ui.export.SvgText.num;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodePosition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a drawn cell as a standalone SVG 1.1 document: white background, edges coloured by op
 * with arrowheads and labels on a white rounded background, nodes as circles or boxes, an optional
 * caption under the drawing, {@code <title>} tooltips. The view box fits the content with a 40-unit
 * margin. Same input, same bytes: numbers have at most two decimals and no locale.
 */
public final class CellSvg {

    static final double MARGIN = 40;
    static final double EDGE_FONT = 11;
    static final double CAPTION_FONT = 14;
    private static final String INK = "#24292f";

    private CellSvg() {
    }

    /**
     * Draws a cell with {@link CellSvgParts}: positions from the map, a fallback for nodes without one.
     *
     * @param positions node index to position; may be null or miss nodes
     * @param caption   a line under the drawing (e.g. the score), or null for none
     */
    public static String of(Cell cell, Map<Integer, NodePosition> positions, String caption) {
        return render(CellSvgParts.nodes(cell, positions), CellSvgParts.edges(cell), caption);
    }

    /**
     * @param caption a line under the drawing, or null / "" for none
     * @throws IllegalArgumentException when two nodes share an id or an edge names a node not in the list
     */
    public static String render(List<SvgNode> nodes, List<SvgEdge> edges, String caption) {
        Map<Integer, NodeShape> shapes = shapes(nodes);
        Router router = new Router(shapes);
        List<Router.Drawn> drawn = new ArrayList<>();
        for (SvgEdge e : edges) {
            if (e == null) {
                throw new IllegalArgumentException("an edge is missing");
            }
            for (int id : new int[] {e.from(), e.to()}) {
                if (!shapes.containsKey(id)) {
                    throw new IllegalArgumentException("edge " + e.from() + "->" + e.to() + " names node " + id + ", which is not drawn");
                }
            }
            drawn.add(router.route(e));
        }
        Bounds box = new Bounds();
        shapes.values().forEach(s -> box.add(s.centre(), s.halfWidth(), s.halfHeight()));
        for (Router.Drawn d : drawn) {
            d.samples().forEach(p -> box.add(p, 3, 3));
            d.arrow().forEach(p -> box.add(p, 1, 1));
            if (!d.edge().label().isEmpty()) {
                box.add(d.labelAt(), EdgeLabels.labelHalfWidth(d.edge().label()), EdgeLabels.LABEL_HALF_HEIGHT);
            }
        }
        String text = caption == null ? "" : caption;
        Pt captionAt = null;
        if (!text.isEmpty()) {
            captionAt = new Pt(box.empty() ? 0 : (box.minX + box.maxX) / 2, (box.empty() ? 0 : box.maxY) + 30);
            box.add(new Pt(captionAt.x(), captionAt.y() - 5), SvgText.width(text, CAPTION_FONT, false) / 2, 10);
        }
        if (box.empty()) {
            box.add(new Pt(0, 0), 0, 0);
        }
        StringBuilder svg = new StringBuilder(4096);
        open(svg, box);
        svg.append("  <g class=\"edges\" fill=\"none\" stroke-width=\"2.5\" stroke-linejoin=\"round\">\n");
        for (int i = 0; i < drawn.size(); i++) {
            edge(svg, i, drawn.get(i));
        }
        svg.append("  </g>\n  <g class=\"edge-labels\" text-anchor=\"middle\" font-size=\"").append(num(EDGE_FONT)).append("\">\n");
        for (Router.Drawn d : drawn) {
            label(svg, d);
        }
        svg.append("  </g>\n  <g class=\"nodes\" text-anchor=\"middle\" fill=\"").append(INK).append("\">\n");
        for (NodeShape s : shapes.values()) {
            node(svg, s);
        }
        svg.append("  </g>\n");
        if (captionAt != null) {
            svg.append("  <text class=\"caption\" x=\"").append(num(captionAt.x())).append("\" y=\"").append(num(captionAt.y()))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(num(CAPTION_FONT)).append("\" fill=\"").append(INK)
                    .append("\">").append(escape(text)).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static Map<Integer, NodeShape> shapes(List<SvgNode> nodes) {
        Map<Integer, NodeShape> shapes = new LinkedHashMap<>();
        for (SvgNode n : nodes) {
            if (n == null) {
                throw new IllegalArgumentException("a node is missing");
            }
            if (shapes.put(n.id(), NodeShape.of(n)) != null) {
                throw new IllegalArgumentException("two nodes have id " + n.id());
            }
        }
        return shapes;
    }

    private static void open(StringBuilder svg, Bounds box) {
        double x = box.minX - MARGIN;
        double y = box.minY - MARGIN;
        double w = box.maxX - box.minX + 2 * MARGIN;
        double h = box.maxY - box.minY + 2 * MARGIN;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(Math.ceil(w)))
                .append("\" height=\"").append(num(Math.ceil(h))).append("\" viewBox=\"").append(num(x)).append(' ').append(num(y))
                .append(' ').append(num(Math.ceil(w))).append(' ').append(num(Math.ceil(h)))
                .append("\" font-family=\"").append(SvgText.FONT).append("\">\n")
                .append("  <rect class=\"background\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(Math.ceil(w))).append("\" height=\"").append(num(Math.ceil(h)))
                .append("\" fill=\"#ffffff\"/>\n");
    }

    private static void edge(StringBuilder svg, int index, Router.Drawn d) {
        SvgEdge e = d.edge();
        svg.append("    <g class=\"edge\" id=\"edge-").append(index).append("\">");
        title(svg, e.title());
        svg.append("<path d=\"").append(d.stroke().pathData()).append("\" stroke=\"").append(e.colour()).append('"');
        if (e.dashed()) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append("/><polygon points=\"");
        for (int i = 0; i < d.arrow().size(); i++) {
            svg.append(i == 0 ? "" : " ").append(Route.xy(d.arrow().get(i)));
        }
        svg.append("\" fill=\"").append(e.colour()).append("\" stroke=\"none\"/></g>\n");
    }

    private static void label(StringBuilder svg, Router.Drawn d) {
        String text = d.edge().label();
        if (text.isEmpty()) {
            return;
        }
        double hw = EdgeLabels.labelHalfWidth(text);
        Pt at = d.labelAt();
        svg.append("    <g class=\"edge-label\">");
        title(svg, d.edge().title());
        svg.append("<rect x=\"").append(num(at.x() - hw)).append("\" y=\"").append(num(at.y() - EdgeLabels.LABEL_HALF_HEIGHT))
                .append("\" width=\"").append(num(2 * hw)).append("\" height=\"").append(num(2 * EdgeLabels.LABEL_HALF_HEIGHT)).append("\" rx=\"4\" ry=\"4\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>")
                .append("<text x=\"").append(num(at.x())).append("\" y=\"").append(num(at.y() + 0.36 * EDGE_FONT))
                .append("\" fill=\"").append(OpPalette.darker(d.edge().colour())).append("\">").append(escape(text))
                .append("</text></g>\n");
    }

    private static void node(StringBuilder svg, NodeShape s) {
        SvgNode n = s.node();
        Pt c = s.centre();
        svg.append("    <g class=\"node\" id=\"node-").append(n.id()).append("\">");
        title(svg, n.title());
        if (s.circle()) {
            svg.append("<circle cx=\"").append(num(c.x())).append("\" cy=\"").append(num(c.y())).append("\" r=\"")
                    .append(num(NodeShape.RADIUS)).append('"');
        } else {
            svg.append("<rect x=\"").append(num(c.x() - s.halfWidth())).append("\" y=\"").append(num(c.y() - s.halfHeight()))
                    .append("\" width=\"").append(num(2 * s.halfWidth())).append("\" height=\"").append(num(2 * s.halfHeight()))
                    .append("\" rx=\"8\" ry=\"8\"");
        }
        svg.append(" fill=\"#ffffff\" stroke=\"").append(INK).append("\" stroke-width=\"2\"/>");
        double font = s.labelFont();
        boolean two = !n.sublabel().isEmpty();
        double labelY = two ? c.y() - 3 : c.y() + 0.36 * font;
        svg.append("<text class=\"label\" x=\"").append(num(c.x())).append("\" y=\"").append(num(labelY))
                .append("\" font-size=\"").append(num(font)).append("\" font-weight=\"bold\">").append(escape(n.label())).append("</text>");
        if (two) {
            svg.append("<text class=\"sublabel\" x=\"").append(num(c.x())).append("\" y=\"").append(num(c.y() + 13))
                    .append("\" font-size=\"").append(num(NodeShape.SUBLABEL_FONT)).append("\">").append(escape(n.sublabel())).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void title(StringBuilder svg, String title) {
        if (!title.isEmpty()) {
            svg.append("<title>").append(escape(title)).append("</title>");
        }
    }

    /** The extent of everything drawn. */
    private static final class Bounds {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;

        void add(Pt p, double halfWidth, double halfHeight) {
            minX = Math.min(minX, p.x() - halfWidth);
            maxX = Math.max(maxX, p.x() + halfWidth);
            minY = Math.min(minY, p.y() - halfHeight);
            maxY = Math.max(maxY, p.y() + halfHeight);
        }

        boolean empty() {
            return minX > maxX;
        }
    }
}
