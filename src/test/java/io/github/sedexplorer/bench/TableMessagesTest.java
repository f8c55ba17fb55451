package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the reader's messages quote at most about 80 characters of input, escape control characters (the app's
 * dialogs have no terminal-safe writer), and name no command-line option.
 */
class TableMessagesTest {

    static final String A = TableReaderTest.A;
    static final String B = TableReaderTest.B;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void clean(String message) {
        assertTrue(message.chars().noneMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f), "control character in " + message);
    }

    @Test
    void columnNamesAndCellsAreEscapedAndCut() throws IOException {
        String x = "x".repeat(300);
        BenchmarkTable t = TableReader.read(write("c.csv", "arch,\"\u001b[2Jacc\",\"" + x + "\"\n" + A + ",1,2\n"
                + B + ",\u0007bell,\"" + x + "\"\n"));
        List<String> notes = t.report().notes();
        assertEquals("column '\\u001b[2Jacc': 1 non-numeric cells read as missing, e.g. line 3 '\\u0007bell'", notes.get(0));
        String cut = "x".repeat(79) + "…";
        assertEquals("column '" + cut + "': 1 non-numeric cells read as missing, e.g. line 3 '" + cut + "'", notes.get(1));
        notes.forEach(TableMessagesTest::clean);
        SedException twice = assertThrows(SedException.class, () -> TableReader.read(write("d.csv",
                "arch,\"a\u009bb\",\"a\u009bb\"\n" + A + ",1,2\n")));
        assertEquals("d.csv: column name 'a\\u009bb' appears twice in the header (columns 2 and 3)", twice.getMessage());
    }

    @Test
    void aLongHeaderIsListedShort() throws IOException {
        StringBuilder header = new StringBuilder("name");
        StringBuilder row = new StringBuilder("resnet");
        for (int i = 0; i < 5000; i++) {
            header.append(",metric_number_").append(i);
            row.append(',').append(i);
        }
        TableException e = assertThrows(TableException.class, () -> TableReader.read(write("w.csv", header + "\n" + row + "\n")));
        assertEquals("no column holds architectures (looked at the first 1 rows of name, metric_number_0, metric_number_1, "
                + "metric_number_2, metric_number_3, metric_number_4, … and 4,995 more)", e.getMessage());
        assertEquals(TableException.Hint.ARCH_COLUMN, e.hint());
    }

    @Test
    void coreMessagesNameNoCommandLineOption() throws IOException {
        TableException arch = assertThrows(TableException.class, () -> TableReader.read(write("u.csv", "name,acc\nresnet,94\n")));
        assertEquals("no column holds architectures (looked at the first 1 rows of name, acc)", arch.getMessage());
        TableException index = assertThrows(TableException.class, () -> TableReader.read(write("i.csv", "arch_index,acc\n1,94\n")));
        assertFalse(index.getMessage().contains("--"), index.getMessage());
        assertEquals(TableException.Hint.INDEX_TABLE, index.hint());
    }

    @Test
    void jsonKeysInRowPlacesAreCut() throws IOException {
        String key = "|" + "y".repeat(200) + "\u001b";
        BenchmarkTable t = TableReader.read(write("k.json", "{\"" + A + "\": {\"acc\": 1, \"p\": 2}, \"" + key.replace("\u001b", "\\u001b")
                + "\": {\"acc\": 2, \"p\": 3}}"));
        assertEquals(1, t.rows());
        String example = t.report().skipped().get(0).examples().get(0);
        assertTrue(example.startsWith("$[\"|" + "y".repeat(78) + "…\"]: "), example);
        clean(example);
    }

    @Test
    void theSummaryListsAtMostTwentyNotes() throws IOException {
        StringBuilder header = new StringBuilder("arch");
        StringBuilder one = new StringBuilder(A);
        StringBuilder two = new StringBuilder(B);
        for (int i = 0; i < 30; i++) {
            header.append(",m").append(i);
            one.append(",1");
            two.append(",x");
        }
        BenchmarkTable t = TableReader.read(write("n.csv", header + "\n" + one + "\n" + one.toString().replace(A, C) + "\n"
                + two + "\n"));
        assertEquals(30, t.report().notes().size());
        List<String> lines = t.report().summary().lines().toList();
        assertEquals(22, lines.size(), t.report().summary());
        assertEquals("  column 'm19': 1 non-numeric cells read as missing, e.g. line 4 'x'", lines.get(20));
        assertEquals("  … and 10 more notes", lines.get(21));
    }

    static final String C = TableReaderTest.C;
}
