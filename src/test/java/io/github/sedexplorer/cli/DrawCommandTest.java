package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import picocli.CommandLine;

class DrawCommandTest {

    private static final String NB201 = "|nor_conv_3x3~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_1x1~1|none~2|";
    private static final String DARTS_V2 = "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), "
            + "('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], "
            + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], "
            + "reduce_concat=[2, 3, 4, 5])";

    record Run(int code, byte[] bytes, String err) {
        String out() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Run run(String stdin, String... args) {
        return run(new CommandLine(new SedExplorerCommand()), stdin, args);
    }

    static Run run(CommandLine cl, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SedExplorerCommand.run(cl, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code <text class="op">} elements: every edge label (and NB101's ops in boxes). */
    private static List<Element> opTexts(Document d) {
        List<Element> out = new ArrayList<>();
        NodeList texts = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals("op")) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void anNb201ArchStringIsWellFormedSvgWithOneOpLabelPerEdge() throws Exception {
        Run r = run("", "draw", "--space", "nb201", NB201);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Document d = xml(r.out());
        assertEquals("svg", d.getDocumentElement().getLocalName());
        List<Element> ops = opTexts(d);
        assertEquals(6, ops.size(), "one label per edge, none included");
        // |op~j| in the group of node i is the edge j -> i
        int node = 1;
        List<String> expected = new ArrayList<>();
        for (String group : NB201.split("\\+")) {
            Matcher m = Pattern.compile("([a-z_0-9]+)~(\\d)").matcher(group);
            while (m.find()) {
                expected.add(m.group(2) + "->" + node + " " + m.group(1));
            }
            node++;
        }
        List<String> drawn = new ArrayList<>();
        for (Element t : ops) {
            Element g = (Element) t.getParentNode();
            drawn.add(g.getAttribute("data-from") + "->" + g.getAttribute("data-to") + " " + t.getTextContent());
            assertFalse(t.getAttribute("x").isEmpty(), "x");
            assertFalse(t.getAttribute("y").isEmpty(), "y");
            Double.parseDouble(t.getAttribute("x"));
            Double.parseDouble(t.getAttribute("y"));
        }
        assertEquals(expected.stream().sorted().toList(), drawn.stream().sorted().toList());
        List<String> caption = caption(d);
        assertEquals("NAS-Bench-201", caption.get(0), "caption names the space");
        assertTrue(String.join("", caption).contains(NB201), "caption holds the arch string (wrapped anywhere): " + caption);
        assertTrue(String.join(" ", caption).matches(".*sed-path .* C = 16 · score [0-9.]+"), "model, C and score: " + caption);
    }

    @Test
    void standardInputIsReadWithDashOrWithoutArch() throws Exception {
        Run arg = run("", "draw", "--space", "nb201", NB201);
        Run dash = run("\n" + NB201 + "\n", "draw", "--space", "nb201", "-");
        Run none = run(NB201, "draw", "--space", "nb201");
        assertEquals(0, dash.code(), dash.err());
        assertEquals(0, none.code(), none.err());
        assertEquals(arg.out(), dash.out(), "a blank line first is skipped; the same picture");
        assertEquals(arg.out(), none.out());
        Run empty = run("\n\n", "draw", "--space", "nb201");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("standard input holds no architecture"), empty.err());
    }

    @Test
    void dartsDrawsBothCellsWithSixteenOpLabels() throws Exception {
        Run r = run("", "draw", "--space", "darts", DARTS_V2);
        assertEquals(0, r.code(), r.err());
        Document d = xml(r.out());
        NodeList groups = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        int cells = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            cells += ((Element) groups.item(i)).getAttribute("class").equals("cell") ? 1 : 0;
        }
        assertEquals(2, cells, "normal and reduce");
        List<String> expected = new ArrayList<>();
        Matcher m = Pattern.compile("'([a-z_0-9]+)'").matcher(DARTS_V2);
        while (m.find()) {
            expected.add(m.group(1));
        }
        assertEquals(16, expected.size());
        List<String> drawn = opTexts(d).stream().map(Element::getTextContent).toList();
        assertEquals(expected.stream().sorted().toList(), drawn.stream().sorted().toList());
        assertTrue(r.out().contains("normal cell") && r.out().contains("reduce cell"), "cell titles");
    }

    /** The caption's lines, as wrapped to the sheet's width. */
    private static List<String> caption(Document d) {
        List<String> out = new ArrayList<>();
        NodeList groups = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("caption")) {
                NodeList texts = g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
                for (int k = 0; k < texts.getLength(); k++) {
                    out.add(texts.item(k).getTextContent());
                }
            }
        }
        return out;
    }

    @Test
    void aDisconnectedCellIsCaptionedSo() throws Exception {
        Run r = run("", "draw", "--space", "nb201", "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|");
        assertEquals(0, r.code(), r.err());
        assertTrue(String.join(" ", caption(xml(r.out()))).endsWith("· score disconnected"), r.out());
    }

    @Test
    void pngAtScaleTwoToAFileDecodes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cell.png");
        Run r = run("", "draw", "--space", "nb201", "--format", "png", "--scale", "2", "--output", file.toString(), NB201);
        assertEquals(0, r.code(), r.err());
        assertEquals(0, r.bytes().length, "nothing on standard output");
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "ImageIO decodes the file");
        Matcher size = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(run("", "draw", "--space", "nb201", NB201).out());
        assertTrue(size.find());
        assertEquals(2 * Integer.parseInt(size.group(1)), image.getWidth(), "twice the SVG's width");
        assertEquals(2 * Integer.parseInt(size.group(2)), image.getHeight());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        Path svg = dir.resolve("cell.svg");
        assertEquals(0, run("", "draw", "--space", "darts", "--output", svg.toString(), DARTS_V2).code());
        xml(Files.readString(svg));
    }

    @Test
    void pngToStandardOutputIsRawBytesButNeverToATerminal() throws Exception {
        Run r = run(NB201 + "\n", "draw", "--space", "nb201", "--format", "png");
        assertEquals(0, r.code(), r.err());
        assertNotNull(ImageIO.read(new ByteArrayInputStream(r.bytes())), "the bytes are a PNG");
        CommandLine cl = new CommandLine(new SedExplorerCommand());
        ((DrawCommand) cl.getSubcommands().get("draw").getCommand()).terminal = () -> true;
        Run tty = run(cl, "", "draw", "--space", "nb201", "--format", "png", NB201);
        assertEquals(2, tty.code());
        assertEquals(0, tty.bytes().length);
        assertEquals("error: PNG to a terminal: use --output FILE or redirect", tty.err().strip());
    }

    @Test
    void aCellFileIsDrawnWithItsTitleFreeCellsToo() throws Exception {
        Run r = run("", "draw", "--cell", "samples/free-three-branches.json");
        assertEquals(0, r.code(), r.err());
        Document d = xml(r.out());
        assertEquals(26, opTexts(d).size(), "one label per edge of the twenty-node cell");
        assertTrue(r.out().contains("Free cell: three branches of six nodes · Free cell"), "the title leads the caption");
        assertTrue(r.out().contains("<g class=\"node dead\" id=\"node-18\">"), "node 18 feeds nothing: greyed");
        Run mismatch = run("", "draw", "--space", "nb201", "--cell", "samples/free-three-branches.json");
        assertEquals(2, mismatch.code());
        assertTrue(mismatch.err().contains("not NAS-Bench-201"), mismatch.err());
        Run missing = run("", "draw", "--cell", "no-such-file.json");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--cell no-such-file.json: cannot read cell file"), missing.err());
    }

    @Test
    void badInputExitsTwoWithAMessageSayingWhatAndWhere() {
        Run arch = run("", "draw", "--space", "nb201", "|nor_conv_3x3~0|+|conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|none~1|none~2|");
        assertEquals(2, arch.code());
        assertEquals(0, arch.bytes().length);
        assertTrue(arch.err().startsWith("error: ARCH: not a valid NB201 arch string: unknown operation 'conv_3x3'"), arch.err());
        assertTrue(arch.err().strip().endsWith("(at column 19)"), arch.err());
        Run line = run("\nhello\n", "draw", "--space", "nb201", "-");
        assertEquals(2, line.code());
        assertTrue(line.err().contains("standard input, line 2: not a valid NB201 arch string: "), line.err());
        assertTrue(line.err().contains("column 1"), line.err());
        Run scale = run("", "draw", "--space", "nb201", "--format", "png", "--scale", "5", NB201);
        assertEquals(2, scale.code());
        assertEquals("error: --scale: K must be 1, 2 or 3, not 5", scale.err().strip());
        Run svgScale = run("", "draw", "--space", "nb201", "--scale", "2", NB201);
        assertEquals(2, svgScale.code());
        assertTrue(svgScale.err().contains("--scale: an SVG drawing has no pixel scale"), svgScale.err());
        assertEquals(0, run("", "draw", "--space", "nb201", "--scale", "1", NB201).code(), "--scale 1 is an SVG's own");
        Run free = run("", "draw", "--space", "free", "x");
        assertEquals(2, free.code());
        assertTrue(free.err().contains("--space: free cells have no one-line format"), free.err());
        Run format = run("", "draw", "--space", "nb201", "--format", "jpeg", NB201);
        assertEquals(2, format.code());
        assertTrue(format.err().contains("--format: unknown format 'jpeg' (known: svg, png)"), format.err());
        for (Run r : List.of(arch, line, scale, svgScale, free, format)) {
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }
}
