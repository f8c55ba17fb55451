package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nb101FlatSpecTest {

    private static final String OPS = "input|conv3x3-bn-relu|maxpool3x3|output";

    @Test
    void prunesDeadVerticesAndFormatsThePrunedSpec() {
        // vertex 2 has no path to the output: dropped
        Cell cell = Nb101FlatSpec.parse("0110" + "0001" + "0000" + "0000", OPS);
        assertEquals("010001000 input|conv3x3-bn-relu|output", Nb101FlatSpec.format(cell));
        assertEquals(cell, Nb101FlatSpec.parse(Nb101FlatSpec.format(cell)));
        assertEquals(cell, Nb101Spec.parse("{\"matrix\": [[0,1,0],[0,0,1],[0,0,0]], \"ops\": [\"input\",\"conv3x3-bn-relu\",\"output\"]}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "0100000101000000#input|conv3x3-bn-relu|maxpool3x3|output#edge 2->1 runs backwards: the matrix must be strictly upper-triangular (edges go from a lower to a higher vertex) (at column 10)",
            "010000010001000#input|conv3x3-bn-relu|maxpool3x3|output#the adjacency has 15 characters; 4 ops need 4×4 = 16 (at column 16)",
            "01000010000x0000#input|conv3x3-bn-relu|maxpool3x3|output#expected '0' or '1', found 'x' (at column 12)",
    })
    void adjacencyErrorsNameTheCharacter(String adjacency, String ops, String message) {
        assertEquals(message, assertThrows(CellFormatException.class, () -> Nb101FlatSpec.parse(adjacency, ops)).getMessage());
    }

    @Test
    void opErrorsNameTheColumnOfTheLabel() {
        CellFormatException e = assertThrows(CellFormatException.class,
                () -> Nb101FlatSpec.parse("0100001000010000 input|conv3x3-bn-relu|conv9x9|output"));
        assertEquals("column 40", e.position());
        assertEquals("ops column 23", assertThrows(CellFormatException.class,
                () -> Nb101FlatSpec.parse("0100001000010000", "input|conv3x3-bn-relu|conv9x9|output")).position());
    }

    @Test
    void inputThatCannotReachOutputBreaksARule() {
        assertThrows(CellRuleException.class, () -> Nb101FlatSpec.parse("0100" + "0000" + "0000" + "0000", OPS));
    }
}
