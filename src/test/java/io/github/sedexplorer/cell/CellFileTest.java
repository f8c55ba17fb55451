package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellFileTest {

    static final String NB201_ARCH =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|";

    static CellDocument nb201() {
        Cell cell = Nb201ArchString.parse(NB201_ARCH);
        return new CellDocument(Architecture.of(cell),
                List.of(Map.of(0, new NodePosition(40, 120), 3, new NodePosition(-0.0, 1e-300))),
                "My \"cell\"", "line1\nline2");
    }

    static CellDocument transNas() {
        Cell cell = TransNasCode.parse("64-41414-3_02_120");
        return new CellDocument(Architecture.of(cell), List.of(Map.of(1, new NodePosition(0.1, 0.2))), "tnb", "");
    }

    static Cell nb101Cell() {
        List<Node> nodes = List.of(Node.INPUT, Node.interior(Op.CONV_3X3), Node.interior(Op.MAX_POOL_3X3),
                Node.interior(Op.CONV_1X1), Node.OUTPUT);
        List<Edge> edges = List.of(new Edge(0, 1, Op.SKIP), new Edge(0, 2, Op.SKIP), new Edge(1, 3, Op.SKIP),
                new Edge(2, 3, Op.SKIP), new Edge(3, 4, Op.SKIP), new Edge(0, 4, Op.SKIP));
        return Cell.of(SearchSpace.NB101, nodes, edges);
    }

    static CellDocument nb101() {
        return new CellDocument(Architecture.of(nb101Cell()),
                List.of(Map.of(0, new NodePosition(0, 0), 4, new NodePosition(300, 0))), "", "from NB101");
    }

    static Cell dartsCell(Op a, Op b) {
        List<Node> nodes = List.of(Node.INPUT, Node.INPUT, Node.INTERMEDIATE, Node.INTERMEDIATE,
                Node.INTERMEDIATE, Node.INTERMEDIATE, Node.OUTPUT);
        // node 2 lists its inputs as (1, 0): DARTS keeps the pair order as written
        List<Edge> edges = List.of(new Edge(1, 2, a), new Edge(0, 2, b),
                new Edge(0, 3, a), new Edge(2, 3, b), new Edge(1, 4, Op.SKIP), new Edge(3, 4, a),
                new Edge(2, 5, Op.DIL_CONV_5X5), new Edge(4, 5, Op.MAX_POOL_3X3),
                new Edge(2, 6, Op.SKIP), new Edge(3, 6, Op.SKIP), new Edge(4, 6, Op.SKIP), new Edge(5, 6, Op.SKIP));
        return Cell.of(SearchSpace.DARTS, nodes, edges);
    }

    static CellDocument darts() {
        Architecture arch = Architecture.darts(dartsCell(Op.SEP_CONV_3X3, Op.SKIP), dartsCell(Op.AVG_POOL_3X3, Op.SEP_CONV_5X5));
        return new CellDocument(arch, List.of(Map.of(6, new NodePosition(1, 2)), Map.of(0, new NodePosition(3, 4))),
                "darts", "");
    }

    /** Node order 0, 3, 1, 2 is topological, index order is not; the output is node 2. */
    static Cell freeCell() {
        List<Node> nodes = List.of(Node.INPUT, Node.INTERMEDIATE, Node.OUTPUT, Node.INTERMEDIATE, Node.INTERMEDIATE);
        List<Edge> edges = List.of(new Edge(0, 3, Op.conv(7)), new Edge(3, 1, Op.SEP_CONV_5X5),
                new Edge(1, 2, Op.SKIP), new Edge(0, 4, Op.NONE), new Edge(4, 2, Op.MAX_POOL_3X3));
        return Cell.of(SearchSpace.FREE, nodes, edges);
    }

    static CellDocument free() {
        return new CellDocument(Architecture.of(freeCell()),
                List.of(Map.of(0, new NodePosition(1, 1), 1, new NodePosition(2, 2), 2, new NodePosition(3, 3),
                        3, new NodePosition(4, 4), 4, new NodePosition(5, 5))), "free", "");
    }

    static String valid() {
        return CellFile.write(nb201());
    }

    static <T extends Throwable> T fails(Class<T> type, String json) {
        return assertThrows(type, () -> CellFile.read(json));
    }

    // --- round trips

    @Test
    void everySpaceRoundTrips() {
        for (CellDocument d : List.of(nb201(), transNas(), nb101(), darts(), free())) {
            String text = CellFile.write(d);
            CellDocument back = CellFile.read(text);
            assertEquals(d, back, text);
            assertEquals(text, CellFile.write(back));
        }
    }

    @Test
    void aByteOrderMarkBeforeTheDocumentIsNoPartOfIt(@TempDir Path dir) throws IOException {
        // editors on Windows save UTF-8 with a BOM; it was "malformed JSON: Unexpected character ('\ufeff' ...)"
        for (CellDocument d : List.of(nb201(), nb101(), darts())) {
            Path f = dir.resolve(d.architecture().space().id() + ".json");
            Files.write(f, ("\uFEFF" + CellFile.write(d)).getBytes(StandardCharsets.UTF_8));
            assertEquals(CellFile.write(d), CellFile.write(CellFile.read(f)));
        }
        io.github.sedexplorer.sed.ModelSpec spec = new io.github.sedexplorer.sed.ModelSpec("bom", false, 4,
                Map.of(Op.CONV_3X3, 1.5));
        assertEquals(spec, io.github.sedexplorer.sed.ModelFile.read("\uFEFF" + io.github.sedexplorer.sed.ModelFile.write(spec)));
    }

    @Test
    void freeCellNeedNotBeNumberedTopologically() {
        Cell cell = freeCell();
        assertEquals(List.of(0, 3, 1, 4, 2), Arrays.stream(cell.topologicalOrder()).boxed().toList());
        assertEquals(cell, CellFile.read(CellFile.write(free())).architecture().cell());
    }

    @Test
    void writesTheDocumentedLayout() {
        String expected = """
                {
                  "format": "sed-explorer-cell",
                  "version": 1,
                  "space": "nb201",
                  "title": "My \\"cell\\"",
                  "notes": "line1\\nline2",
                  "cells": [
                    {
                      "name": "cell",
                      "nodes": [
                        { "id": 0, "role": "input", "op": null, "x": 40.0, "y": 120.0 },
                        { "id": 1, "role": "intermediate", "op": null },
                        { "id": 2, "role": "intermediate", "op": null },
                        { "id": 3, "role": "output", "op": null, "x": -0.0, "y": 1.0E-300 }
                      ],
                      "edges": [
                        { "from": 0, "to": 1, "op": "nor_conv_3x3" },
                        { "from": 0, "to": 2, "op": "nor_conv_3x3" },
                        { "from": 1, "to": 2, "op": "avg_pool_3x3" },
                        { "from": 0, "to": 3, "op": "skip_connect" },
                        { "from": 1, "to": 3, "op": "nor_conv_3x3" },
                        { "from": 2, "to": 3, "op": "skip_connect" }
                      ]
                    }
                  ]
                }
                """;
        assertEquals(expected, CellFile.write(nb201()));
    }

    @Test
    void nb101OpsSitOnInteriorNodesAndEdgesCarryNone() {
        String text = CellFile.write(nb101());
        assertTrue(text.contains("{ \"id\": 1, \"role\": \"intermediate\", \"op\": \"conv3x3-bn-relu\" }"), text);
        assertTrue(text.contains("{ \"id\": 2, \"role\": \"intermediate\", \"op\": \"maxpool3x3\" }"), text);
        assertTrue(text.contains("{ \"id\": 0, \"role\": \"input\", \"op\": null, \"x\": 0.0, \"y\": 0.0 }"), text);
        assertTrue(text.contains("{ \"from\": 3, \"to\": 4, \"op\": null }"), text);
    }

    @Test
    void dartsWritesNormalThenReduceAndKeepsPairOrder() {
        String text = CellFile.write(darts());
        assertTrue(text.indexOf("\"name\": \"normal\"") < text.indexOf("\"name\": \"reduce\""));
        assertTrue(text.contains("{ \"from\": 1, \"to\": 2, \"op\": \"sep_conv_3x3\" },\n"
                + "        { \"from\": 0, \"to\": 2, \"op\": \"skip_connect\" }"), text);
        Cell normal = CellFile.read(text).architecture().cells().get(0);
        assertEquals(1, normal.incoming(2).get(0).from());
    }

    @Test
    void readsNodesInAnyOrderAndOpAliases() {
        String text = """
                {"format": "sed-explorer-cell", "version": 1, "space": "NAS-Bench-201",
                 "cells": [{"nodes": [{"id": 3, "role": "output"}, {"id": 1, "role": "intermediate", "x": 5, "y": -6},
                                      {"id": 0, "role": "input"}, {"id": 2, "role": "intermediate", "op": null}],
                            "edges": [{"from": 2, "to": 3, "op": "skip"}, {"from": 0, "to": 1, "op": "conv_3x3"},
                                      {"from": 0, "to": 2, "op": "NOR_CONV_1X1"}, {"from": 1, "to": 2, "op": "zero"},
                                      {"from": 0, "to": 3, "op": "avg_pool_3x3"}, {"from": 1, "to": 3, "op": "identity"}]}]}
                """;
        CellDocument d = CellFile.read(text);
        Cell expected = Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_1x1~0|none~1|+|avg_pool_3x3~0|skip_connect~1|skip_connect~2|");
        assertEquals(expected, d.architecture().cell());
        assertEquals(Map.of(1, new NodePosition(5, -6)), d.layout(0));
        assertEquals("", d.title());
        assertEquals("", d.notes());
    }

    @Test
    void documentWithoutPositionsOrTitle() {
        CellDocument d = CellDocument.of(Architecture.of(freeCell()));
        assertEquals(List.of(Map.of()), d.layouts());
        assertEquals("", d.title());
        assertEquals(d, CellFile.read(CellFile.write(d)));
        assertEquals(d, new CellDocument(d.architecture(), null, null, null));
    }

    @Test
    void documentChecksItsLayouts() {
        Architecture arch = Architecture.of(freeCell());
        SedException size = assertThrows(SedException.class,
                () -> new CellDocument(arch, List.of(Map.of(), Map.of()), "", ""));
        assertEquals("the architecture has 1 cells but the document has 2 layouts", size.getMessage());
        SedException node = assertThrows(SedException.class,
                () -> new CellDocument(arch, List.of(Map.of(5, new NodePosition(0, 0))), "", ""));
        assertEquals("the cell layout places node 5, but the cell has nodes 0..4", node.getMessage());
        assertThrows(SedException.class, () -> new NodePosition(Double.NaN, 0));
        assertThrows(SedException.class, () -> new NodePosition(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void layoutsAreImmutableAndSortedCopies() {
        Map<Integer, NodePosition> m = new java.util.HashMap<>(Map.of(3, new NodePosition(1, 1), 0, new NodePosition(2, 2)));
        List<Map<Integer, NodePosition>> layouts = new ArrayList<>(List.of(m));
        CellDocument d = new CellDocument(Architecture.of(freeCell()), layouts, "", "");
        m.clear();
        assertEquals(List.of(0, 3), List.copyOf(d.layout(0).keySet()));
        assertThrows(UnsupportedOperationException.class, () -> d.layout(0).put(1, new NodePosition(0, 0)));
    }

    // --- files

    @Test
    void atomicWriteReplacesAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cell.sedcell.json");
        Files.writeString(file, "old content");
        CellFile.write(nb201(), file);
        assertEquals(valid(), Files.readString(file));
        CellFile.write(darts(), file);
        assertEquals(darts(), CellFile.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void everySpaceRoundTripsThroughAFile(@TempDir Path dir) {
        int i = 0;
        for (CellDocument d : List.of(nb201(), transNas(), nb101(), darts(), free())) {
            Path file = dir.resolve("cell" + i++ + ".json");
            CellFile.write(d, file);
            assertEquals(d, CellFile.read(file));
        }
    }

    @Test
    void ioErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        SedException read = assertThrows(SedException.class, () -> CellFile.read(missing));
        assertTrue(read.getMessage().startsWith("cannot read cell file " + missing + ": "), read.getMessage());

        Path noDir = dir.resolve("no-such-dir").resolve("cell.json");
        SedException write = assertThrows(SedException.class, () -> CellFile.write(nb201(), noDir));
        assertTrue(write.getMessage().startsWith("cannot write cell file " + noDir + ": "), write.getMessage());

        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        SedException bad = assertThrows(SedException.class, () -> CellFile.read(binary));
        assertTrue(bad.getMessage().startsWith("cannot read cell file " + binary + ": "), bad.getMessage());

        Path aDir = dir.resolve("a-directory");
        Files.createDirectory(aDir);
        Files.writeString(aDir.resolve("inside"), "x", StandardCharsets.UTF_8);
        SedException onDir = assertThrows(SedException.class, () -> CellFile.write(nb201(), aDir));
        assertTrue(onDir.getMessage().startsWith("cannot write cell file " + aDir + ": "), onDir.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("a-directory", "binary.json"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temp file is left behind after a failed move");
        }
    }

    // --- errors: what and where

    @Test
    void missingSpace() {
        CellFormatException e = fails(CellFormatException.class, valid().replace("  \"space\": \"nb201\",\n", ""));
        assertEquals("$.space", e.position());
        assertEquals("missing \"space\" (at $.space)", e.getMessage());
    }

    @Test
    void unknownSpace() {
        CellFormatException e = fails(CellFormatException.class, valid().replace("\"nb201\"", "\"nb999\""));
        assertEquals("unknown search space \"nb999\" (one of nb201, transnas, nb101, darts, free) (at $.space)",
                e.getMessage());
    }

    @Test
    void unknownOp() {
        String text = valid().replace("{ \"from\": 0, \"to\": 3, \"op\": \"skip_connect\" }",
                "{ \"from\": 0, \"to\": 3, \"op\": \"sep_conv_3x3\" }");
        CellFormatException e = fails(CellFormatException.class, text);
        assertEquals("$.cells[0].edges[3].op", e.position());
        assertEquals("unknown operation \"sep_conv_3x3\" (NAS-Bench-201 has none, skip_connect, nor_conv_1x1, "
                + "nor_conv_3x3, avg_pool_3x3) (at $.cells[0].edges[3].op)", e.getMessage());
    }

    @Test
    void edgeToAMissingNode() {
        String text = valid().replace("{ \"from\": 1, \"to\": 2, \"op\": \"avg_pool_3x3\" }",
                "{ \"from\": 1, \"to\": 9, \"op\": \"avg_pool_3x3\" }");
        CellFormatException e = fails(CellFormatException.class, text);
        assertEquals("there is no node 9; the cell has nodes 0..3 (at $.cells[0].edges[2].to)", e.getMessage());
    }

    @Test
    void cycleInAFreeCellNamesTheCell() {
        String text = CellFile.write(free()).replace("{ \"from\": 1, \"to\": 2, \"op\": \"skip\" }",
                "{ \"from\": 1, \"to\": 4, \"op\": \"skip\" }").replace("{ \"from\": 0, \"to\": 4, \"op\": \"none\" }",
                "{ \"from\": 4, \"to\": 3, \"op\": \"none\" }");
        CellRuleException e = fails(CellRuleException.class, text);
        assertEquals("no cycles", e.rule());
        assertEquals("Free cell rule \"no cycles\" broken: the edges form a cycle: nodes 1, 3, 4 (at $.cells[0])",
                e.getMessage());
        assertTrue(e.getCause() instanceof CellRuleException);
    }

    @Test
    void ruleBrokenInTheReduceCellNamesIt() {
        String text = CellFile.write(darts());
        int reduce = text.indexOf("\"name\": \"reduce\"");
        String broken = text.substring(0, reduce) + text.substring(reduce)
                .replaceFirst("\\{ \"from\": 0, \"to\": 2, \"op\": \"sep_conv_5x5\" }",
                        "{ \"from\": 1, \"to\": 3, \"op\": \"sep_conv_5x5\" }");
        CellRuleException e = fails(CellRuleException.class, broken);
        assertEquals("DARTS rule \"2 inputs per intermediate node\" broken: node 2 has 1 inputs (at $.cells[1])",
                e.getMessage());
    }

    @Test
    void newerVersion() {
        CellFormatException e = fails(CellFormatException.class, valid().replace("\"version\": 1", "\"version\": 2"));
        assertEquals("written by a newer SED Explorer (version 2); this one reads version 1 (at $.version)",
                e.getMessage());
    }

    @Test
    void badVersionOrFormat() {
        assertEquals("$.version", fails(CellFormatException.class,
                valid().replace("\"version\": 1", "\"version\": \"1\"")).position());
        assertEquals("$.version", fails(CellFormatException.class,
                valid().replace("\"version\": 1", "\"version\": 0")).position());
        assertEquals("$.version", fails(CellFormatException.class, valid().replace("  \"version\": 1,\n", "")).position());
        CellFormatException format = fails(CellFormatException.class, valid().replace("sed-explorer-cell", "other"));
        assertEquals("not a SED Explorer cell file: format is \"other\", expected \"sed-explorer-cell\" (at $.format)",
                format.getMessage());
        assertEquals("missing \"format\" (at $.format)",
                fails(CellFormatException.class, "{\"version\": 1}").getMessage());
    }

    @Test
    void truncatedJsonGivesLineAndColumn() {
        String text = valid();
        String cut = text.substring(0, text.indexOf("\"edges\""));
        CellFormatException e = fails(CellFormatException.class, cut);
        assertEquals("line 16, column 7", e.position());
        assertEquals("malformed JSON: Unexpected end-of-input within/between Object entries (at line 16, column 7)",
                e.getMessage());
    }

    @Test
    void arrayInsteadOfObject() {
        CellFormatException e = fails(CellFormatException.class, "[" + valid() + "]");
        assertEquals("a cell file is a JSON object, not an array (at $)", e.getMessage());
    }

    @Test
    void xWithoutY() {
        String text = valid().replace("\"x\": 40.0, \"y\": 120.0", "\"x\": 40.0");
        CellFormatException e = fails(CellFormatException.class, text);
        assertEquals("a position needs both x and y; y is missing (at $.cells[0].nodes[0].y)", e.getMessage());
    }

    @Test
    void nodeIdsMustNumberTheNodes() {
        String dup = valid().replace("{ \"id\": 2, \"role\": \"intermediate\"", "{ \"id\": 1, \"role\": \"intermediate\"");
        assertEquals("node id 1 appears twice (at $.cells[0].nodes[2].id)",
                fails(CellFormatException.class, dup).getMessage());
        String range = valid().replace("{ \"id\": 2,", "{ \"id\": 4,");
        assertEquals("node id 4 is out of range: the 4 nodes are numbered 0..3 (at $.cells[0].nodes[2].id)",
                fails(CellFormatException.class, range).getMessage());
        String text = valid().replace("{ \"id\": 2,", "{ \"id\": \"2\",");
        assertEquals("$.cells[0].nodes[2].id", fails(CellFormatException.class, text).position());
    }

    @Test
    void nodeOpsOnlyOnNb101InteriorNodes() {
        String onEdgeSpace = valid().replace("{ \"id\": 1, \"role\": \"intermediate\", \"op\": null",
                "{ \"id\": 1, \"role\": \"intermediate\", \"op\": \"nor_conv_3x3\"");
        assertEquals("$.cells[0].nodes[1].op", fails(CellFormatException.class, onEdgeSpace).position());

        String nb101 = CellFile.write(nb101());
        String noOp = nb101.replace("\"op\": \"maxpool3x3\"", "\"op\": null");
        assertEquals("an interior NAS-Bench-101 node needs an operation (conv1x1-bn-relu, conv3x3-bn-relu, maxpool3x3)"
                + " (at $.cells[0].nodes[2].op)", fails(CellFormatException.class, noOp).getMessage());
        String none = nb101.replace("\"op\": \"maxpool3x3\"", "\"op\": \"none\"");
        assertEquals("$.cells[0].nodes[2].op", fails(CellFormatException.class, none).position());
        String edgeOp = nb101.replace("{ \"from\": 3, \"to\": 4, \"op\": null }",
                "{ \"from\": 3, \"to\": 4, \"op\": \"conv3x3-bn-relu\" }");
        assertEquals("$.cells[0].edges[5].op", fails(CellFormatException.class, edgeOp).position());
        String skipEdge = nb101.replace("{ \"from\": 3, \"to\": 4, \"op\": null }",
                "{ \"from\": 3, \"to\": 4, \"op\": \"identity\" }");
        assertEquals(nb101(), CellFile.read(skipEdge));
    }

    @Test
    void cellCountAndNamesFollowTheSpace() {
        String text = CellFile.write(darts());
        String oneCell = text.replace("\"space\": \"darts\"", "\"space\": \"free\"");
        assertEquals("a Free cell file holds 1 cell, found 2 (at $.cells)",
                fails(CellFormatException.class, oneCell).getMessage());
        String swapped = text.replace("\"name\": \"normal\"", "\"name\": \"reduce\"");
        assertEquals("expected the normal cell here, found \"reduce\" (at $.cells[0].name)",
                fails(CellFormatException.class, swapped).getMessage());
    }

    @Test
    void wrongTypesAndOddInputs() {
        assertEquals("$.cells[0].nodes[0].x", fails(CellFormatException.class,
                valid().replace("\"x\": 40.0", "\"x\": \"40\"")).position());
        assertEquals("$.cells[0].nodes[0].x", fails(CellFormatException.class,
                valid().replace("\"x\": 40.0", "\"x\": 1e999")).position());
        assertEquals("$.cells[0].nodes[0].role", fails(CellFormatException.class,
                valid().replace("\"role\": \"input\"", "\"role\": \"source\"")).position());
        assertEquals("$.cells[0].edges[0]", fails(CellFormatException.class,
                valid().replace("{ \"from\": 0, \"to\": 1, \"op\": \"nor_conv_3x3\" }", "7")).position());
        assertEquals("$.title", fails(CellFormatException.class,
                valid().replace("\"title\": \"My \\\"cell\\\"\"", "\"title\": 3")).position());
        assertEquals("$", fails(CellFormatException.class, "").position());
        assertEquals("$", fails(CellFormatException.class, "null").position());
        assertEquals("line 1, column 3", fails(CellFormatException.class, "{}{}").position());
        CellFormatException dup = fails(CellFormatException.class, "{\"space\": \"nb201\", \"space\": \"free\"}");
        assertTrue(dup.getMessage().startsWith("malformed JSON: Duplicate field 'space'"), dup.getMessage());
        assertThrows(CellFormatException.class, () -> CellFile.read((String) null));
    }

    @Test
    void unknownKeysAreIgnored() {
        String text = valid().replace("\"notes\":", "\"editor\": {\"zoom\": 2}, \"notes\":");
        assertEquals(nb201(), CellFile.read(text));
        assertNotEquals(valid(), text);
        assertFalse(CellFile.write(CellFile.read(text)).contains("zoom"));
    }
}
