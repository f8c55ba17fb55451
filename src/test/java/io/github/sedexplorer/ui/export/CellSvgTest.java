package io.github.sedexplorer.ui.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.OpFamily;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CellSvgTest {

    static final String SVG = "http://www.w3.org/2000/svg";
    /** The NB201 sample cell (API index 9930, best on CIFAR-100). */
    static final String BEST = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    /** Every op of NB201 once, and a cut edge 0->2. */
    static final String MIXED = "|nor_conv_3x3~0|+|none~0|nor_conv_1x1~1|+|skip_connect~0|avg_pool_3x3~1|nor_conv_3x3~2|";
    static final String NB101 = "{\"matrix\":[[0,1,1,0],[0,0,0,1],[0,0,0,1],[0,0,0,0]],"
            + "\"ops\":[\"input\",\"conv3x3-bn-relu\",\"maxpool3x3\",\"output\"]}";
    /** Roughly where the editor puts NB201 nodes. */
    static final Map<Integer, NodePosition> EDITOR = Map.of(0, new NodePosition(90, 270), 1, new NodePosition(330, 150),
            2, new NodePosition(570, 390), 3, new NodePosition(810, 270));

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

    static List<Element> inClass(Document d, String tag, String groupClass) {
        return all(d, tag).stream().filter(e -> ((Element) e.getParentNode()).getAttribute("class").equals(groupClass)).toList();
    }

    static List<String> texts(Document d) {
        return all(d, "text").stream().map(Element::getTextContent).toList();
    }

    @Test
    void nb201IsAWellFormedSvgDocumentWithEveryNodeEdgeAndLabel() throws Exception {
        Cell cell = Nb201ArchString.parse(MIXED);
        Document d = parse(CellSvg.of(cell, EDITOR, "SED 12.34"));
        Element root = d.getDocumentElement();
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals("background", all(d, "rect").get(0).getAttribute("class"));
        assertEquals("#ffffff", all(d, "rect").get(0).getAttribute("fill"));
        assertEquals(4, inClass(d, "circle", "node").size());
        assertEquals(0, inClass(d, "rect", "node").size());
        assertEquals(6, all(d, "path").size(), "five real edges and the dashed none edge");
        assertEquals(6, all(d, "polygon").size(), "one arrowhead per edge");
        List<String> texts = texts(d);
        for (String label : List.of("in", "1", "2", "out", "nor_conv_3x3", "none", "nor_conv_1x1", "skip_connect",
                "avg_pool_3x3", "SED 12.34")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertEquals(2, texts.stream().filter("nor_conv_3x3"::equals).count());
        Element caption = all(d, "text").stream().filter(t -> t.getAttribute("class").equals("caption")).findFirst().orElseThrow();
        assertEquals("SED 12.34", caption.getTextContent());
        assertEquals(root, caption.getParentNode());
        List<String> titles = all(d, "title").stream().map(Element::getTextContent).toList();
        assertTrue(titles.contains("0 → 3: skip_connect"), titles.toString());
        assertTrue(titles.contains("input"));
    }

    @Test
    void edgesTakeTheirOpColourAndNoneEdgesAreDashed() throws Exception {
        Cell cell = Nb201ArchString.parse(MIXED);
        Document d = parse(CellSvg.of(cell, EDITOR, null));
        List<Element> paths = all(d, "path");
        List<Element> heads = all(d, "polygon");
        for (int i = 0; i < cell.edgeCount(); i++) {
            Op op = cell.edge(i).op();
            assertEquals(OpPalette.hex(op), paths.get(i).getAttribute("stroke"), "edge " + cell.edge(i));
            assertEquals(OpPalette.hex(op), heads.get(i).getAttribute("fill"));
            assertEquals(!op.isReal(), paths.get(i).hasAttribute("stroke-dasharray"), "edge " + cell.edge(i));
        }
        assertEquals("#1f6fd1", paths.get(0).getAttribute("stroke"));
        assertEquals("#c8ccd2", paths.get(1).getAttribute("stroke"));
        assertEquals("#6da1e1", paths.get(2).getAttribute("stroke"));
        List<Element> labelTexts = inClass(d, "text", "edge-label");
        assertEquals(OpPalette.darker("#1f6fd1"), labelTexts.get(0).getAttribute("fill"));
    }

    @Test
    void paletteIsTheAppsWithKernelOneMixedTowardsWhite() {
        assertEquals("#1f6fd1", OpPalette.hex(Op.CONV_3X3));
        assertEquals("#6a3fc1", OpPalette.hex(Op.SEP_CONV_5X5));
        assertEquals("#0e8f8a", OpPalette.hex(Op.DIL_CONV_3X3));
        assertEquals("#d9822b", OpPalette.hex(Op.AVG_POOL_3X3));
        assertEquals("#c2413a", OpPalette.hex(Op.MAX_POOL_3X3));
        assertEquals("#5f6b7a", OpPalette.hex(Op.SKIP));
        assertEquals("#c8ccd2", OpPalette.hex(Op.NONE));
        // 0x1f=31 -> 31 + 224*0.35 = 109.4 -> 0x6d; 111 -> 161.4 -> 0xa1; 209 -> 225.1 -> 0xe1
        assertEquals("#6da1e1", OpPalette.hex(Op.CONV_1X1));
        // 65 -> 65 + 190*0.35 = 131.5 rounds half up to 0x84
        assertEquals("#d7847f", OpPalette.hex(new Op(OpFamily.MAX_POOL, 1)));
        assertEquals("#1f6fd1", OpPalette.hex(Op.conv(5)));
        assertEquals("#164e92", OpPalette.darker("#1f6fd1"));
    }

    @Test
    void textSurvivesEscapingThroughAParse() throws Exception {
        String nasty = "score <&>\"' 1 < 2 && 3 > 2";
        List<SvgNode> nodes = List.of(
                new SvgNode(0, "a<b", "x&y", SvgNode.BOX, new NodePosition(0, 0), "t\"'<"),
                new SvgNode(1, "\"q\"", null, SvgNode.CIRCLE, new NodePosition(200, 0), null));
        List<SvgEdge> edges = List.of(new SvgEdge(0, 1, "e<&>'", "#1f6fd1", null, false, "&amp;"));
        String svg = CellSvg.render(nodes, edges, nasty);
        Document d = parse(svg);
        List<String> texts = texts(d);
        for (String s : List.of(nasty, "a<b", "x&y", "\"q\"", "e<&>'")) {
            assertTrue(texts.contains(s), s + " in " + texts);
        }
        List<String> titles = all(d, "title").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("&amp;", "&amp;", "t\"'<"), titles, "edge, edge label, node 0; node 1 has no title");
        assertFalse(svg.contains("<&>"));
    }

    @Test
    void unrepresentableCharactersDoNotBreakTheDocument() throws Exception {
        String caption = "bell\u0007 lone\uD800 ok \uD83D\uDE00";
        Document d = parse(CellSvg.render(List.of(), List.of(), caption));
        assertEquals("bell\uFFFD lone\uFFFD ok \uD83D\uDE00", texts(d).get(0));
    }

    @Test
    void viewBoxHoldsEveryNodeWithItsMargin() throws Exception {
        Cell cell = Nb201ArchString.parse(MIXED);
        Map<Integer, NodePosition> scattered = Map.of(0, new NodePosition(-1234.567, 88.125),
                1, new NodePosition(15.5, -400), 2, new NodePosition(333.333, 700));
        for (Map<Integer, NodePosition> positions : List.of(EDITOR, Map.<Integer, NodePosition>of(), scattered)) {
            Document d = parse(CellSvg.of(cell, positions, "caption"));
            double[] vb = viewBox(d);
            for (Element c : inClass(d, "circle", "node")) {
                double x = Double.parseDouble(c.getAttribute("cx"));
                double y = Double.parseDouble(c.getAttribute("cy"));
                double r = Double.parseDouble(c.getAttribute("r"));
                assertEquals(24, r);
                assertTrue(x - r >= vb[0] + 40 - 0.01 && x + r <= vb[0] + vb[2] - 40 + 0.01, "x " + x + " in " + List.of(vb));
                assertTrue(y - r >= vb[1] + 40 - 0.01 && y + r <= vb[1] + vb[3] - 40 + 0.01, "y " + y);
            }
            Element bg = all(d, "rect").get(0);
            assertEquals(vb[0], Double.parseDouble(bg.getAttribute("x")));
            assertEquals(vb[2], Double.parseDouble(bg.getAttribute("width")));
        }
    }

    static double[] viewBox(Document d) {
        String[] parts = d.getDocumentElement().getAttribute("viewBox").split(" ");
        double[] vb = new double[4];
        for (int i = 0; i < 4; i++) {
            vb[i] = Double.parseDouble(parts[i]);
        }
        return vb;
    }

    @Test
    void nb101OpsSitOnNodesAsBoxesAndEdgesAreUnlabelled() throws Exception {
        Cell cell = Nb101Spec.parse(NB101);
        Document d = parse(CellSvg.of(cell, null, null));
        List<Element> boxes = inClass(d, "rect", "node");
        assertEquals(2, boxes.size());
        assertEquals(2, inClass(d, "circle", "node").size());
        List<String> sublabels = all(d, "text").stream().filter(t -> t.getAttribute("class").equals("sublabel"))
                .map(Element::getTextContent).toList();
        assertEquals(List.of("conv3x3-bn-relu", "maxpool3x3"), sublabels);
        assertEquals(4, all(d, "path").size());
        assertTrue(inClass(d, "text", "edge-label").isEmpty());
        for (Element p : all(d, "path")) {
            assertEquals(OpPalette.hex(Op.SKIP), p.getAttribute("stroke"));
        }
        double[] vb = viewBox(d);
        for (Element b : boxes) {
            double x = Double.parseDouble(b.getAttribute("x"));
            double w = Double.parseDouble(b.getAttribute("width"));
            assertTrue(w >= 64 && x >= vb[0] + 40 - 0.01 && x + w <= vb[0] + vb[2] - 40 + 0.01);
        }
        assertEquals(List.of("in", "1", "conv3x3-bn-relu", "2", "maxpool3x3", "out"), texts(d));
    }

    @Test
    void dartsNamesItsInputsAndLeavesTheConcatUnlabelled() throws Exception {
        Cell normal = CellFile.read(Path.of("samples/darts-v2.json")).architecture().cells().get(0);
        Document d = parse(CellSvg.of(normal, null, null));
        List<String> texts = texts(d);
        assertTrue(texts.containsAll(List.of("c_{k-2}", "c_{k-1}", "2", "5", "out", "sep_conv_3x3", "dil_conv_3x3")));
        assertEquals(12, all(d, "path").size());
        assertEquals(8, inClass(d, "text", "edge-label").size(), "the 4 edges into the output are a concatenation");
    }

    @Test
    void outputIsDeterministicAndLocaleIndependent() {
        Cell cell = Nb201ArchString.parse(MIXED);
        Map<Integer, NodePosition> thirds = Map.of(1, new NodePosition(100.0 / 3, 200.0 / 3));
        String first = CellSvg.of(cell, thirds, "SED 1.5");
        assertEquals(first, CellSvg.of(cell, thirds, "SED 1.5"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first, CellSvg.of(cell, thirds, "SED 1.5"));
        } finally {
            Locale.setDefault(before);
        }
        Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(first.replaceAll("<title>.*?</title>|>[^<]*</text>", ""));
        int numbers = 0;
        while (m.find()) {
            numbers++;
            assertTrue(m.group(1) == null || m.group(1).length() <= 3, "at most 2 decimals: " + m.group());
        }
        assertTrue(numbers > 50);
        assertTrue(first.contains("33.33"), "1/3 positions are cut to 2 decimals");
    }

    @Test
    void edgesAvoidNodesOnTheFallbackLine() throws Exception {
        Cell cell = Nb201ArchString.parse(BEST);
        Document d = parse(CellSvg.of(cell, Map.of(), null));
        List<Element> paths = all(d, "path");
        // 0->1, 1->2 and 2->3 join neighbours; 0->2, 0->3 and 1->3 pass over a node and must bend round it
        boolean[] curved = {false, true, false, true, true, false};
        for (int i = 0; i < 6; i++) {
            assertEquals(curved[i], paths.get(i).getAttribute("d").contains("Q"), "edge " + cell.edge(i));
        }
        assertTrue(paths.get(0).getAttribute("d").startsWith("M24,0 L"), paths.get(0).getAttribute("d"));
    }

    @Test
    void bendsAreFollowedByStraightSegments() throws Exception {
        List<SvgNode> nodes = List.of(new SvgNode(0, "a", "", SvgNode.CIRCLE, new NodePosition(0, 0), ""),
                new SvgNode(1, "b", "", SvgNode.CIRCLE, new NodePosition(200, 0), ""));
        SvgEdge e = new SvgEdge(0, 1, "", "#5f6b7a",
                List.of(new NodePosition(0, 100), new NodePosition(200, 100)), true, "");
        Document d = parse(CellSvg.render(nodes, List.of(e), ""));
        Element path = all(d, "path").get(0);
        assertEquals("M0,24 L0,100 L200,100 L200,31.2", path.getAttribute("d"));
        assertEquals("6 4", path.getAttribute("stroke-dasharray"));
        assertEquals("200,24 194.5,36 205.5,36", all(d, "polygon").get(0).getAttribute("points"));
        assertTrue(all(d, "text").stream().noneMatch(t -> t.getAttribute("class").equals("caption")));
    }

    @Test
    void nodesOnTopOfEachOtherStillGiveADocument() throws Exception {
        NodePosition same = new NodePosition(5, 5);
        List<SvgNode> nodes = List.of(new SvgNode(0, "a", "", SvgNode.CIRCLE, same, ""),
                new SvgNode(1, "b", "op", SvgNode.BOX, same, ""));
        String svg = CellSvg.render(nodes, List.of(new SvgEdge(0, 1, "x", "#5f6b7a", null, false, "")), null);
        assertFalse(svg.contains("NaN") || svg.contains("Infinity"));
        assertEquals(1, all(parse(svg), "path").size());
    }

    @Test
    void rejectsDrawingsThatCannotBeDrawn() {
        SvgNode a = new SvgNode(0, "a", "", SvgNode.CIRCLE, new NodePosition(0, 0), "");
        assertThrows(IllegalArgumentException.class, () -> CellSvg.render(List.of(a, a), List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> CellSvg.render(List.of(a), List.of(new SvgEdge(0, 1, "", "#000000", null, false, null)), null));
        assertThrows(IllegalArgumentException.class, () -> new SvgEdge(0, 1, "", "red", null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new SvgEdge(1, 1, "", "#000000", null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new SvgNode(0, "a", "", "hexagon", new NodePosition(0, 0), ""));
    }

    @Test
    void writesASampleForPeopleToLookAt() throws Exception {
        Cell cell = Nb201ArchString.parse(BEST);
        String svg = CellSvg.of(cell, EDITOR, "NB201 #9930 · SED 3.57");
        parse(svg);
        Path out = Path.of("target/svg-sample.svg");
        Files.createDirectories(out.getParent());
        Files.writeString(out, svg, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/svg-sample-line.svg"), CellSvg.of(Nb201ArchString.parse(MIXED), null, "fallback"));
        Files.writeString(Path.of("target/svg-sample-nb101.svg"), CellSvg.of(Nb101Spec.parse(NB101), null, "NB101"));
        Cell darts = CellFile.read(Path.of("samples/darts-v2.json")).architecture().cells().get(0);
        Files.writeString(Path.of("target/svg-sample-darts.svg"), CellSvg.of(darts, null, "DARTS_V2 normal"));
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void exportNeedsNoJavaFx() {
        noClasses().that().resideInAPackage("..sedexplorer.ui.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.sedexplorer.ui.export"));
    }
}
