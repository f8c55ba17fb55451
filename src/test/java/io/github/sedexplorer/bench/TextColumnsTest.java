package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mostly-text columns other than the architecture's are kept as text: ids, notes, NATS' UniqueString. */
class TextColumnsTest {

    private static final String A = TableReaderTest.A;
    private static final String B = TableReaderTest.B;
    private static final String C = TableReaderTest.C;
    private static final String D = "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|avg_pool_3x3~2|";
    private static final String E = "|skip_connect~0|+|none~0|skip_connect~1|+|none~0|none~1|skip_connect~2|";

    @TempDir
    Path dir;

    @Test
    void textColumnsKeepTheirCells() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "arch,acc,note,tag\n"
                + A + ",94.3,first,x\n"
                + B + ",85.9,,x\n"
                + C + ",10,none,y\n"
                + D + ",60,3,\n"
                + E + ",oops,\"a, b\",x\n"
                + A + ",93.0,later,z\n");
        BenchmarkTable t = TableReader.read(f);
        assertEquals(5, t.rows());
        assertEquals(List.of("acc"), t.metricNames(), "acc is mostly numbers: a metric, 'oops' read as missing");
        assertEquals(List.of("note", "tag"), t.textNames());
        assertEquals("first", t.text("note", 0), "the first row of a repeated architecture is kept, with its text");
        assertNull(t.text("note", 1), "an empty cell is null");
        assertEquals("none", t.text("note", 2), "a word read as missing in a number column is still text here");
        assertEquals("3", t.text("note", 3), "a number in a text column comes back plain");
        assertEquals("a, b", t.text("note", 4));
        assertNull(t.text("tag", 3));
        assertSame(t.text("tag", 0), t.text("tag", 1), "repeated values share one string");
        assertFalse(t.hasText("arch"), "the architecture column is not a text column");
        assertFalse(t.hasText("acc"));
        assertTrue(t.hasText("tag"));
        assertTrue(t.report().notes().contains("text columns, kept as text (not metrics): note, tag"), t.report().notes().toString());
        SedException e = assertThrows(SedException.class, () -> t.text("acc", 0));
        assertEquals("the table has no text column 'acc' (it has note, tag)", e.getMessage());
    }

    @Test
    void jsonRowsKeepTextFieldsToo() throws IOException {
        Path f = dir.resolve("t.json");
        Files.writeString(f, "[{\"arch\": \"" + A + "\", \"acc\": 94.3, \"id\": \"a-1\"},"
                + " {\"arch\": \"" + B + "\", \"acc\": 85.9, \"id\": null}]");
        BenchmarkTable t = TableReader.read(f);
        assertEquals(List.of("id"), t.textNames());
        assertEquals("a-1", t.text("id", 0));
        assertNull(t.text("id", 1));
    }

    @Test
    void natsUniqueStringGroupsTheCellsIntoTheirClasses() {
        BenchmarkTable t = SharedTables.of("nb201-nats-landscape.csv");
        assertEquals(List.of("UniqueString"), t.textNames());
        assertEquals(15_625, t.rows());
        Set<String> distinct = new HashSet<>();
        for (int r = 0; r < t.rows(); r++) {
            distinct.add(t.text("UniqueString", r));
        }
        assertFalse(distinct.contains(null), "every row has one");
        assertEquals(6_466, distinct.size(), "SOURCES.md: NB201's 6,466 non-isomorphic cells");
        // SOURCES.md: index 9930 is all conv3x3 with a skip 0->3; its canonical form ends in "+0", the skip
        String best = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        assertEquals(best, t.archText(9930));
        assertEquals(Nb201ArchString.parse(best), t.architecture(9930).cell());
        assertEquals("(((0)@nor_conv_3x3)@nor_conv_3x3+(0)@nor_conv_3x3)@nor_conv_3x3+((0)@nor_conv_3x3)@nor_conv_3x3+0",
                t.text("UniqueString", 9930));
    }

    @Test
    void transNasIdColumnsAreText() {
        BenchmarkTable t = SharedTables.of("tnb101-micro-naslib.csv");
        assertEquals("tnb_arch", t.archColumn());
        // cell holds the same architectures in NB201 grammar; only the column read as architectures is left out
        assertEquals(List.of("naslib_tuple", "cell"), t.textNames());
        assertEquals("(0,0,0,0,0,0)", t.text("naslib_tuple", 0));
        assertEquals("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|", t.text("cell", 0));
    }
}
