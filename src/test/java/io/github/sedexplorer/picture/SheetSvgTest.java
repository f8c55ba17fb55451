package io.github.sedexplorer.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.layout.RandomCells;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SheetSvgTest {

    static final String SVG = "http://www.w3.org/2000/svg";
    /** Every op of NB201 once, and a cut edge 0->2. */
    static final String MIXED = "|nor_conv_3x3~0|+|none~0|nor_conv_1x1~1|+|skip_connect~0|avg_pool_3x3~1|nor_conv_3x3~2|";
    /** Two nodes that nothing reaches the output from: NAS-Bench-101 prunes them. */
    static final String NB101_DEAD = "{\"matrix\":[[0,1,0,1,0],[0,0,0,1,0],[0,0,0,0,1],[0,0,0,0,1],[0,0,0,0,0]],"
            + "\"ops\":[\"input\",\"conv3x3-bn-relu\",\"maxpool3x3\",\"conv1x1-bn-relu\",\"output\"]}";

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> all(Document d, String tag) {
        NodeList list = d.getElementsByTagNameNS(SVG, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> ofClass(Document d, String tag, String cls) {
        return all(d, tag).stream().filter(e -> e.getAttribute("class").equals(cls)).toList();
    }

    static String svg(Cell cell, String... caption) {
        return SheetSvg.of(Sheet.of(CellDocument.of(Architecture.of(cell)), List.of(caption)));
    }

    @Test
    void nb201IsAWellFormedDocumentWithEveryOpAsAnAbsolutelyPlacedText() throws Exception {
        Cell cell = Nb201ArchString.parse(MIXED);
        Document d = parse(svg(cell, "NB201 · SED 12.34"));
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals("#ffffff", all(d, "rect").get(0).getAttribute("fill"));
        assertEquals(4, all(d, "circle").size());
        assertEquals(6, all(d, "path").size(), "five real edges and the dashed none edge");
        assertEquals(6, all(d, "polygon").size(), "one arrowhead per edge");
        List<String> ops = ofClass(d, "text", "op").stream().map(Element::getTextContent).sorted().toList();
        assertEquals(List.of("avg_pool_3x3", "none", "nor_conv_1x1", "nor_conv_3x3", "nor_conv_3x3", "skip_connect"), ops);
        for (Element t : ofClass(d, "text", "op")) {
            Double.parseDouble(t.getAttribute("x"));
            Double.parseDouble(t.getAttribute("y"));
        }
        assertEquals(List.of("in", "1", "2", "out"), ofClass(d, "text", "name").stream().map(Element::getTextContent).toList());
        assertTrue(all(d, "g").stream().noneMatch(g -> g.hasAttribute("transform")), "no transforms");
        assertEquals("NB201 · SED 12.34", all(d, "text").get(all(d, "text").size() - 1).getTextContent());
    }

    @Test
    void edgesTakeTheirOpColourAndNoneEdgesAreDashed() throws Exception {
        Cell cell = Nb201ArchString.parse(MIXED);
        Document d = parse(svg(cell));
        List<Element> paths = all(d, "path");
        for (int i = 0; i < cell.edgeCount(); i++) {
            Op op = cell.edge(i).op();
            assertEquals(OpColours.hex(op), paths.get(i).getAttribute("stroke"), "edge " + cell.edge(i));
            assertEquals(!op.isReal(), paths.get(i).hasAttribute("stroke-dasharray"), "edge " + cell.edge(i));
        }
        assertEquals("#1f6fd1", paths.get(0).getAttribute("stroke"));
        assertEquals("#c8ccd2", paths.get(1).getAttribute("stroke"));
        assertEquals("#6da1e1", paths.get(2).getAttribute("stroke"), "kernel 1 is the family colour 35 % towards white");
    }

    @Test
    void dartsIsDrawnAsPlotGenotypeDoesSideBySideWithConcatEdgesApart() throws Exception {
        Architecture v2 = PublishedGenotypes.all().stream().filter(g -> g.name().equals("DARTS_V2")).findFirst().orElseThrow().architecture();
        Sheet sheet = Sheet.of(CellDocument.of(v2), List.of("DARTS_V2"));
        Document d = parse(SheetSvg.of(sheet));
        assertEquals(List.of("normal cell", "reduce cell"), ofClass(d, "text", "cell-title").stream().map(Element::getTextContent).toList());
        List<String> names = ofClass(d, "text", "name").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("c_{k-2}", "c_{k-1}", "0", "1", "2", "3", "c_{k}"), names.subList(0, 7));
        assertEquals(16, ofClass(d, "text", "op").size(), "eight operations a cell; the concat edges have no label");
        assertEquals(8, ofClass(d, "g", "edge concat").size());
        Box normal = sheet.panels().get(0).picture().bounds();
        Box reduce = sheet.panels().get(1).picture().bounds();
        assertTrue(normal.maxX() < reduce.minX(), "side by side");
        assertEquals(normal.minY(), reduce.minY(), 1e-9);
    }

    @Test
    void deadNodesAndEdgesAreGreyed() throws Exception {
        Cell cell = Nb101Spec.fromMatrix(new int[][] {{0, 1, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}, {0, 0, 0, 0}},
                List.of("input", "conv3x3-bn-relu", "maxpool3x3", "output"));
        // free cell: 0->1->3 live, 0->2 dead end
        Cell free = Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.INTERMEDIATE, Node.INTERMEDIATE, Node.OUTPUT),
                List.of(new Edge(0, 1, Op.CONV_3X3), new Edge(1, 3, Op.CONV_3X3), new Edge(0, 2, Op.SKIP)));
        CellPicture p = CellGeometry.of(free, null, PictureStyle.EDITOR);
        assertTrue(p.node(1).live());
        assertFalse(p.node(2).live());
        assertEquals(EdgeGlyph.Kind.DEAD, p.edge(0, 2).kind());
        assertEquals(EdgeGlyph.Kind.LIVE, p.edge(0, 1).kind());
        Document d = parse(svg(free));
        assertEquals(1, ofClass(d, "g", "node dead").size());
        assertEquals(1, ofClass(d, "g", "edge dead").size());
        assertEquals(4, Nb101Spec.prune(cell).nodeCount() + 1, "the spec's node 2 is pruned by NB101 itself");
        CellPicture branches = CellGeometry.of(CellFile.read(Path.of("samples/free-three-branches.json")).architecture().cell(), null,
                PictureStyle.EDITOR);
        assertEquals(List.of(18), branches.nodes().stream().filter(n -> !n.live()).map(NodeGlyph::node).toList());
        assertEquals(List.of("17->18"), branches.edges().stream().filter(e -> e.kind() == EdgeGlyph.Kind.DEAD)
                .map(e -> e.from() + "->" + e.to()).toList());
    }

    @Test
    void nb101OpsSitInBoxesUnderTheNodeName() throws Exception {
        Cell cell = Nb101Spec.parse("{\"matrix\":[[0,1,1,0],[0,0,0,1],[0,0,0,1],[0,0,0,0]],"
                + "\"ops\":[\"input\",\"conv3x3-bn-relu\",\"maxpool3x3\",\"output\"]}");
        Document d = parse(svg(cell));
        assertEquals(List.of("conv3x3-bn-relu", "maxpool3x3"), ofClass(d, "text", "op").stream().map(Element::getTextContent).toList());
        assertEquals(2, all(d, "rect").size() - 1 - 0, "two op boxes besides the background");
    }

    @Test
    void outputIsDeterministicAndLocaleIndependent() {
        Cell cell = Nb201ArchString.parse(MIXED);
        String a = svg(cell, "x");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(a, svg(cell, "x"));
        } finally {
            Locale.setDefault(before);
        }
        assertFalse(a.matches("(?s).*\\d,\\d\\d\"(?s).*"), "no decimal commas");
    }

    @Test
    void theViewBoxHoldsEveryGlyph() throws Exception {
        Random r = new Random(7);
        for (int k = 0; k < 40; k++) {
            Cell cell = RandomCells.dag(r, 2 + r.nextInt(20), r.nextInt(40));
            Sheet sheet = Sheet.of(CellDocument.of(Architecture.of(cell)), List.of("a caption that is long enough to wrap at some point "
                    + "because it goes on and on and on about the cell and its many, many edges"));
            Box b = sheet.bounds();
            for (CellPicture.Text t : sheet.panels().get(0).picture().texts()) {
                assertTrue(b.minX() <= t.box().minX() && t.box().maxX() <= b.maxX() && b.minY() <= t.box().minY()
                        && t.box().maxY() <= b.maxY(), t + " outside " + b);
            }
            assertTrue(sheet.captionAt(sheet.caption().size() - 1).y() < b.maxY());
            parse(SheetSvg.of(sheet));
        }
    }

    @Test
    void textSurvivesEscapingThroughAParse() throws Exception {
        String caption = "a < b & \"c\" 'd' \u0001 \uD83D\uDE00";
        Document d = parse(svg(Nb201ArchString.parse(MIXED), caption));
        List<Element> texts = all(d, "text");
        assertEquals("a < b & \"c\" 'd' \uFFFD \uD83D\uDE00", texts.get(texts.size() - 1).getTextContent());
    }

    @Test
    void writesSamplesForPeopleToLookAt() throws Exception {
        Path dir = Path.of("target/pictures");
        Files.createDirectories(dir);
        for (PublishedGenotypes.Named g : PublishedGenotypes.all()) {
            if (List.of("DARTS_V2", "PC_DARTS_cifar", "SNAS_aggressive").contains(g.name())) {
                Files.writeString(dir.resolve(g.name() + ".svg"), SheetSvg.of(Sheet.of(CellDocument.of(g.architecture()), List.of(g.name()))));
            }
        }
        Files.writeString(dir.resolve("nb101-dead.svg"), svg(Nb101Spec.fromMatrix(new int[][] {{0, 1, 0, 1, 0}, {0, 0, 0, 1, 0},
                {0, 0, 0, 0, 1}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 0}}, List.of("input", "conv3x3-bn-relu", "maxpool3x3",
                "conv1x1-bn-relu", "output")), "NB101"));
        Files.writeString(dir.resolve("free20.svg"), svg(RandomCells.dag(new Random(20), 20, 34), "free 20"));
        CellDocument sample = CellFile.read(Path.of("samples/nb201-best-cifar100.json"));
        Files.writeString(dir.resolve("nb201.svg"), SheetSvg.of(Sheet.of(sample, List.of("nb201"))));
        assertTrue(Files.size(dir.resolve("nb201.svg")) > 1000);
    }

}
