package io.github.sedexplorer.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellFormatException;
import io.github.sedexplorer.cell.CellRuleException;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Error positions in pasted text, the caret marker, and the dialog's static helpers (no window). */
class TextSpotTest {

    static final String SPEC_CELL =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    @Test
    void columnsAreOneBased() {
        TextSpot s = TextSpot.locate(CellFormatException.atColumn("bad", 19), "x".repeat(30)).orElseThrow();
        assertEquals(new TextSpot(18, "column 19"), s);
        assertEquals("column 19", s.position("x".repeat(30)));
    }

    @Test
    void lineAndColumnCountFromTheLineStart() {
        String text = "{\n  \"a\": 1,\n  oops}";
        TextSpot s = TextSpot.locate(new CellFormatException("bad", "line 3, column 3"), text).orElseThrow();
        assertEquals(text.indexOf("oops"), s.index());
        assertEquals("line 3, column 3", s.position(text));
    }

    @Test
    void jsonPathsPointAtTheirValue() {
        String json = "{\"matrix\": [[0,1,0],[0,0,1],[0,0,0]],\n \"ops\": [\"input\", \"conv3x3\", \"output\"]}";
        TextSpot s = TextSpot.locate(new CellFormatException("unknown op", "$.ops[1]"), json).orElseThrow();
        assertEquals(json.indexOf("\"conv3x3\""), s.index());
        assertNull(s.quoted());
        assertEquals(OptionalInt.of(json.indexOf("[0,0,1]") + 5), JsonPaths.offset(json, "$.matrix[1][2]"));
        assertEquals(OptionalInt.of(0), JsonPaths.offset(json, "$"));
        assertEquals(OptionalInt.of(8), JsonPaths.offset("{\"a b\": 7}", "$[\"a b\"]"));
        assertEquals(OptionalInt.empty(), JsonPaths.offset(json, "$.ops[9]"));
        assertEquals(OptionalInt.empty(), JsonPaths.offset("{oops", "$.ops"));
        assertNull(JsonPaths.pointer("matrix[1]"));
        assertNull(JsonPaths.pointer("$.matrix[99999999999]"));
    }

    @Test
    void dartsRuleErrorsCarryAColumn() {
        SedException e = new CellRuleException(SearchSpace.DARTS, "2 inputs per intermediate node", "two edges 1->3")
                .at("normal cell, at column 57");
        assertEquals(new TextSpot(56, "column 57"), TextSpot.locate(e, "x".repeat(80)).orElseThrow());
        assertEquals(Optional.empty(), TextSpot.locate(new SedException("no position"), "abc"));
        assertEquals(Optional.empty(), TextSpot.locate(new CellFormatException("no position", null), "abc"));
    }

    @Test
    void markerShowsTheLineAroundTheSpot() {
        String typo = SPEC_CELL.replaceFirst("\\+\\|nor_conv_3x3", "+|nor_conv_3x4");
        assertEquals("..._3x3~0|+|nor_conv_3...\n            ^", new TextSpot(18, null).marker(typo, 9));
        assertEquals("ab\n^", new TextSpot(0, null).marker("ab\ncd", 5));
        assertEquals("cd\n  ^", new TextSpot(5, null).marker("ab\ncd", 5));
        assertEquals("a b\n  ^", new TextSpot(2, null).marker("a\tb", 5));
    }

    @Test
    void describeRestatesThePositionInTheUsersText() {
        String text = "\n  |nor_conv_3x9~0|";
        SedException e = CellFormatException.atColumn("unknown operation 'nor_conv_3x9'", 2);
        TextSpot spot = TextSpot.locate(e, text.strip()).orElseThrow().shift(3);
        assertEquals("unknown operation 'nor_conv_3x9' (at line 2, column 4)", ImportDialog.describe(e, text, spot));
        assertEquals("unknown operation 'nor_conv_3x9' (at column 2)", ImportDialog.describe(e, "|x", null));
    }

    @Test
    void tryParseIgnoresSurroundingWhitespace() {
        assertEquals(Optional.of(Architecture.of(Nb201ArchString.parse(SPEC_CELL))),
                ImportDialog.tryParse(SearchSpace.NB201, " \n\t" + SPEC_CELL + "\n\n"));
        assertFalse(ImportDialog.tryParse(SearchSpace.NB201, "  ").isPresent());
        assertFalse(ImportDialog.tryParse(SearchSpace.NB201, null).isPresent());
        assertFalse(ImportDialog.tryParse(SearchSpace.NB101, SPEC_CELL).isPresent());
    }

    @ParameterizedTest
    @EnumSource(value = SearchSpace.class, names = {"NB201", "TRANSNAS_MICRO", "NB101", "DARTS"})
    void everyPromptExampleIsValidInItsSpaceOnly(SearchSpace space) {
        String example = PasteFormat.of(space).example();
        assertEquals(space, ImportDialog.tryParse(space, example).orElseThrow().space());
        for (PasteFormat other : PasteFormat.ALL) {
            // an NB201 string without avg_pool_3x3 is a TransNAS micro cell too
            if (other.space() != space && !(space == SearchSpace.NB201 && other.space() == SearchSpace.TRANSNAS_MICRO)) {
                assertFalse(ImportDialog.tryParse(other.space(), example).isPresent(), other.space() + ": " + example);
            }
        }
        assertTrue(PasteFormat.of(space).hint().contains(space.opName(space.ops().get(0))));
    }
}
