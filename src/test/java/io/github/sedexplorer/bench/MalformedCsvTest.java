package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: broken quoting costs the row it is on, never the file or the rows after it. */
class MalformedCsvTest {

    static final List<String> NB201 = SpaceEnumerator.cells(SearchSpace.NB201).stream().map(Nb201ArchString::format).toList();
    static final String A = TableReaderTest.A;
    static final String B = TableReaderTest.B;
    static final String C = TableReaderTest.C;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A header and n rows of distinct NB201 cells (row i on line i + 2), with line {@code badLine} replaced. */
    private Path rows(String name, int n, int badLine, String bad) throws IOException {
        StringBuilder sb = new StringBuilder("arch,acc,note\n");
        for (int i = 0; i < n; i++) {
            sb.append(i + 2 == badLine ? bad : NB201.get(i) + "," + i + ",n" + i).append('\n');
        }
        return write(name, sb.toString());
    }

    private static String only(LoadReport r) {
        assertEquals(1, r.skipped().size(), r.summary());
        assertEquals(1, r.skipped().get(0).count(), r.summary());
        return r.skipped().get(0).examples().get(0);
    }

    @Test
    void aHeaderThatDoesNotParseIsASedExceptionWithLineAndColumn() throws IOException {
        SedException junk = assertThrows(SedException.class, () -> TableReader.read(write("h.csv", "\"a\"b,c\n1,2\n")));
        assertEquals("h.csv: the header cannot be read: line 1, column 4: 'b' after the closing quote of the field opened at "
                + "column 1 (a quote inside a quoted field is written \"\")", junk.getMessage());
        SedException open = assertThrows(SedException.class, () -> TableReader.read(write("o.csv",
                "arch,\"acc\n" + A + ",1\n")));
        assertEquals("o.csv: the header cannot be read: line 1: unterminated quote opened at line 1, column 6 "
                + "(the file ends inside it: is it truncated?)", open.getMessage());
    }

    @Test
    void aBadQuoteInTheMiddleCostsOneRow() throws IOException {
        BenchmarkTable t = TableReader.read(rows("mid.csv", 1000, 6, "\"arch\"x,2,n"));
        LoadReport r = t.report();
        assertEquals(1000, r.rowsRead());
        assertEquals(999, r.rowsKept());
        assertEquals(999, t.rows());
        assertEquals("malformed quoting", r.skipped().get(0).reason());
        assertEquals("line 6, column 7: 'x' after the closing quote of the field opened at column 1 "
                + "(a quote inside a quoted field is written \"\")", only(r));
        assertEquals(NB201.get(999), t.archText(998));
        assertEquals(999.0, t.metric("acc")[998]);
    }

    @Test
    void anUnterminatedQuoteDoesNotSwallowTheRestOfTheFile() throws IOException {
        BenchmarkTable t = TableReader.read(rows("open.csv", 1000, 6, NB201.get(4) + ",4,\"never closed"));
        LoadReport r = t.report();
        assertEquals(1000, r.rowsRead());
        assertEquals(999, t.rows());
        assertEquals("line 6: unterminated quote opened at line 6, column " + (NB201.get(4).length() + 4) + " (the file ends inside it: is it truncated?)",
                only(r));
        assertEquals("n5", t.text("note", 4), "line 7 is read again as a row of its own");
    }

    @Test
    void aQuotedFieldRunsAtMostAMegabytePastItsLine() throws IOException {
        // 15,625 rows of about 100 characters: the open quote on line 3 finds no closing quote within 1 MiB
        int n = NB201.size();
        Path f = rows("long.csv", n, 3, NB201.get(1) + ",1,\"x");
        long size = Files.size(f);
        assertEquals(true, size > CsvRecords.MAX_QUOTED + 100_000, "size " + size);
        BenchmarkTable t = TableReader.read(f);
        assertEquals(n, t.report().rowsRead());
        assertEquals(n - 1, t.rows());
        assertEquals("line 3: unterminated quote opened at line 3, column " + (NB201.get(1).length() + 4) + " (no closing quote in the next 1,048,576 characters)",
                only(t.report()));
        assertEquals("n15624", t.text("note", n - 2));
    }

    @Test
    void aQuoteThatClosesOnALaterLineFollowedByTextSkipsOnlyItsFirstLine() throws IOException {
        // line 3 opens a quote that the quote at the start of line 4 closes: line 3 is the bad row, line 4 a good one
        Path f = write("later.csv", "arch,acc,note\n" + A + ",1,a\n" + B + ",2,\"oops\n\"" + C + "\",3,c\n");
        BenchmarkTable t = TableReader.read(f);
        assertEquals(3, t.report().rowsRead());
        assertEquals(2, t.rows());
        assertEquals("line 3: the quoted field opened at line 3, column " + (B.length() + 4) + " closes on line 4 and is followed by '|' at column 2 "
                + "(a quote inside a quoted field is written \"\")", only(t.report()));
        assertEquals(C, t.archText(1));
        assertEquals(3.0, t.metric("acc")[1]);
    }

    @Test
    void multiLineQuotedFieldsThatCloseStillWork() throws IOException {
        Path f = write("ml.csv", "arch,acc,note\r\n" + A + ",1,\"two\r\nlines, \"\"quoted\"\"\"\r\n\"" + B + "\",2,x\r\n"
                + C + ",3\r\n");
        BenchmarkTable t = TableReader.read(f);
        assertEquals(3, t.report().rowsRead());
        assertEquals(2, t.rows());
        assertEquals("two\r\nlines, \"quoted\"", t.text("note", 0));
        assertEquals(B, t.archText(1));
        assertEquals("line 5 has 2 fields, the header has 3", only(t.report()), "rows are named by the line they start on");
    }

    @Test
    void aHeaderLongerThan64KiBWorks() throws IOException {
        StringBuilder header = new StringBuilder("arch");
        StringBuilder row = new StringBuilder(A);
        for (int i = 0; i < 12_000; i++) {
            header.append(",metric_").append(i);
            row.append(',').append(i);
        }
        assertEquals(true, header.length() > 64 * 1024);
        BenchmarkTable t = TableReader.read(write("wide.csv", header + "\n" + row + "\n"));
        assertEquals(1, t.rows());
        assertEquals(12_000, t.metricNames().size());
        assertEquals(11_999.0, t.metric("metric_11999")[0]);
    }

    @Test
    void aByteOrderMarkAndSemicolonsStillWork() throws IOException {
        BenchmarkTable t = TableReader.read(write("bom.csv", "\uFEFF\"arch\";acc\n" + A + ";1\n" + B + ";2\n"));
        assertEquals("arch", t.archColumn());
        assertEquals(2, t.rows());
    }

    @Test
    void aMalformedFirstRowDoesNotHideTheArchitectureColumn() throws IOException {
        BenchmarkTable quote = TableReader.read(write("q.csv", "id,acc,arch\n1,2,\"" + A + "\"x\n2,3," + B + "\n3,4," + C + "\n"));
        assertEquals(SearchSpace.NB201, quote.space());
        assertEquals("arch", quote.archColumn());
        assertEquals(2, quote.rows());
        assertEquals(3, quote.report().rowsRead());
        BenchmarkTable fields = TableReader.read(write("f.csv", "id,acc,arch\n1,2,3," + A + ",x\n2,3," + B + "\n"));
        assertEquals("arch", fields.archColumn());
        assertEquals(1, fields.rows());
        assertEquals("line 2 has 5 fields, the header has 3", only(fields.report()));
        BenchmarkTable arch = TableReader.read(write("a.csv", "id,acc,arch\n1,2,|bad|\n2,3," + B + "\n"));
        assertEquals("arch", arch.archColumn());
        assertEquals(1, arch.rows());
    }

    @Test
    void bytesThatAreNotUtf8PastTheSniffedHeadNameTheirLine() throws IOException {
        StringBuilder sb = new StringBuilder("arch,acc,note\n");
        for (int i = 0; i < 3000; i++) {
            sb.append(NB201.get(i)).append(',').append(i).append(",n").append(i).append('\n');
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(true, good.length > 64 * 1024, "past the 64 KiB TableReader checks up front");
        byte[] bad = (NB201.get(3000) + ",1,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        Path f = dir.resolve("latin.csv");
        Files.write(f, java.nio.ByteBuffer.allocate(good.length + bad.length).put(good).put(bad).array());
        assertEquals("latin.csv: line 3002 is not UTF-8 text (byte 0xE9 does not fit a UTF-8 character here)",
                assertThrows(SedException.class, () -> TableReader.read(f)).getMessage());
    }
}
