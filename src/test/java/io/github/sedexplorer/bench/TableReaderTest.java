package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.NaslibTuple;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small tables written here, good and malformed: each malformed one gets a precise message. */
class TableReaderTest {

    static final String A = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String B = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";
    static final String C = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** A table said to be NB201 may key its rows by NASLib op-index tuples (NAS-Bench-Suite-Zero's keys) alone. */
    @Test
    void readsNaslibTuplesAsNb201WhenTheSpaceIsGiven() throws IOException {
        String a = NaslibTuple.format(Nb201ArchString.parse(A));
        String b = NaslibTuple.format(Nb201ArchString.parse(B));
        Path f = write("tuples.csv", "naslib_tuple,acc\n\"" + a + "\",94.3\n\"" + b + "\",85.9\n");
        BenchmarkTable t = TableReader.read(f, new ReadOptions(SearchSpace.NB201, null), LoadMonitor.NONE);
        assertEquals("naslib_tuple", t.archColumn());
        assertEquals(List.of(A, B), List.of(Nb201ArchString.format(t.architecture(0).cell()), Nb201ArchString.format(t.architecture(1).cell())));
    }

    @Test
    void readsCsvWithQuotesAndDetectsTheArchitectureColumn() throws IOException {
        Path f = write("t.csv", "id,acc,\"note, quoted\",arch\n1,94.3,\"a, b\"," + A + "\n2,85.9,x," + B + "\n3,10,y," + C + "\n");
        BenchmarkTable t = TableReader.read(f);
        assertEquals(SearchSpace.NB201, t.space());
        assertEquals("arch", t.archColumn());
        assertEquals(3, t.rows());
        assertEquals(List.of("id", "acc"), t.metricNames());
        assertEquals(Nb201ArchString.parse(B), t.architecture(1).cell());
        assertEquals(85.9, t.metric("acc")[1]);
        assertTrue(t.report().notes().get(0).contains("text columns, kept as text (not metrics): note, quoted"), t.report().notes().toString());
        assertEquals(List.of("note, quoted"), t.textNames());
        assertEquals("a, b", t.text("note, quoted", 0));
    }

    @Test
    void detectsTabsAndSemicolons() throws IOException {
        BenchmarkTable tsv = TableReader.read(write("t.tsv", "arch\tacc\n" + A + "\t94.3\n" + B + "\t85.9\n"));
        assertEquals(2, tsv.rows());
        BenchmarkTable semi = TableReader.read(write("t.csv", "arch;acc;params\n" + A + ";94,3;1.2\n" + B + ";85.9;0.4\n"));
        assertEquals(List.of("acc", "params"), semi.metricNames());
        assertEquals(1, semi.report().notes().size(), "the decimal comma is not a number, and says so");
        assertTrue(semi.report().notes().get(0).contains("column 'acc': 1 non-numeric cells read as missing, e.g. line 2 '94,3'"),
                semi.report().notes().get(0));
        assertTrue(Double.isNaN(semi.metric("acc")[0]));
    }

    @Test
    void badRowsAreSkippedAndCounted() throws IOException {
        Path f = write("t.csv", "arch,acc\n" + A + ",94.3\n|nor_conv_5x5~0|+|,50\n" + B + ",85.9,extra\n" + A + ",93.0\n"
                + C + ",-Infinity\n\n" + B + ",\n");
        BenchmarkTable t = TableReader.read(f);
        assertEquals(3, t.rows());
        LoadReport r = t.report();
        assertEquals(6, r.rowsRead());
        assertEquals(3, r.rowsKept());
        assertEquals(3, r.rowsSkipped());
        List<LoadReport.Issue> issues = r.skipped();
        assertEquals("not a NB201 arch string", issues.get(0).reason());
        assertEquals("line 3: unknown operation 'nor_conv_5x5' (NAS-Bench-201 has none, skip_connect, nor_conv_1x1, "
                + "nor_conv_3x3, avg_pool_3x3) (at column 2)", issues.get(0).examples().get(0));
        assertEquals("line 4 has 3 fields, the header has 2", issues.get(1).examples().get(0));
        assertEquals("line 5 repeats line 2", issues.get(2).examples().get(0));
        assertTrue(issues.get(2).reason().contains("the first row is kept"));
        assertEquals(94.3, t.metric("acc")[0], "the first of two duplicate rows is kept");
        assertEquals(Double.NEGATIVE_INFINITY, t.metric("acc")[1]);
        assertTrue(Double.isNaN(t.metric("acc")[2]), "an empty cell is missing");
        assertTrue(r.summary().contains("1 × not a NB201 arch string, e.g. line 3: unknown operation"), r.summary());
    }

    @Test
    void theSummaryGivesEachExampleALineOfItsOwn() throws IOException {
        StringBuilder sb = new StringBuilder("arch,acc\n");
        for (int i = 0; i < 7; i++) {
            sb.append("|warp_" + i + "~0|+|none~0|none~1|+|none~0|none~1|none~2|,1\n");
        }
        io.github.sedexplorer.cell.SpaceEnumerator.cells(io.github.sedexplorer.cell.SearchSpace.NB201).stream().limit(10)
                .forEach(c -> sb.append(io.github.sedexplorer.cell.Nb201ArchString.format(c)).append(",2\n"));
        String summary = TableReader.read(write("bad.csv", sb.toString())).report().summary();
        List<String> lines = summary.lines().toList();
        assertEquals("17 rows read, 10 kept, 7 skipped", lines.get(0));
        assertTrue(lines.get(1).startsWith("  7 × not a NB201 arch string, e.g. line 2: "), summary);
        for (int i = 2; i <= 5; i++) {
            assertTrue(lines.get(i).startsWith("      line " + (i + 1) + ": "), summary);
        }
        assertEquals(LoadReport.EXAMPLES + 1, lines.size(), "five examples, no more: " + summary);
    }

    @Test
    void truncatedFileKeepsWhatWasRead() throws IOException {
        BenchmarkTable cut = TableReader.read(write("cut.csv", "arch,acc,params\n" + A + ",94.3,1.2\n" + B + ",85"));
        assertEquals(1, cut.rows());
        assertEquals("line 3 has 2 fields, the header has 3", cut.report().skipped().get(0).examples().get(0));
        BenchmarkTable quote = TableReader.read(write("q.csv", "arch,acc,note\n" + A + ",94.3,ok\n" + B + ",85.9,\"never closed\n"));
        assertEquals(1, quote.rows());
        LoadReport.Issue end = quote.report().skipped().get(0);
        assertEquals("malformed quoting", end.reason());
        assertEquals(List.of("line 3: unterminated quote opened at line 3, column " + (B.length() + 7) + " (the file ends inside it: is it truncated?)"),
                end.examples());
        assertEquals(2, quote.report().rowsRead());
    }

    @Test
    void wrongDelimiterSaysSo() throws IOException {
        SedException e = assertThrows(SedException.class, () -> TableReader.read(write("d.csv",
                "arch,acc,params\n" + A + ";94.3;1.2\n" + B + ";85.9;0.4\n")));
        assertTrue(e.getMessage().contains("no column holds architectures"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the rows have 1 field where the header has 3: is the delimiter ',' right?"),
                e.getMessage());
        SedException rows = assertThrows(SedException.class, () -> TableReader.read(write("r.csv",
                "arch,acc\n" + A + ";94.3\n" + B + ";85.9\n"), new ReadOptions(SearchSpace.NB201, "arch"), LoadMonitor.NONE));
        assertTrue(rows.getMessage().startsWith("column 'arch' does not hold architectures of NAS-Bench-201 (first value "
                + "'|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1…': unexpected text after "
                + "the third node "
                + "(at column 96))"), rows.getMessage());
        assertTrue(rows.getMessage().endsWith("the rows have 1 field where the header has 2: is the delimiter ',' right?"),
                rows.getMessage());
        SedException one = assertThrows(SedException.class, () -> TableReader.read(write("o.csv", "arch|acc\nx|1\n")));
        assertTrue(one.getMessage().contains("the header has one column ('arch|acc')"), one.getMessage());
    }

    @Test
    void fieldCountMismatchHintsAtTheDelimiter() throws IOException {
        BenchmarkTable t = TableReader.read(write("m.csv", "arch,acc\n" + A + ",94.3\n" + B + "\n"));
        assertEquals("line 3 has 1 field, the header has 2 (is the delimiter ',' right?)",
                t.report().skipped().get(0).examples().get(0));
    }

    @Test
    void unknownArchitecturesAreNamed() throws IOException {
        SedException e = assertThrows(SedException.class, () -> TableReader.read(write("u.csv", "name,acc\nresnet,94\nvgg,90\n")));
        assertTrue(e.getMessage().startsWith("no column holds architectures (looked at the first 2 rows of name, acc)"), e.getMessage());
        SedException named = assertThrows(SedException.class, () -> TableReader.read(write("u.csv", "name,acc\nresnet,94\n"),
                new ReadOptions(SearchSpace.NB201, "name"), LoadMonitor.NONE));
        assertEquals("column 'name' does not hold architectures of NAS-Bench-201 (first value 'resnet': "
                + "expected '|' but found 'r' (at column 1))", named.getMessage());
        SedException missing = assertThrows(SedException.class, () -> TableReader.read(write("u.csv", "name,acc\nresnet,94\n"),
                new ReadOptions(null, "arch"), LoadMonitor.NONE));
        assertEquals("no column named 'arch' (columns: name, acc)", missing.getMessage());
    }

    @Test
    void emptyBinaryAndMissingFiles() throws IOException {
        assertEquals("e.csv is empty: a table needs a header row and data rows",
                assertThrows(SedException.class, () -> TableReader.read(write("e.csv", ""))).getMessage());
        assertEquals("h.csv is empty: a table needs a header row and data rows",
                assertThrows(SedException.class, () -> TableReader.read(write("h.csv", " \n\n"))).getMessage());
        SedException header = assertThrows(SedException.class, () -> TableReader.read(write("ho.csv", "arch,acc\n")));
        assertTrue(header.getMessage().contains("no column holds architectures (looked at the first 0 rows"), header.getMessage());
        Path bin = dir.resolve("b.csv");
        Files.write(bin, new byte[] {'a', 'r', 'c', 'h', 0, 1, 2, (byte) 0xff});
        assertEquals("b.csv is not a text table: byte 4 is binary (NUL)",
                assertThrows(SedException.class, () -> TableReader.read(bin)).getMessage());
        Path latin = dir.resolve("l.csv");
        Files.write(latin, "arch,acc\nx,1\ncaf\u00e9,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("l.csv is not a text table: byte 16 is not UTF-8 text",
                assertThrows(SedException.class, () -> TableReader.read(latin)).getMessage());
        SedException none = assertThrows(SedException.class, () -> TableReader.read(dir.resolve("nope.csv")));
        assertTrue(none.getMessage().endsWith("nope.csv: no such file"), none.getMessage());
    }

    @Test
    void duplicateHeaderNamesAreRefused() throws IOException {
        assertEquals("d.csv: column name 'acc' appears twice in the header (columns 2 and 3)",
                assertThrows(SedException.class, () -> TableReader.read(write("d.csv", "arch,acc,acc\n" + A + ",1,2\n"))).getMessage());
    }

    @Test
    void readsJsonArraysAndKeyedObjects() throws IOException {
        BenchmarkTable array = TableReader.read(write("a.json", "[{\"arch\": \"" + A + "\", \"cifar10\": {\"test\": 94.3, \"valid\": 91}},"
                + "{\"arch\": \"" + B + "\", \"cifar10\": {\"test\": 85.9}, \"params\": 0.4}, 7]"));
        assertEquals(2, array.rows());
        assertEquals(List.of("cifar10.test", "cifar10.valid", "params"), array.metricNames());
        assertTrue(Double.isNaN(array.metric("cifar10.valid")[1]));
        assertEquals(0.4, array.metric("params")[1]);
        assertEquals("$[2] is not a JSON object", array.report().skipped().get(0).examples().get(0));
        BenchmarkTable keyed = TableReader.read(write("k.json", "{\"" + A + "\": {\"cifar10\": {\"test\": 94.3}, \"params\": 1.2},"
                + "\"" + B + "\": {\"cifar10\": {\"test\": 85.9}, \"params\": 0.1}}"));
        assertEquals("architecture", keyed.archColumn());
        assertEquals(List.of("cifar10.test", "params"), keyed.metricNames());
        assertEquals(85.9, keyed.metric("cifar10.test")[1]);
    }

    @Test
    void truncatedJsonKeepsWhatWasRead() throws IOException {
        BenchmarkTable t = TableReader.read(write("t.json", "[{\"arch\": \"" + A + "\", \"acc\": 94.3}, {\"arch\": \"" + B + "\", \"acc\": 8"));
        assertEquals(1, t.rows());
        String example = t.report().skipped().get(0).examples().get(0);
        assertTrue(example.startsWith("malformed JSON at line 1, column"), example);
        SedException none = assertThrows(SedException.class, () -> TableReader.read(write("n.json", "[]")));
        assertEquals("n.json: the JSON array holds no row objects", none.getMessage());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws IOException {
        StringBuilder sb = new StringBuilder("arch,acc\n");
        List<String> all = io.github.sedexplorer.cell.SpaceEnumerator.cells(SearchSpace.NB201).stream()
                .map(Nb201ArchString::format).toList();
        for (int i = 0; i < all.size(); i++) {
            sb.append(all.get(i)).append(',').append(i % 100).append('\n');
        }
        Path f = write("all.csv", sb.toString());
        List<long[]> calls = new ArrayList<>();
        BenchmarkTable t = TableReader.read(f, ReadOptions.detect(), (done, total) -> calls.add(new long[] {done, total}));
        assertEquals(15625, t.rows());
        assertTrue(calls.size() >= 3, "progress was reported " + calls.size() + " times");
        assertEquals(Files.size(f), calls.get(calls.size() - 1)[0]);
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[0] >= calls.get(i - 1)[0], "progress never goes back");
        }
        LoadMonitor cancelAfterFirst = new LoadMonitor() {
            int seen;

            @Override
            public void progress(long done, long total) {
                seen++;
            }

            @Override
            public boolean cancelled() {
                return seen > 0;
            }
        };
        assertThrows(CancellationException.class, () -> TableReader.read(f, ReadOptions.detect(), cancelAfterFirst));
    }
}
