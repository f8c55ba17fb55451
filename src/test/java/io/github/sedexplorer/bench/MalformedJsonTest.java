package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: a JSON table is one value; what follows it is refused, naming where, not read as more rows. */
class MalformedJsonTest {

    static final String A = TableReaderTest.A;
    static final String B = TableReaderTest.B;
    static final String C = TableReaderTest.C;
    static final String ROWS = "[{\"arch\": \"" + A + "\", \"acc\": 1}, {\"arch\": \"" + B + "\", \"acc\": 2}]";
    static final String KEYED = "{\"" + A + "\": {\"acc\": 1, \"params\": 2}, \"" + B + "\": {\"acc\": 3, \"params\": 4}}";

    @TempDir
    Path dir;

    private String refused(String name, String json) throws IOException {
        Path f = Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
        return assertThrows(SedException.class, () -> TableReader.read(f)).getMessage();
    }

    @Test
    void rowsAfterTheClosingBracketAreAnError() throws IOException {
        assertEquals("t.json: line 1, column " + (ROWS.length() + 2) + ": data after the end of the top-level JSON array "
                + "(a table is one JSON value)", refused("t.json", ROWS + " {\"arch\": \"" + C + "\", \"acc\": 3}"));
        assertEquals("n.json: line 3, column 1: data after the end of the top-level JSON array (a table is one JSON value)",
                refused("n.json", ROWS + "\n\n[{\"arch\": \"" + C + "\", \"acc\": 3}]\n"));
        String junk = refused("j.json", ROWS + " xyz");
        assertTrue(junk.startsWith("j.json: line 1, column "), junk);
        assertTrue(junk.endsWith(": data after the end of the top-level JSON array (a table is one JSON value)"), junk);
    }

    @Test
    void aSecondValueAfterAKeyedTableIsAnErrorNotANullPointer() throws IOException {
        assertEquals("k.json: line 1, column " + (KEYED.length() + 1) + ": data after the end of the top-level JSON object "
                + "(a table is one JSON value)", refused("k.json", KEYED + "{}"));
    }

    @Test
    void theNaslibLayoutRefusesTrailingDataToo() throws IOException {
        String k = "[[(0, 0), (1, 5), (1, 1), (0, 1), (1, 3), (0, 3), (1, 3), (3, 2)], "
                + "[(1, 0), (0, 2), (1, 3), (0, 3), (3, 0), (0, 1), (2, 0), (3, 6)]]";
        String zc = "{\"cifar10\": {\"" + k + "\": {\"val_accuracy\": 93.5, \"zen\": {\"score\": 1.0, \"time\": 1.0}}}}";
        assertEquals("zc.json: line 2, column 1: data after the end of the top-level JSON object (a table is one JSON value)",
                refused("zc.json", zc + "\n{\"cifar100\": {}}"));
        Path ok = Files.writeString(dir.resolve("ok.json"), zc + "\n  \n");
        assertEquals(1, TableReader.read(ok).rows(), "white space after the value is fine");
    }

    @Test
    void whiteSpaceAfterTheValueIsFine() throws IOException {
        Path f = Files.writeString(dir.resolve("w.json"), ROWS + "\n\n \t\n");
        BenchmarkTable t = TableReader.read(f);
        assertEquals(2, t.rows());
        assertEquals(2, t.report().rowsRead());
        Path keyed = Files.writeString(dir.resolve("k.json"), KEYED + "\n");
        assertEquals(2, TableReader.read(keyed).rows());
    }

    @Test
    void jacksonsMessageIsCutAsForEveryJsonDocument() throws IOException {
        // a broken row after good ones: its Jackson message quoted the bad token at Jackson's own 256 characters
        String json = ROWS.substring(0, ROWS.length() - 1) + ", {\"arch\": " + "x".repeat(5_000) + "}]";
        Path f = Files.writeString(dir.resolve("b.json"), json, StandardCharsets.UTF_8);
        LoadReport r = TableReader.read(f).report();
        String example = r.skipped().get(0).examples().get(0);
        assertTrue(example.startsWith("malformed JSON at line 1, column "), example);
        assertTrue(example.contains("'" + "x".repeat(79) + "…'"), example);
        assertTrue(example.length() < 300, example);
        assertEquals(2, r.rowsKept());
    }
}
