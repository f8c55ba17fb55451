package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.sed.SedModels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb101SpecTest {

    private static final String CONV3 = "conv3x3-bn-relu";
    private static final String CONV1 = "conv1x1-bn-relu";
    private static final String POOL = "maxpool3x3";
    private static final String SMALL =
            "{\"matrix\":[[0,1,0],[0,0,1],[0,0,0]],\"ops\":[\"input\",\"conv3x3-bn-relu\",\"output\"]}";

    private static CellFormatException formatError(String json) {
        return assertThrows(CellFormatException.class, () -> Nb101Spec.parse(json));
    }

    private static String spec(String matrix, String ops) {
        return "{\"matrix\": " + matrix + ", \"ops\": " + ops + "}";
    }

    @Test
    void parsesTheSmallestConvCell() {
        Cell c = Nb101Spec.parse(SMALL);
        assertEquals(SearchSpace.NB101, c.space());
        assertEquals(List.of(Node.INPUT, Node.interior(Op.CONV_3X3), Node.OUTPUT), c.nodes());
        assertEquals(List.of(new Edge(0, 1, Op.SKIP), new Edge(1, 2, Op.SKIP)), c.edges());
        assertEquals(SMALL, Nb101Spec.format(c));
    }

    @Test
    void acceptsWhitespaceAndKeyOrder() {
        String text = "{\n  \"ops\": [\"input\", \"conv3x3-bn-relu\", \"output\"],\n"
                + "  \"matrix\": [[0, 1, 0],\n             [0, 0, 1],\n             [0, 0, 0]]\n}\n";
        assertEquals(Nb101Spec.parse(SMALL), Nb101Spec.parse(text));
    }

    @Test
    void twoVertexSpecIsInputToOutput() {
        String text = "{\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"]}";
        Cell c = Nb101Spec.parse(text);
        assertEquals(List.of(Node.INPUT, Node.OUTPUT), c.nodes());
        assertEquals(List.of(new Edge(0, 1, Op.SKIP)), c.edges());
        assertEquals(text, Nb101Spec.format(c));
    }

    /** Vertex 3 is not reachable from the input and vertex 5 does not reach the output: both go. */
    @Test
    void prunesUnreachableAndDeadEndVertices() {
        String text = spec("[[0,1,0,0,1,0,0],"
                + "[0,0,1,0,0,1,0],"
                + "[0,0,0,0,0,0,1],"
                + "[0,0,0,0,1,0,0],"
                + "[0,0,0,0,0,0,1],"
                + "[0,0,0,0,0,0,0],"
                + "[0,0,0,0,0,0,0]]",
                "[\"input\",\"" + CONV3 + "\",\"" + CONV1 + "\",\"" + POOL + "\",\"" + CONV3 + "\",\"" + CONV1 + "\",\"output\"]");
        Cell c = Nb101Spec.parse(text);
        assertEquals(5, c.nodeCount());
        assertEquals("{\"matrix\":[[0,1,0,1,0],[0,0,1,0,0],[0,0,0,0,1],[0,0,0,0,1],[0,0,0,0,0]],"
                + "\"ops\":[\"input\",\"conv3x3-bn-relu\",\"conv1x1-bn-relu\",\"conv3x3-bn-relu\",\"output\"]}",
                Nb101Spec.format(c));
    }

    @Test
    void inputThatCannotReachOutputIsInvalid() {
        String text = spec("[[0,1,0,0],[0,0,0,0],[0,0,0,1],[0,0,0,0]]",
                "[\"input\",\"" + CONV3 + "\",\"" + POOL + "\",\"output\"]");
        CellRuleException e = assertThrows(CellRuleException.class, () -> Nb101Spec.parse(text));
        assertEquals("input reaches output", e.rule());
        assertEquals("NAS-Bench-101 rule \"input reaches output\" broken: no path leads from the input (vertex 0)"
                + " to the output (vertex 3)", e.getMessage());
    }

    @Test
    void moreThanNineEdgesAfterPruningIsInvalid() {
        // chain 0..6 plus 0->2, 0->3, 0->6, 1->6: ten edges, every vertex on a path
        String text = spec("[[0,1,1,1,0,0,1],"
                + "[0,0,1,0,0,0,1],"
                + "[0,0,0,1,0,0,0],"
                + "[0,0,0,0,1,0,0],"
                + "[0,0,0,0,0,1,0],"
                + "[0,0,0,0,0,0,1],"
                + "[0,0,0,0,0,0,0]]",
                "[\"input\",\"" + CONV3 + "\",\"" + CONV3 + "\",\"" + CONV3 + "\",\"" + CONV3 + "\",\"" + CONV3 + "\",\"output\"]");
        CellRuleException e = assertThrows(CellRuleException.class, () -> Nb101Spec.parse(text));
        assertEquals("at most 9 edges", e.rule());
        assertEquals("NAS-Bench-101 rule \"at most 9 edges\" broken: the cell has 10 edges", e.getMessage());
    }

    @Test
    void edgeLimitCountsOnlyWhatSurvivesPruning() {
        // 11 raw edges; vertex 5 is a dead end (1->5, 2->5), so 9 edges remain, as the NB101 API decides
        String text = spec("[[0,1,1,1,0,0,1],"
                + "[0,0,1,0,0,1,1],"
                + "[0,0,0,1,0,1,0],"
                + "[0,0,0,0,1,0,0],"
                + "[0,0,0,0,0,0,1],"
                + "[0,0,0,0,0,0,0],"
                + "[0,0,0,0,0,0,0]]",
                "[\"input\",\"" + CONV3 + "\",\"" + CONV1 + "\",\"" + POOL + "\",\"" + CONV3 + "\",\"" + POOL + "\",\"output\"]");
        Cell c = Nb101Spec.parse(text);
        assertEquals(6, c.nodeCount());
        assertEquals(9, c.edgeCount());
        assertEquals("{\"matrix\":[[0,1,1,1,0,1],[0,0,1,0,0,1],[0,0,0,1,0,0],[0,0,0,0,1,0],[0,0,0,0,0,1],[0,0,0,0,0,0]],"
                + "\"ops\":[\"input\",\"conv3x3-bn-relu\",\"conv1x1-bn-relu\",\"maxpool3x3\",\"conv3x3-bn-relu\",\"output\"]}",
                Nb101Spec.format(c));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // matrix; position; problem
        "[[0,1,0],[1,0,1],[0,0,0]]; $.matrix[1][0]; edge 1->0 runs backwards: the matrix must be strictly upper-triangular"
                + " (edges go from a lower to a higher vertex)",
        "[[0,1,0],[0,1,1],[0,0,0]]; $.matrix[1][1]; edge 1->1 runs backwards: the matrix must be strictly upper-triangular"
                + " (edges go from a lower to a higher vertex)",
        "[[0,1,0],[0,0],[0,0,0]]; $.matrix[1]; row 1 has 2 entries, expected 3 (the matrix is square)",
        "[[0,1,0],[0,0,1,0],[0,0,0]]; $.matrix[1]; row 1 has 4 entries, expected 3 (the matrix is square)",
        "[[0,1,0],7,[0,0,0]]; $.matrix[1]; a matrix row must be an array of 0/1",
        "[[0,2,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found 2",
        "[[0,1,0],[0,0,-1],[0,0,0]]; $.matrix[1][2]; expected 0 or 1, found -1",
        "[[0,1.0,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found 1.0",
        // beyond 64 bits: asLong() truncated 2^64 + 1 to 1 and 2^64 to 0
        "[[0,18446744073709551617,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found 18446744073709551617",
        "[[0,1,0],[0,0,1],[0,0,18446744073709551616]]; $.matrix[2][2]; expected 0 or 1, found 18446744073709551616",
        "[[0,4294967297,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found 4294967297",
        "[[0,1e0,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found 1.0",
        "[[0,1e999,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found Infinity",
        "`[[0,\"1\",0],[0,0,1],[0,0,0]]`; $.matrix[0][1]; expected 0 or 1, found \"1\"",
        "[[0,true,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found true",
        "[[0,null,0],[0,0,1],[0,0,0]]; $.matrix[0][1]; expected 0 or 1, found null",
        "[[0]]; $.matrix; the matrix has 1 row, but a NAS-Bench-101 spec has at least 2 vertices (input and output)",
        "[]; $.matrix; the matrix has 0 rows, but a NAS-Bench-101 spec has at least 2 vertices (input and output)",
        "`{\"a\":1}`; $.matrix; \"matrix\" must be an array of rows",
    })
    void badMatrix(String matrix, String position, String problem) {
        CellFormatException e = formatError(spec(matrix, "[\"input\",\"" + CONV3 + "\",\"output\"]"));
        assertEquals(position, e.position());
        assertEquals(problem, e.problem());
        assertEquals(problem + " (at " + position + ")", e.getMessage());
    }

    @Test
    void aHugeOrControlCharacterValueIsQuotedShort() {
        String huge = "[[0,\"" + "7".repeat(100_000) + "\",0],[0,0,1],[0,0,0]]";
        CellFormatException e = formatError(spec(huge, "[\"input\",\"" + CONV3 + "\",\"output\"]"));
        assertEquals("expected 0 or 1, found \"" + "7".repeat(78) + "…", e.problem());
        String deep = "[[0,[[[[[[1]]]]]],0],[0,0,1],[0,0,0]]";
        assertEquals("expected 0 or 1, found [[[[[[1]]]]]]",
                formatError(spec(deep, "[\"input\",\"" + CONV3 + "\",\"output\"]")).problem());
        CellFormatException op = formatError(spec("[[0,1,0],[0,0,1],[0,0,0]]",
                "[\"input\",\"\\u001b[2J" + "x".repeat(500) + "\",\"output\"]"));
        assertEquals("unknown op \"\\u001b[2J" + "x".repeat(79 - 4) + "…\" (interior vertices take conv1x1-bn-relu, "
                + "conv3x3-bn-relu, maxpool3x3)", op.problem());
        CellFormatException key = formatError("{\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"],\"" + "k".repeat(1000)
                + "\":1}");
        assertEquals("$[\"" + "k".repeat(79) + "…\"]", key.position());
    }

    private static String ops(String... interior) {
        StringBuilder sb = new StringBuilder("[\"input\"");
        for (String op : interior) {
            sb.append(",\"").append(op).append('"');
        }
        return sb.append(",\"output\"]").toString();
    }

    /** The API counts the 7-vertex limit on the pruned spec: vertex 6 of 0..7 feeds nothing, so it goes. */
    @Test
    void eightRawVerticesThatPruneToSevenAreAccepted() {
        String text = spec("[[0,1,0,0,0,0,0,0],"
                + "[0,0,1,0,0,0,0,0],"
                + "[0,0,0,1,0,0,0,0],"
                + "[0,0,0,0,1,0,0,0],"
                + "[0,0,0,0,0,1,0,0],"
                + "[0,0,0,0,0,0,1,1],"
                + "[0,0,0,0,0,0,0,0],"
                + "[0,0,0,0,0,0,0,0]]",
                ops(CONV3, CONV1, POOL, CONV3, CONV1, POOL));
        Cell c = Nb101Spec.parse(text);
        assertEquals(7, c.nodeCount());
        assertEquals("{\"matrix\":[[0,1,0,0,0,0,0],[0,0,1,0,0,0,0],[0,0,0,1,0,0,0],[0,0,0,0,1,0,0],[0,0,0,0,0,1,0],"
                + "[0,0,0,0,0,0,1],[0,0,0,0,0,0,0]],\"ops\":[\"input\",\"conv3x3-bn-relu\",\"conv1x1-bn-relu\","
                + "\"maxpool3x3\",\"conv3x3-bn-relu\",\"conv1x1-bn-relu\",\"output\"]}", Nb101Spec.format(c));
        // the flat (table) form reads the same raw spec
        String bits = "01000000" + "00100000" + "00010000" + "00001000" + "00000100" + "00000011" + "00000000" + "00000000";
        assertEquals(c, Nb101FlatSpec.parse(bits, "input|conv3x3-bn-relu|conv1x1-bn-relu|maxpool3x3|conv3x3-bn-relu"
                + "|conv1x1-bn-relu|maxpool3x3|output"));
    }

    @Test
    void eightVerticesAllOnAPathAreTooMany() {
        String chain = "[[0,1,0,0,0,0,0,0],[0,0,1,0,0,0,0,0],[0,0,0,1,0,0,0,0],[0,0,0,0,1,0,0,0],"
                + "[0,0,0,0,0,1,0,0],[0,0,0,0,0,0,1,0],[0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0]]";
        CellRuleException e = assertThrows(CellRuleException.class,
                () -> Nb101Spec.parse(spec(chain, ops(CONV3, CONV3, CONV3, CONV3, CONV3, CONV3))));
        assertEquals("at most 7 nodes", e.rule());
        assertEquals("the cell has 8 nodes", e.detail());
    }

    /** Nine raw vertices, two of them dead: the limit message says that it counted after pruning. */
    @Test
    void tooManyVerticesAfterPruningSaysSo() {
        String m = "[[0,1,0,0,0,0,0,1,0],[0,0,1,0,0,0,0,0,0],[0,0,0,1,0,0,0,0,0],[0,0,0,0,1,0,0,0,0],"
                + "[0,0,0,0,0,1,0,0,0],[0,0,0,0,0,0,1,0,0],[0,0,0,0,0,0,0,0,1],[0,0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0,0]]";
        CellRuleException e = assertThrows(CellRuleException.class,
                () -> Nb101Spec.parse(spec(m, ops(CONV3, CONV3, CONV3, CONV3, CONV3, CONV3, CONV3))));
        assertEquals("at most 7 nodes", e.rule());
        assertEquals("the cell has 8 nodes (counted after pruning the spec's 9 vertices to 8)", e.detail());
    }

    @Test
    void eightDisconnectedVerticesAreDisconnected() {
        String row = "[0,0,0,0,0,0,0,0]";
        String matrix = "[" + String.join(",", java.util.Collections.nCopies(8, row)) + "]";
        CellRuleException e = assertThrows(CellRuleException.class,
                () -> Nb101Spec.parse(spec(matrix, ops(CONV3, CONV3, CONV3, CONV3, CONV3, CONV3))));
        assertEquals("input reaches output", e.rule());
    }

    /** The API checks ops only on the pruned spec: an unknown label on a dead vertex is never read. */
    @Test
    void anUnknownOpOnAPrunedVertexIsNotChecked() {
        String m = "[[0,1,1,0],[0,0,0,1],[0,0,0,0],[0,0,0,0]]"; // vertex 2 feeds nothing
        Cell c = Nb101Spec.parse(spec(m, ops(CONV3, "conv5x5-bn-relu")));
        assertEquals(Nb101Spec.parse(SMALL), c);
        assertEquals(c, Nb101Spec.parse(spec(m, ops(CONV3, "input"))));
        assertEquals(c, Nb101FlatSpec.parse("0110000100000000 input|conv3x3-bn-relu|nor_conv_3x3|output"));
        // the same label on a kept vertex is refused where it stands
        CellFormatException e = formatError(spec("[[0,1,1,0],[0,0,0,1],[0,0,0,1],[0,0,0,0]]", ops(CONV3, "conv5x5-bn-relu")));
        assertEquals("$.ops[2]", e.position());
        assertTrue(e.problem().startsWith("unknown op \"conv5x5-bn-relu\""), e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "`[\"input\",\"conv5x5-bn-relu\",\"output\"]`; $.ops[1]; unknown op \"conv5x5-bn-relu\""
                + " (interior vertices take conv1x1-bn-relu, conv3x3-bn-relu, maxpool3x3)",
        "`[\"input\",\"nor_conv_3x3\",\"output\"]`; $.ops[1]; unknown op \"nor_conv_3x3\""
                + " (interior vertices take conv1x1-bn-relu, conv3x3-bn-relu, maxpool3x3)",
        "`[\"input\",\"input\",\"output\"]`; $.ops[1]; unknown op \"input\""
                + " (interior vertices take conv1x1-bn-relu, conv3x3-bn-relu, maxpool3x3)",
        "`[\"Input\",\"maxpool3x3\",\"output\"]`; $.ops[0]; the first op must be \"input\", found \"Input\"",
        "`[\"input\",\"maxpool3x3\",\"maxpool3x3\"]`; $.ops[2]; the last op must be \"output\", found \"maxpool3x3\"",
        "`[\"input\",3,\"output\"]`; $.ops[1]; expected an op name string, found 3",
        "`[\"input\",\"output\"]`; $.ops; \"ops\" has 2 names but the matrix has 3 vertices",
        "`\"input|conv3x3-bn-relu|output\"`; $.ops; \"ops\" must be an array of op names",
    })
    void badOps(String ops, String position, String problem) {
        CellFormatException e = formatError(spec("[[0,1,0],[0,0,1],[0,0,0]]", ops));
        assertEquals(position, e.position());
        assertEquals(problem, e.problem());
    }

    @Test
    void opsErrorNamesTheFifthVertex() {
        String text = spec("[[0,1,0,0,0,0],[0,0,1,0,0,0],[0,0,0,1,0,0],[0,0,0,0,1,0],[0,0,0,0,0,1],[0,0,0,0,0,0]]",
                "[\"input\",\"" + CONV3 + "\",\"" + CONV3 + "\",\"" + CONV3 + "\",\"avgpool3x3\",\"output\"]");
        assertEquals("$.ops[4]", formatError(text).position());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "`{\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"],\"hash\":\"abc\"}`; $.hash;"
                + " unknown key \"hash\" (a spec has only \"matrix\" and \"ops\")",
        "`{\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"],\"the key\":1}`; `$[\"the key\"]`;"
                + " unknown key \"the key\" (a spec has only \"matrix\" and \"ops\")",
        "`{\"ops\":[\"input\",\"output\"]}`; $; missing key \"matrix\"",
        "`{\"matrix\":[[0,1],[0,0]]}`; $; missing key \"ops\"",
        "`[[0,1],[0,0]]`; $; a NAS-Bench-101 spec is a JSON object {\"matrix\": [...], \"ops\": [...]}",
        "`42`; $; a NAS-Bench-101 spec is a JSON object {\"matrix\": [...], \"ops\": [...]}",
        "`null`; $; a NAS-Bench-101 spec is a JSON object {\"matrix\": [...], \"ops\": [...]}",
    })
    void badShape(String text, String position, String problem) {
        CellFormatException e = formatError(text);
        assertEquals(position, e.position());
        assertEquals(problem.trim(), e.problem());
    }

    /** Jackson's location: the offending character, or just past the offending token or the end. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "`{\"matrix\": [[0,1],[0,0]], \"ops\": [\"input\" \"output\"]}`; line 1, column 43",
        "`{\n  \"matrix\": [[0,1],[0,0]],\n  \"ops\": [input, output]\n}`; line 3, column 16",
        "`{\"matrix\": [[0,1],[0,0]]`; line 1, column 25",
        "`{\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"]} x`; line 1, column 52",
        "`{\"matrix\":[[0,1],[0,0]],\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"]}`; line 1, column 33",
        "`matrix=[[0,1],[0,0]]`; line 1, column 7",
        "`   `; line 1, column 1",
        "``; line 1, column 1",
    })
    void malformedJsonNamesLineAndColumn(String text, String position) {
        CellFormatException e = formatError(text);
        assertEquals(position, e.position());
        assertTrue(e.problem().startsWith("malformed JSON: ") || e.problem().startsWith("empty spec"), e.problem());
    }

    @Test
    void malformedJsonMessagesAreJacksonsWithoutTheSource() {
        assertEquals("malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Array entries"
                + " (at line 1, column 43)",
                formatError("{\"matrix\": [[0,1],[0,0]], \"ops\": [\"input\" \"output\"]}").getMessage());
        assertEquals("malformed JSON: Unexpected end-of-input: expected close marker for Object"
                + " (start marker at [line: 1, column: 1]) (at line 1, column 25)",
                formatError("{\"matrix\": [[0,1],[0,0]]").getMessage());
    }

    @Test
    void nullTextIsAFormatError() {
        assertEquals("line 1, column 1", formatError(null).position());
    }

    @Test
    void pruneReturnsTheSameCellWhenNothingIsDropped() {
        Cell c = Nb101Spec.parse(SMALL);
        assertSame(c, Nb101Spec.prune(c));
    }

    @Test
    void pruneDropsADeadEndOfABuiltCell() {
        Cell raw = Cell.of(SearchSpace.NB101,
                List.of(Node.INPUT, Node.interior(Op.CONV_3X3), Node.interior(Op.MAX_POOL_3X3), Node.OUTPUT),
                List.of(new Edge(0, 1, Op.SKIP), new Edge(0, 2, Op.SKIP), new Edge(1, 3, Op.SKIP)));
        assertEquals(Nb101Spec.parse(SMALL), Nb101Spec.prune(raw));
        Cell cut = Cell.of(SearchSpace.NB101, raw.nodes(), List.of(new Edge(0, 1, Op.SKIP), new Edge(2, 3, Op.SKIP)));
        assertThrows(CellRuleException.class, () -> Nb101Spec.prune(cut));
    }

    @Test
    void fromMatrixRejectsMissingAndRaggedParts() {
        List<String> ops = List.of("input", CONV3, "output");
        assertEquals("$.matrix", assertThrows(CellFormatException.class, () -> Nb101Spec.fromMatrix(null, ops)).position());
        int[][] holed = {{0, 1, 0}, null, {0, 0, 0}};
        assertEquals("$.matrix[1]", assertThrows(CellFormatException.class, () -> Nb101Spec.fromMatrix(holed, ops)).position());
        int[][] ok = {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}};
        assertEquals("$.ops", assertThrows(CellFormatException.class, () -> Nb101Spec.fromMatrix(ok, null)).position());
        List<String> nullName = Arrays.asList("input", null, "output");
        CellFormatException e = assertThrows(CellFormatException.class, () -> Nb101Spec.fromMatrix(ok, nullName));
        assertEquals("$.ops[1]", e.position());
        assertEquals(Nb101Spec.parse(SMALL), Nb101Spec.fromMatrix(ok, ops));
    }

    @Test
    void formatRefusesOtherSpaces() {
        Cell nb201 = Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|nor_conv_3x3~2|");
        assertThrows(IllegalArgumentException.class, () -> Nb101Spec.format(nb201));
    }

    /** One path input→conv3x3→output: the conv's Δ = ln 3 + ½ ln C counts once (sed-model.md §1, §4). */
    @ParameterizedTest
    @CsvSource({"sed-path", "sed-flow"})
    void singleConvCellScoresOneDelta(String model) {
        double expected = Math.log(3) + 0.5 * Math.log(128);
        assertEquals(expected, SedModels.create(model, 128).score(Nb101Spec.parse(SMALL)), 1e-12);
    }

    @Test
    void everyMlfeRowBuildsAndPrunes() throws IOException {
        Path file = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "nb101-mlfe-2000.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipping: " + file + " absent");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int adjacency = header.indexOf("adjacency_7x7");
        int opsColumn = header.indexOf("ops");
        Set<Cell> distinct = new HashSet<>();
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            String bits = f[adjacency];
            assertEquals(49, bits.length(), line);
            int[][] m = new int[7][7];
            for (int k = 0; k < 49; k++) {
                m[k / 7][k % 7] = bits.charAt(k) - '0';
            }
            Cell c = Nb101Spec.fromMatrix(m, List.of(f[opsColumn].split("\\|")));
            assertSame(c, Nb101Spec.prune(c));
            assertEquals(c, Nb101Spec.parse(Nb101Spec.format(c)));
            distinct.add(c);
            rows++;
        }
        assertEquals(2000, rows);
        assertEquals(DISTINCT_MLFE_CELLS, distinct.size());
    }

    /** Distinct pruned cells by plain equality (isomorphic cells still count apart). */
    private static final int DISTINCT_MLFE_CELLS = 878;
}
