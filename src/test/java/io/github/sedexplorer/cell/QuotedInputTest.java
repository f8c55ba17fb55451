package io.github.sedexplorer.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Every cell parser quotes the offending input at most {@link Quote#MAX} characters long, with an ellipsis and
 * its column, and with control characters escaped: a 1 MB token is a short message, an ESC sequence is inert.
 */
class QuotedInputTest {

    private static final String LONG = "q".repeat(1_000_000);
    private static final String CUT = "q".repeat(Quote.MAX - 1) + "…";
    private static final String ESC = "\u001b[2J";

    private static CellFormatException fails(Function<String, ?> parser, String text) {
        return assertThrows(CellFormatException.class, () -> parser.apply(text));
    }

    private static void assertShort(CellFormatException e) {
        assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), "no control character: " + e.getMessage());
    }

    @Test
    void nb201ArchString() {
        CellFormatException e = fails(Nb201ArchString::parse, "|" + LONG + "~0|");
        assertEquals("unknown operation '" + CUT + "' (NAS-Bench-201 has none, skip_connect, nor_conv_1x1, nor_conv_3x3, "
                + "avg_pool_3x3) (at column 2)", e.getMessage());
        assertShort(e);
        CellFormatException esc = fails(Nb201ArchString::parse, ESC + "|");
        assertEquals("expected '|' but found '\\u001b' (at column 1)", esc.getMessage());
        CellFormatException astral = fails(Nb201ArchString::parse, "\uD834\uDD1E|");
        assertEquals("expected '|' but found '\uD834\uDD1E' (at column 1)", astral.getMessage(), "a whole character, not half");
    }

    @Test
    void transNasCode() {
        CellFormatException e = fails(TransNasCode::parse, "64-41414-" + "\u009b" + "_33_333");
        assertEquals("operation digit must be 0..3 (none, skip, conv1x1, conv3x3), found '\\u009b' (at column 10)",
                e.getMessage());
        assertEquals("expected '_' between nodes, found '\\u001b' (at column 11)",
                fails(TransNasCode::parse, "64-41414-3\u001b33_333").getMessage());
    }

    @Test
    void naslibTuple() {
        CellFormatException e = fails(NaslibTuple::parse, "(" + LONG + ",0,0,0,0,0)");
        assertEquals("expected an op index 0..4 (0 skip_connect, 1 none, 2 nor_conv_3x3, 3 nor_conv_1x1, 4 avg_pool_3x3), "
                + "found '" + CUT + "' (at column 2)", e.getMessage());
        assertEquals("expected an op index 0..4 (0 skip_connect, 1 none, 2 nor_conv_3x3, 3 nor_conv_1x1, 4 avg_pool_3x3), "
                + "found '\\u001b[2J' (at column 2)", fails(NaslibTuple::parse, "(" + ESC + ",0,0,0,0,0)").getMessage());
    }

    @Test
    void nb101FlatSpec() {
        assertEquals("expected '0' or '1', found '\\u001b' (at column 2)",
                fails(Nb101FlatSpec::parse, "0\u001b10 input|output").getMessage());
        CellFormatException e = fails(Nb101FlatSpec::parse, "0100 input|" + LONG);
        assertEquals("the last op must be \"output\", found \"" + CUT + "\" (at column 12)", e.getMessage());
        assertShort(e);
    }

    @Test
    void dartsGenotype() {
        String genotype = "Genotype(normal=[('" + LONG + "', 0)";
        CellFormatException e = fails(DartsGenotype::parse, genotype);
        assertTrue(e.getMessage().startsWith("unknown operation '" + CUT + "'; DARTS has none, "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(at column 20)"), e.getMessage());
        assertShort(e);
        CellFormatException name = fails(DartsGenotype::parse, "Genotype" + LONG);
        assertEquals("expected 'Genotype' but found '" + "Genotype" + "q".repeat(Quote.MAX - 9) + "…' (at column 1)",
                name.getMessage());
        CellFormatException number = fails(DartsGenotype::parse, "Genotype(normal=[('skip_connect', " + "7".repeat(100_000));
        assertEquals("number " + "7".repeat(Quote.MAX - 1) + "… is far too large (at column 35)", number.getMessage());
        CellFormatException esc = fails(DartsGenotype::parse, "Genotype(" + ESC + ")");
        assertEquals("expected 'normal' but found '\\u001b' (at column 10)", esc.getMessage());
        CellFormatException compact = fails(DartsGenotype::parseNaslibCompact, "[[(0, " + "9".repeat(5000) + ")");
        assertEquals("number " + "9".repeat(Quote.MAX - 1) + "… is far too large (at column 7)", compact.getMessage());
    }

    @Test
    void jsonMessagesQuoteShortAndAlwaysSayWhere() {
        CellFormatException token = fails(Nb101Spec::parse, "{\"matrix\": " + LONG + "}");
        assertEquals("malformed JSON: Unrecognized token '" + CUT + "': was expecting (JSON String, Number, Array, Object "
                + "or token 'null', 'true' or 'false')", token.problem());
        assertShort(token);
        String key = "k".repeat(40_000); // Jackson refuses names over 50,000 characters itself
        CellFormatException dup = fails(Nb101Spec::parse, "{\"" + key + "\": 1, \"" + key + "\": 2}");
        assertEquals("malformed JSON: Duplicate field '" + "k".repeat(Quote.MAX - 1) + "…'", dup.problem());
        assertShort(dup);
        CellFormatException nan = fails(Nb101Spec::parse, "{\"matrix\": [[0, NaN]]}");
        assertEquals("malformed JSON: Non-standard token 'NaN' (JSON has no NaN or Infinity) (at line 1, column 20)",
                nan.getMessage());
        CellFormatException deep = fails(Nb101Spec::parse, "{\"matrix\":" + "[".repeat(100_000));
        assertEquals("malformed JSON: Document nesting depth (1001) exceeds the maximum allowed (1000) (at line 1, column 1011)",
                deep.getMessage(), "Jackson's limit, now with its position");
        CellFormatException digits = fails(Nb101Spec::parse, "{\"matrix\": [[0, " + "1".repeat(5000) + "]]}");
        assertEquals("malformed JSON: Number value length (5000) exceeds the maximum allowed (1000)", digits.problem());
        assertEquals("line 1, column 5017", digits.position());
        CellFormatException bidi = fails(Nb101Spec::parse, "{\"matrix\": \u202e}");
        assertTrue(bidi.getMessage().contains("'\\u202e'"), bidi.getMessage());
    }
}
