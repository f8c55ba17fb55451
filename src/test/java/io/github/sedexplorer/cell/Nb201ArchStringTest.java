package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb201ArchStringTest {

    static final String BEST = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    @Test
    void parsesIntoCanonicalEdgeOrder() {
        Cell c = Nb201ArchString.parse(BEST);
        assertEquals(SearchSpace.NB201, c.space());
        assertEquals(6, c.edgeCount());
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}, {0, 3}, {1, 3}, {2, 3}};
        for (int i = 0; i < 6; i++) {
            assertEquals(pairs[i][0], c.edge(i).from());
            assertEquals(pairs[i][1], c.edge(i).to());
        }
        assertEquals(Op.SKIP, c.edge(3).op());
        assertEquals(Op.CONV_3X3, c.edge(5).op());
        assertEquals(BEST, Nb201ArchString.format(c));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = ';', value = {
        "''; 1; empty arch string",
        "nor_conv_3x3~0|+|; 1; expected '|' but found 'n'",
        "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|conv_3x3~1|nor_conv_3x3~2|; 66; unknown operation 'conv_3x3'",
        "|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|; 15; from node 0",
        "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|; 81; ends early",
        "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|x; 96; unexpected text",
        "|nor_conv_3x3~0||nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|; 17; expected '+'",
        "|nor_conv_3x3~01|+|; 15; ('~0')",
    })
    void errorsNameTheColumn(String text, int column, String what) {
        CellFormatException e = assertThrows(CellFormatException.class, () -> Nb201ArchString.parse(text));
        assertEquals("column " + column, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void transNasHasNoPooling() {
        String pool = "|avg_pool_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        CellFormatException e = assertThrows(CellFormatException.class,
                () -> Nb201ArchString.parse(pool, SearchSpace.TRANSNAS_MICRO));
        assertTrue(e.getMessage().contains("unknown operation 'avg_pool_3x3'"), e.getMessage());
        assertEquals(SearchSpace.NB201, Nb201ArchString.parse(pool).space());
    }

    @Test
    void transNasCodeMatchesArchString() {
        // data-formats.md §2: A = op(0->1); B,C = op(0->2), op(1->2); D,E,F = op(0->3), op(1->3), op(2->3)
        Cell c = TransNasCode.parse("64-41414-3_21_013");
        assertEquals("|nor_conv_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|none~0|skip_connect~1|nor_conv_3x3~2|",
                Nb201ArchString.format(c));
        assertEquals("64-41414-3_21_013", TransNasCode.format(c));
        CellFormatException e = assertThrows(CellFormatException.class, () -> TransNasCode.parse("64-41414-3_24_013"));
        assertEquals("column 13", e.position());
    }

    @Test
    void ruleErrorsNameTheRule() {
        CellRuleException e = assertThrows(CellRuleException.class, () -> Cell.of(SearchSpace.NB201,
                Nb201ArchString.NODES, java.util.List.of(new Edge(0, 1, Op.SKIP))));
        assertEquals("6 edges", e.rule());
        assertTrue(e.getMessage().contains("NAS-Bench-201 rule \"6 edges\""), e.getMessage());
    }
}
