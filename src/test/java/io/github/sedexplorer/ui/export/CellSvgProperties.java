package io.github.sedexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.NodePosition;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Any drawing, however odd its text and coordinates, is a well-formed SVG that shows all of it. */
class CellSvgProperties {

    @Property(tries = 200)
    void anyDrawingParsesKeepsItsTextAndFitsTheViewBox(@ForAll("texts") List<String> texts,
                                                       @ForAll("points") List<NodePosition> points,
                                                       @ForAll @IntRange(min = 0, max = 40) int edgeSeed) throws Exception {
        int n = Math.min(texts.size(), points.size());
        List<SvgNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new SvgNode(i, texts.get(i), i % 2 == 0 ? "" : texts.get(n - 1 - i),
                    i % 3 == 0 ? SvgNode.BOX : SvgNode.CIRCLE, points.get(i), texts.get(i)));
        }
        List<SvgEdge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            int to = (i + 1 + edgeSeed) % n;
            if (to != i) {
                edges.add(new SvgEdge(i, to, texts.get(to), "#1f6fd1",
                        i % 4 == 1 ? List.of(points.get(0)) : List.of(), i % 2 == 0, texts.get(i)));
            }
        }
        String caption = String.join(" ", texts);
        String svg = CellSvg.render(nodes, edges, caption);
        assertEquals(svg, CellSvg.render(nodes, edges, caption));
        Document d = CellSvgTest.parse(svg);
        List<String> shown = CellSvgTest.texts(d);
        for (SvgNode node : nodes) {
            assertTrue(shown.contains(clean(node.label())), node.label());
        }
        assertEquals(edges.size(), CellSvgTest.all(d, "path").size());
        double[] vb = CellSvgTest.viewBox(d);
        for (Element c : CellSvgTest.inClass(d, "circle", "node")) {
            double x = Double.parseDouble(c.getAttribute("cx"));
            double y = Double.parseDouble(c.getAttribute("cy"));
            assertTrue(x - 24 >= vb[0] + 39.9 && x + 24 <= vb[0] + vb[2] - 39.9);
            assertTrue(y - 24 >= vb[1] + 39.9 && y + 24 <= vb[1] + vb[3] - 39.9);
        }
    }

    /** What a text becomes when XML cannot hold some of its characters. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c >= '\uFFFE') {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>&\"' ab_{}-1").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8));
        return text.list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<NodePosition>> points() {
        Arbitrary<Double> coordinate = Arbitraries.doubles().between(-5000, 5000);
        return Combinators.combine(coordinate, coordinate).as(NodePosition::new).list().ofMinSize(1).ofMaxSize(8);
    }
}
