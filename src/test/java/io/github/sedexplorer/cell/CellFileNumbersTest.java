package io.github.sedexplorer.cell;

import static io.github.sedexplorer.cell.CellFileTest.fails;
import static io.github.sedexplorer.cell.CellFileTest.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Numbers in cell files are read exactly (never truncated to 64 or 32 bits), and quoted input stays short. */
class CellFileNumbersTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = ';', value = {
        // ids, endpoints and the version beyond int or long are errors at their path, not wrapped into range
        "{ \"id\": 2,; { \"id\": 4294967298,; $.cells[0].nodes[2].id",
        "{ \"id\": 2,; { \"id\": 18446744073709551618,; $.cells[0].nodes[2].id",
        "{ \"id\": 2,; { \"id\": 2.0,; $.cells[0].nodes[2].id",
        "\"from\": 1, \"to\": 2,; \"from\": 1, \"to\": 4294967298,; $.cells[0].edges[2].to",
        "\"from\": 1, \"to\": 2,; \"from\": 18446744073709551617, \"to\": 2,; $.cells[0].edges[2].from",
        "\"version\": 1,; \"version\": 18446744073709551617,; $.version",
        "\"version\": 1,; \"version\": 1.5,; $.version",
    })
    void wholeNumbersOutOfRangeAreRefusedWhereTheyStand(String from, String to, String position) {
        String text = valid().replace(from, to);
        assertEquals(false, text.equals(valid()), "the replacement applies");
        assertEquals(position, fails(CellFormatException.class, text).position());
    }

    @Test
    void longAndControlCharacterStringsAreQuotedShort() {
        String op = "\\u001b[31m" + "y".repeat(5000);
        String text = valid().replace("\"op\": \"skip_connect\" }", "\"op\": \"" + op + "\" }");
        CellFormatException e = fails(CellFormatException.class, text);
        assertEquals("unknown operation \"\\u001b[31m" + "y".repeat(79 - 5) + "…\" (NAS-Bench-201 has none, skip_connect, "
                + "nor_conv_1x1, nor_conv_3x3, avg_pool_3x3)", e.problem());
        String version = valid().replace("\"version\": 1,", "\"version\": \"" + "9".repeat(100_000) + "\",");
        assertEquals("version must be a whole number from 1, found \"" + "9".repeat(78) + "…",
                fails(CellFormatException.class, version).problem(), "a version string of 100,000 digits was quoted whole");
        String space = valid().replace("\"nb201\"", "\"" + "s".repeat(300) + "\"");
        assertEquals("unknown search space \"" + "s".repeat(79) + "…\" (one of nb201, transnas, nb101, darts, free)",
                fails(CellFormatException.class, space).problem());
        String role = valid().replace("\"role\": \"input\"", "\"role\": \"\\u009b2J" + "r".repeat(200) + "\"");
        assertEquals("unknown role \"\\u009b2J" + "r".repeat(79 - 3) + "…\" (input, intermediate or output)",
                fails(CellFormatException.class, role).problem());
    }
}
