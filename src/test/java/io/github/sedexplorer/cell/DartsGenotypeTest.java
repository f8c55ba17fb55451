package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DartsGenotypeTest {

    /** DARTS_V2 from the DARTS code's genotypes.py, as Python 3 prints it. */
    static final String DARTS_V2 = "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), "
            + "('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], "
            + "normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], "
            + "reduce_concat=range(2, 6))";

    static final String ALL_SKIP = genotype("skip_connect", "range(2, 6)");

    static String genotype(String op, String concat) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pairs.add("('" + op + "', " + (i % 2) + ")");
        }
        String cell = "[" + String.join(", ", pairs) + "]";
        return "Genotype(normal=" + cell + ", normal_concat=" + concat + ", reduce=" + cell + ", reduce_concat=" + concat + ")";
    }

    @Test
    void readsDartsV2EdgeByEdge() {
        Architecture a = DartsGenotype.parse(DARTS_V2);
        assertEquals(SearchSpace.DARTS, a.space());
        Cell normal = a.cells().get(0);
        assertEquals(DartsGenotype.NODES, normal.nodes());
        assertEquals(List.of(
                new Edge(0, 2, Op.SEP_CONV_3X3), new Edge(1, 2, Op.SEP_CONV_3X3),
                new Edge(0, 3, Op.SEP_CONV_3X3), new Edge(1, 3, Op.SEP_CONV_3X3),
                new Edge(1, 4, Op.SEP_CONV_3X3), new Edge(0, 4, Op.SKIP),
                new Edge(0, 5, Op.SKIP), new Edge(2, 5, Op.DIL_CONV_3X3),
                new Edge(2, 6, Op.SKIP), new Edge(3, 6, Op.SKIP), new Edge(4, 6, Op.SKIP), new Edge(5, 6, Op.SKIP)),
                normal.edges());
        Cell reduce = a.cells().get(1);
        assertEquals(List.of(new DartsGenotype.Pair(Op.MAX_POOL_3X3, 0), new DartsGenotype.Pair(Op.MAX_POOL_3X3, 1),
                new DartsGenotype.Pair(Op.SKIP, 2), new DartsGenotype.Pair(Op.MAX_POOL_3X3, 1),
                new DartsGenotype.Pair(Op.MAX_POOL_3X3, 0), new DartsGenotype.Pair(Op.SKIP, 2),
                new DartsGenotype.Pair(Op.SKIP, 2), new DartsGenotype.Pair(Op.MAX_POOL_3X3, 1)),
                DartsGenotype.pairs(reduce));
        assertEquals(List.of(2, 3, 4, 5), DartsGenotype.concat(reduce));
        assertEquals(DARTS_V2, DartsGenotype.format(a));
    }

    @Test
    void pairOrderWithinANodeIsKept() {
        Architecture a = DartsGenotype.parse(DARTS_V2);
        Architecture swapped = DartsGenotype.parse(DARTS_V2.replaceFirst(
                "\\('sep_conv_3x3', 1\\), \\('skip_connect', 0\\)", "('skip_connect', 0), ('sep_conv_3x3', 1)"));
        assertNotEquals(a, swapped);
        assertEquals(List.of(new Edge(0, 4, Op.SKIP), new Edge(1, 4, Op.SEP_CONV_3X3)),
                swapped.cells().get(0).incoming(4));
    }

    @Test
    void acceptsListsQuotesWhitespaceAndTrailingCommas() {
        String loose = DARTS_V2.replace("range(2, 6)", "[2, 3, 4, 5]").replace('\'', '"')
                .replace(", ", " ,\n\t ").replace("=", " = ").replace("Genotype(", "  Genotype (")
                .replace("('max_pool_3x3', 1)]", "['max_pool_3x3', 1,],]").replace("))", ",) ) \n");
        assertEquals(DartsGenotype.parse(DARTS_V2), DartsGenotype.parse(loose));
    }

    @Test
    void concatPrintsAsRangeOnlyWhenContiguous() {
        for (String concat : List.of("range(2, 6)", "range(3, 6)", "range(4, 5)", "[2, 4, 5]", "[5, 4, 3, 2]", "[3, 2]")) {
            String text = genotype("sep_conv_5x5", concat);
            Architecture a = DartsGenotype.parse(text);
            assertEquals(text, DartsGenotype.format(a), concat);
        }
        assertEquals(genotype("avg_pool_3x3", "range(2, 4)"),
                DartsGenotype.format(DartsGenotype.parse(genotype("avg_pool_3x3", "[2, 3]"))));
        assertEquals(List.of(5, 4, 3, 2),
                DartsGenotype.concat(DartsGenotype.parse(genotype("none", "[5, 4, 3, 2]")).cell()));
    }

    static Stream<Arguments> badGenotypes() {
        return Stream.of(
                Arguments.of(CellFormatException.class, "", "empty genotype (at column 1)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0) ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "expected ',' or ']' but found '(' (at column 38)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_4x4', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "unknown operation 'sep_conv_4x4'; DARTS has none, max_pool_3x3, avg_pool_3x3, skip_connect, sep_conv_3x3, sep_conv_5x5, dil_conv_3x3, dil_conv_5x5 (at column 41)"),
                Arguments.of(CellFormatException.class,
                        "genotype(normal=[])",
                        "expected 'Genotype' but found 'genotype' (at column 1)"),
                Arguments.of(CellFormatException.class,
                        "  Genotype[",
                        "expected '(' but found '[' (at column 11)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[], normal_concat=range(2, 6))",
                        "the normal cell has no pairs; DARTS needs 8 (at column 17)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "the normal cell has 7 pairs; DARTS needs 8 (2 per intermediate node) (at column 17)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2), ('none', 3)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "the normal cell has more than 8 pairs (2 per intermediate node) (at column 186)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "expected ',' but found '6' (at column 209)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=2, reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "expected 'range(a, b)' or a list of nodes but found '2' (at column 201)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce_concat=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "expected 'reduce' but found 'reduce_concat' (at column 214)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect, 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "unknown operation 'skip_connect, 0), ('; DARTS has none, max_pool_3x3, avg_pool_3x3, skip_connect, sep_conv_3x3, sep_conv_5x5, dil_conv_3x3, dil_conv_5x5 (at column 146)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6)",
                        "genotype ends early: expected ')' (at column 416)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))  x",
                        "unexpected 'x' after the genotype (at column 419)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 12345678901), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "number 12345678901 is far too large (at column 56)"),
                Arguments.of(CellFormatException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', -1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "expected the source node of the pair but found '-' (at column 56)"),
                Arguments.of(CellRuleException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 4), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "DARTS rule \"inputs from earlier nodes\" broken: node 3 takes an input from node 4 (normal cell, at column 98)"),
                Arguments.of(CellRuleException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 9)], reduce_concat=range(2, 6))",
                        "DARTS rule \"edges join nodes of the cell\" broken: edge 9->5 names a node outside 0..6 (reduce cell, at column 386)"),
                Arguments.of(CellRuleException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=[2, 1, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "DARTS rule \"concat output\" broken: the output concatenates intermediate nodes only, unchanged; found 1->6:skip (normal cell, at column 205)"),
                Arguments.of(CellRuleException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=[2, 3, 3])",
                        "DARTS rule \"one edge per pair of nodes\" broken: there are two edges 3->6 (reduce cell, at column 412)"),
                Arguments.of(CellRuleException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 7))",
                        "DARTS rule \"concat output\" broken: the output concatenates intermediate nodes 2..5, not node 6 "
                                + "(the output itself) (reduce cell, at column 405)"),
                Arguments.of(CellRuleException.class,
                        "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], normal_concat=range(4, 4), reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))",
                        "DARTS rule \"concat output\" broken: no intermediate node feeds the output (normal cell, at column 201)")
);
    }

    @ParameterizedTest
    @MethodSource("badGenotypes")
    void errorsSayWhatAndWhere(Class<? extends SedException> kind, String text, String message) {
        SedException e = assertThrows(kind, () -> DartsGenotype.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void ruleErrorsKeepTheRuleName() {
        CellRuleException e = assertThrows(CellRuleException.class,
                () -> DartsGenotype.parse(DARTS_V2.replace("normal_concat=range(2, 6)", "normal_concat=[0, 2]")));
        assertEquals("concat output", e.rule());
        assertTrue(e.getCause() instanceof CellRuleException);
    }

    @Test
    void builderChecksItsArguments() {
        List<DartsGenotype.Pair> seven = Collections.nCopies(7, new DartsGenotype.Pair(Op.SKIP, 0));
        CellRuleException e = assertThrows(CellRuleException.class, () -> DartsGenotype.cell(seven, List.of(2)));
        assertEquals("DARTS rule \"2 inputs per intermediate node\" broken: a DARTS cell has 8 (op, input) pairs, not 7",
                e.getMessage());
        List<DartsGenotype.Pair> withNull = new ArrayList<>(DartsGenotype.pairs(DartsGenotype.parse(DARTS_V2).cell()));
        withNull.set(3, null);
        assertThrows(CellRuleException.class, () -> DartsGenotype.cell(withNull, List.of(2, 3, 4, 5)));
        assertThrows(SedException.class, () -> new DartsGenotype.Pair(null, 0));
    }

    static final String NASLIB_KEY = "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], "
            + "[(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]";

    @Test
    void naslibCompactKeyIsSourceFirst() {
        Architecture a = DartsGenotype.parseNaslibCompact(NASLIB_KEY);
        assertEquals("Genotype(normal=[('max_pool_3x3', 0), ('dil_conv_3x3', 1), ('avg_pool_3x3', 1), "
                + "('avg_pool_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), "
                + "('skip_connect', 3)], normal_concat=range(2, 6), reduce=[('max_pool_3x3', 1), ('skip_connect', 0), "
                + "('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('max_pool_3x3', 3), ('avg_pool_3x3', 0), "
                + "('max_pool_3x3', 2), ('dil_conv_5x5', 3)], reduce_concat=range(2, 6))", DartsGenotype.format(a));
        assertEquals(a, DartsGenotype.parseNaslibCompact(NASLIB_KEY.replace(" ", "")));
        assertEquals(a, DartsGenotype.parseNaslibCompact(NASLIB_KEY.replace('[', '(').replace(']', ')')));
    }

    static Stream<Arguments> badCompactKeys() {
        return Stream.of(
                Arguments.of(CellFormatException.class, " ", "empty NASLib compact key (at column 1)"),
                Arguments.of(CellFormatException.class,
                        "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 7)], [(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]",
                        "operation index 7 is not one of NASLib's DARTS ops (0 max_pool_3x3, 1 avg_pool_3x3, 2 skip_connect, 3 sep_conv_3x3, 4 sep_conv_5x5, 5 dil_conv_3x3, 6 dil_conv_5x5) (at column 63)"),
                Arguments.of(CellFormatException.class,
                        "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3)], [(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]",
                        "the normal cell has 7 pairs; DARTS needs 8 (at column 57)"),
                Arguments.of(CellFormatException.class,
                        "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], [(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6), (0, 0)]]",
                        "the reduce cell has more than 8 pairs (at column 133)"),
                Arguments.of(CellFormatException.class,
                        "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], [(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]",
                        "NASLib compact key ends early: expected ']' (a compact key has 2 cells, normal and reduce) (at column 132)"),
                Arguments.of(CellFormatException.class,
                        "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], [(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)], [(0, 0)]]",
                        "expected ']' (a compact key has 2 cells, normal and reduce) but found '[' (at column 134)"),
                Arguments.of(CellFormatException.class,
                        "[[(0, 0)]",
                        "the normal cell has 1 pairs; DARTS needs 8 (at column 9)"),
                Arguments.of(CellFormatException.class,
                        "{}",
                        "expected '[' opening [normal, reduce] but found '{' (at column 1)"),
                Arguments.of(CellFormatException.class,
                        "[[(0, 0), (1, 5), (1, 1), (0 1), (1, 3), (0, 3), (1, 3), (3, 2)], [(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]",
                        "expected ',' but found '1' (at column 30)"),
                Arguments.of(CellRuleException.class,
                        "[[(0, 0), (1, 5), (1, 1), (5, 1), (1, 3), (0, 3), (1, 3), (3, 2)], [(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]",
                        "DARTS rule \"no cycles\" broken: the edges form a cycle: nodes 3, 5 (normal cell, at column 28)"),
                Arguments.of(CellRuleException.class,
                        "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], [(1, 0), (2, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]",
                        "DARTS rule \"no cycles\" broken: edge 2->2 is a self-loop (reduce cell, at column 78)")
);
    }

    @ParameterizedTest
    @MethodSource("badCompactKeys")
    void compactErrorsSayWhatAndWhere(Class<? extends SedException> kind, String key, String message) {
        SedException e = assertThrows(kind, () -> DartsGenotype.parseNaslibCompact(key));
        assertEquals(message, e.getMessage());
    }

    /** Every key of the NAS-Bench-Suite-Zero NB301 file reads, and survives a trip through genotype text. */
    @Test
    void everyNb301KeyOfTheZeroCostFileReads() throws IOException {
        Path file = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "naslib-zc-nb301.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "benchmark file absent, skipped: " + file.toAbsolutePath());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int keys = 0;
        for (Map.Entry<String, JsonNode> dataset : root.properties()) {
            for (Map.Entry<String, JsonNode> entry : dataset.getValue().properties()) {
                Architecture a = DartsGenotype.parseNaslibCompact(entry.getKey());
                assertEquals(entry.getKey(), entry.getValue().get("arch").asText());
                String text = DartsGenotype.format(a);
                assertEquals(a, DartsGenotype.parse(text), text);
                assertEquals(DartsGenotype.DEFAULT_CONCAT, DartsGenotype.concat(a.cells().get(1)));
                keys++;
            }
        }
        // a key feeding a node twice from one source would have thrown CellRuleException above: none does
        assertEquals(725, keys);
    }

    @Test
    void paramsOfAllSepConv3x3() {
        Architecture a = DartsGenotype.parse(genotype("sep_conv_3x3", "range(2, 6)"));
        // per edge 2·(9·16 + 16²) = 800; 8 edges per cell, 2 cells
        assertEquals(12_800, ParamCount.of(a, 16));
        // DARTS_V2: 5 sep_conv_3x3 (800 each) + 1 dil_conv_3x3 (9·16 + 256 = 400) in the normal cell, pools and skips in reduce
        assertEquals(4_400, ParamCount.of(DartsGenotype.parse(DARTS_V2), 16));
    }

    @Test
    void sedPathOfAllSkipIsZero() {
        SedModel path = SedModels.create("sed-path", 16);
        assertEquals(0.0, path.score(DartsGenotype.parse(ALL_SKIP)));
    }

    /**
     * Normal cell all skip but one sep_conv_3x3 on 2→3. n = paths(inputs→2) × paths(3→output)
     * = 2 (from 0, from 1) × 4 (3→6, 3→4→6, 3→5→6, 3→4→5→6) = 8; Δ(sep 3) = 2·(ln 3 + ½ ln 16).
     * The reduce cell is all skip: 0.
     */
    @Test
    void sedPathOfOneSepConvIsItsPathCountTimesDelta() {
        String text = "Genotype(normal=[('skip_connect', 0), ('skip_connect', 1), ('sep_conv_3x3', 2), ('skip_connect', 0), "
                + "('skip_connect', 3), ('skip_connect', 2), ('skip_connect', 4), ('skip_connect', 3)], normal_concat=range(2, 6), "
                + ALL_SKIP.substring(ALL_SKIP.indexOf("reduce="));
        double delta = 2 * (Math.log(3) + 0.5 * Math.log(16));
        double score = SedModels.create("sed-path", 16).score(DartsGenotype.parse(text));
        assertEquals(8 * delta, score, 1e-12);
        assertEquals(39.758506, score, 5e-7);
    }

    @Test
    void aConcatPastTheLastIntermediateNodeSaysSo() {
        // Cell.of saw range(2, 7) as a self-loop 6->6, and range(2, 999999999) likewise
        for (String concat : List.of("range(2, 7)", "range(2, 999999999)")) {
            CellRuleException e = assertThrows(CellRuleException.class, () -> DartsGenotype.parse(genotype("skip_connect", concat)));
            assertEquals("concat output", e.rule());
            assertEquals("DARTS rule \"concat output\" broken: the output concatenates intermediate nodes 2..5, not node 6 "
                    + "(the output itself) (normal cell, at column 201)", e.getMessage(), concat);
        }
        CellRuleException seven = assertThrows(CellRuleException.class,
                () -> DartsGenotype.parse(genotype("skip_connect", "[2, 3, 7]")));
        assertEquals("DARTS rule \"concat output\" broken: the output concatenates intermediate nodes 2..5, not node 7 "
                + "(normal cell, at column 208)", seven.getMessage());
        // a pair's problem comes first, as it comes first in the text
        CellRuleException pair = assertThrows(CellRuleException.class,
                () -> DartsGenotype.parse(genotype("skip_connect", "range(2, 7)").replaceFirst("\\('skip_connect', 1\\)",
                        "('skip_connect', 2)")));
        assertEquals("DARTS rule \"no cycles\" broken: edge 2->2 is a self-loop (normal cell, at column 56)",
                pair.getMessage());
    }
}
