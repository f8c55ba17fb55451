package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class Nb101SpecProperties {

    private static final List<String> NAMES = List.of("conv1x1-bn-relu", "conv3x3-bn-relu", "maxpool3x3");

    /** A raw spec: random strictly upper-triangular matrix (edge density 1/3) and random interior ops. */
    record Raw(int[][] matrix, List<String> ops) {
        Cell cellOrNull() {
            try {
                return Nb101Spec.fromMatrix(matrix, ops);
            } catch (CellRuleException e) { // disconnected, or more than 9 edges after pruning
                return null;
            }
        }
    }

    @Provide
    Arbitrary<Raw> rawSpecs() {
        return Arbitraries.integers().between(2, 7).flatMap(n -> Combinators.combine(
                Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(1, 1)).list().ofSize(n * (n - 1) / 2),
                Arbitraries.of(NAMES).list().ofSize(n - 2)).as((bits, interior) -> {
                    int[][] m = new int[n][n];
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        for (int j = i + 1; j < n; j++) {
                            m[i][j] = bits.get(k++);
                        }
                    }
                    List<String> ops = new ArrayList<>();
                    ops.add("input");
                    ops.addAll(interior);
                    ops.add("output");
                    return new Raw(m, ops);
                }));
    }

    @Provide
    Arbitrary<Cell> prunedCells() {
        return rawSpecs().map(Raw::cellOrNull).filter(Objects::nonNull);
    }

    @Property(tries = 300)
    void formatThenParseIsIdentity(@ForAll("prunedCells") Cell cell) {
        String text = Nb101Spec.format(cell);
        assertEquals(cell, Nb101Spec.parse(text));
        assertEquals(text, Nb101Spec.format(Nb101Spec.parse(text)));
        assertSame(cell, Nb101Spec.prune(cell));
    }

    /** Pruned means: in this single-source DAG every vertex but the input is fed, every vertex but the output feeds. */
    @Property(tries = 300)
    void everyKeptVertexLiesOnAPath(@ForAll("prunedCells") Cell cell) {
        int n = cell.nodeCount();
        for (int v = 0; v < n; v++) {
            int vertex = v;
            boolean fed = cell.edges().stream().anyMatch(e -> e.to() == vertex);
            boolean feeds = cell.edges().stream().anyMatch(e -> e.from() == vertex);
            assertTrue(v == 0 || fed, "vertex " + v + " of " + cell);
            assertTrue(v == n - 1 || feeds, "vertex " + v + " of " + cell);
        }
        assertTrue(cell.edgeCount() <= SearchSpace.NB101_MAX_EDGES);
    }

    /** Raw text pruned by parse gives what fromMatrix gives, or the same rule error. */
    @Property(tries = 300)
    void parseOfRawTextAgreesWithFromMatrix(@ForAll("rawSpecs") Raw raw) {
        StringBuilder sb = new StringBuilder("{\"ops\": [");
        for (int i = 0; i < raw.ops().size(); i++) {
            sb.append(i == 0 ? "\"" : ", \"").append(raw.ops().get(i)).append('"');
        }
        sb.append("], \"matrix\": [");
        for (int i = 0; i < raw.matrix().length; i++) {
            sb.append(i == 0 ? "" : ", ").append(java.util.Arrays.toString(raw.matrix()[i]));
        }
        String text = sb.append("]}").toString();
        Cell expected = raw.cellOrNull();
        if (expected == null) {
            CellRuleException e = org.junit.jupiter.api.Assertions.assertThrows(CellRuleException.class,
                    () -> Nb101Spec.parse(text));
            assertTrue(e.rule().equals("input reaches output") || e.rule().equals("at most 9 edges"), e.getMessage());
        } else {
            assertEquals(expected, Nb101Spec.parse(text));
        }
    }

    @Property(tries = 500)
    void mutatedSpecsOnlyThrowSedException(@ForAll("prunedCells") Cell cell,
            @ForAll @IntRange(min = 0, max = 10_000) int at,
            @ForAll("mutations") int kind,
            @ForAll("specCharacters") char c) {
        String text = Nb101Spec.format(cell);
        int p = at % (text.length() + 1);
        String mutated = switch (kind) {
            case 0 -> text.substring(0, p) + c + text.substring(p);
            case 1 -> p < text.length() ? text.substring(0, p) + text.substring(p + 1) : text + c;
            case 2 -> p < text.length() ? text.substring(0, p) + c + text.substring(p + 1) : c + text;
            default -> text.substring(0, p);
        };
        parseOrSedException(mutated);
    }

    @Property(tries = 500)
    void randomStringsOnlyThrowSedException(@ForAll("specishStrings") String text) {
        parseOrSedException(text);
    }

    @Property(tries = 300)
    void randomMatricesOnlyThrowSedException(@ForAll("anyMatrices") int[][] matrix,
            @ForAll("anyOps") List<String> ops) {
        try {
            Cell c = Nb101Spec.fromMatrix(matrix, ops);
            assertEquals(c, Nb101Spec.parse(Nb101Spec.format(c)));
        } catch (SedException expected) {
            // the one domain error type
        }
    }

    private static void parseOrSedException(String text) {
        try {
            Cell c = Nb101Spec.parse(text);
            assertEquals(c, Nb101Spec.parse(Nb101Spec.format(c)));
        } catch (SedException expected) {
            // the one domain error type: anything else fails the property
        }
    }

    @Provide
    Arbitrary<Integer> mutations() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<Character> specCharacters() {
        return Arbitraries.oneOf(Arbitraries.of('0', '1', '2', ',', '[', ']', '{', '}', '"', ':', ' ', '-', '\\', 'e', '.'),
                Arbitraries.chars());
    }

    @Provide
    Arbitrary<String> specishStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[],:\"01 input output matrix ops-3x").ofMaxLength(80),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("{\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"]}", "{}", "[]", "\"\"",
                        "{\"matrix\":1e999999,\"ops\":[]}", "{\"matrix\":[[0,99999999999999999999999]]}",
                        "\uFEFF{}", "[".repeat(2000), "{\"matrix\":[[0," + "9".repeat(2000) + "]]}", "{\"matrix\":[[0,1],[0,0]],\"ops\":[\"input\",\"output\"]}\u0000"));
    }

    @Provide
    Arbitrary<int[][]> anyMatrices() {
        Arbitrary<int[]> row = Arbitraries.integers().between(-1, 2).array(int[].class).ofMaxSize(8).injectNull(0.05);
        return row.array(int[][].class).ofMaxSize(8).injectNull(0.05);
    }

    @Provide
    Arbitrary<List<String>> anyOps() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("input", "output", "conv1x1-bn-relu",
                "conv3x3-bn-relu", "maxpool3x3", "conv_3x3"), Arbitraries.strings().ofMaxLength(5)).injectNull(0.05);
        return name.list().ofMaxSize(8).injectNull(0.05);
    }
}
