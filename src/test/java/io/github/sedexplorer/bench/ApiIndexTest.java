package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NB201 API index: built from the real tables, and used to read a table keyed only by index. */
class ApiIndexTest {

    private static final String CELL0 =
            "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|";
    private static final String CELL9930 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    private static final String A = "|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final String B = "|nor_conv_1x1~0|+|none~0|none~1|+|none~0|none~1|none~2|";

    @TempDir
    Path dir;

    private static ApiIndex landscape;

    static ApiIndex landscape() {
        if (landscape == null) {
            landscape = ApiIndex.from(SharedTables.of("nb201-nats-landscape.csv")).orElseThrow();
        }
        return landscape;
    }

    @Test
    void landscapeRowOrderAndNaswotIndexColumnAgreeOnEveryCell() {
        ApiIndex byRow = landscape();
        ApiIndex byColumn = ApiIndex.from(TableReader.read(SharedBenchmarks.file("nb201-naswot-v1-c10.csv"))).orElseThrow();
        assertEquals(ApiIndex.SIZE, byRow.size());
        assertEquals(ApiIndex.SIZE, byColumn.size());
        for (int i = 0; i < ApiIndex.SIZE; i++) {
            assertTrue(byRow.architecture(i).isPresent());
            assertEquals(byRow.architecture(i), byColumn.architecture(i), "index " + i);
            assertEquals(java.util.OptionalInt.of(i), byColumn.indexOf(byRow.architecture(i).orElseThrow()), "back from index " + i);
        }
        assertEquals(Optional.of(CELL0), byRow.archString(0));
        assertEquals(Optional.of(CELL9930), byColumn.archString(9930));
        assertEquals(Optional.empty(), byRow.architecture(ApiIndex.SIZE));
        assertEquals(Optional.empty(), byRow.architecture(-1));
        assertEquals("nb201-nats-landscape.csv", byRow.source());
    }

    @Test
    void tablesWithoutAnIndexGiveNone() {
        assertEquals(Optional.empty(), ApiIndex.from(TableReader.read(SharedBenchmarks.file("nb201-cifar10-test-per-seed-meco.csv"))));
        assertEquals(Optional.empty(), ApiIndex.from(TableReader.read(SharedBenchmarks.file("nb101-mlfe-2000.csv"))));
    }

    /** arch_index,c10_test of the naswot file's first 300 rows (its arch_str left out), and those arch strings. */
    static List<String> writeIndexOnly(Path naswot, Path out, int rows) throws IOException {
        List<String> lines = Files.readAllLines(naswot);
        assertEquals(List.of("arch_index", "arch_str", "params_m", "naswot_v1_score", "c10_test", "c10valid_val",
                "c10valid_test"), List.of(lines.get(0).split(",")));
        List<String> fixture = new ArrayList<>(List.of("arch_index,c10_test"));
        List<String> archs = new ArrayList<>();
        for (String line : lines.subList(1, rows + 1)) {
            String[] f = line.split(",", -1);
            fixture.add(f[0] + "," + f[4]);
            archs.add(f[1]);
        }
        Files.write(out, fixture);
        return archs;
    }

    @Test
    void indexOnlyTableReadsAsTheNaswotArchStrings() throws IOException {
        Path fixture = dir.resolve("fixture.csv");
        List<String> archs = writeIndexOnly(SharedBenchmarks.file("nb201-naswot-v1-c10.csv"), fixture, 300);
        BenchmarkTable t = TableReader.read(fixture, ReadOptions.detect().withApiIndex(landscape()), LoadMonitor.NONE);
        assertEquals(SearchSpace.NB201, t.space());
        assertEquals("arch_index", t.archColumn());
        assertEquals(300, t.rows());
        assertEquals(0, t.report().rowsSkipped());
        for (int r = 0; r < 300; r++) {
            assertEquals(archs.get(r), t.archText(r), "row " + r);
        }
        assertEquals(List.of("arch_index", "c10_test"), t.metricNames());
        assertEquals(299.0, t.metric("arch_index")[299]);
        assertEquals(List.of(), ProxyComparison.columnProxies(t, List.of("c10_test")));
    }

    @Test
    void withoutAnIndexTheErrorSaysWhatToDo() throws IOException {
        Path f = Files.writeString(dir.resolve("idx.csv"), "ARCH_IDX,acc\n3,90.1\n7,91.5\n");
        TableException e = assertThrows(TableException.class, () -> TableReader.read(f));
        assertEquals("column 'ARCH_IDX' holds NAS-Bench-201 API indices, not architectures: load an NB201 table that maps "
                + "them first (e.g. nb201-nats-landscape.csv)", e.getMessage(), "the core names no command-line option");
        assertEquals(TableException.Hint.INDEX_TABLE, e.hint());
        // a forced other space does not look for indices
        SedException darts = assertThrows(SedException.class,
                () -> TableReader.read(f, new ReadOptions(SearchSpace.DARTS, null), LoadMonitor.NONE));
        assertFalse(darts.getMessage().contains("API indices"), darts.getMessage());
    }

    @Test
    void badIndicesAreSkippedRowsWithTheirLine() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.csv"),
                "index,acc\n0,85.9\n15625,90\n-1,90\n3.5,90\nabc,90\n9930,94.4\n0,80\n");
        BenchmarkTable t = TableReader.read(f, ReadOptions.detect().withApiIndex(landscape()), LoadMonitor.NONE);
        assertEquals(List.of(CELL0, CELL9930), List.of(t.archText(0), t.archText(1)));
        LoadReport.Issue bad = t.report().skipped().get(0);
        assertEquals("not a NAS-Bench-201 API index", bad.reason());
        assertEquals(List.of("line 3: API index 15625 is outside 0..15624", "line 4: API index -1 is outside 0..15624",
                "line 5: '3.5' is not an integer API index", "line 6: 'abc' is not an integer API index"), bad.examples());
        assertEquals("line 8 repeats line 2", t.report().skipped().get(1).examples().get(0));
        assertEquals(7, t.report().rowsRead());
    }

    @Test
    void aPartialIndexSaysWhichIndicesItLacks() throws IOException {
        ApiIndex two = ApiIndex.from(table("arch_index,arch_str\n0," + CELL0 + "\n42," + A + "\n")).orElseThrow();
        assertEquals(2, two.size());
        Path f = Files.writeString(dir.resolve("p.csv"), "arch_index,acc\n42,1\n43,2\n");
        BenchmarkTable t = TableReader.read(f, ReadOptions.detect().withApiIndex(two), LoadMonitor.NONE);
        assertEquals(List.of(A), List.of(t.archText(0)));
        assertEquals("line 3: API index 43 is not listed in m.csv", t.report().skipped().get(0).examples().get(0));
    }

    @Test
    void inconsistentSourcesAreRejectedNamingTheRow() throws IOException {
        SedException twice = assertThrows(SedException.class,
                () -> ApiIndex.from(table("arch_index,arch_str\n5," + A + "\n5," + B + "\n")));
        assertEquals("m.csv, row 2 (" + B + "): API index 5 was already given to " + A, twice.getMessage());
        SedException range = assertThrows(SedException.class,
                () -> ApiIndex.from(table("arch_str,api_index\n" + A + ",1\n" + B + ",15625\n")));
        assertEquals("m.csv, row 2 (" + B + "): api_index '15625' is not an API index (an integer 0..15624)", range.getMessage());
        SedException missing = assertThrows(SedException.class,
                () -> ApiIndex.from(table("arch_str,arch_index\n" + A + ",1\n" + B + ",\n")));
        assertEquals("m.csv, row 2 (" + B + "): arch_index is missing", missing.getMessage());
        // a row counter is not the API index: index 0 is a known cell
        SedException counter = assertThrows(SedException.class,
                () -> ApiIndex.from(table("index,arch_str\n0," + A + "\n1," + B + "\n")));
        assertTrue(counter.getMessage().startsWith("m.csv, row 1 (" + A + "): API index 0 is " + CELL0), counter.getMessage());
        SedException shortLandscape = assertThrows(SedException.class,
                () -> ApiIndex.from(table("ArchitectureString,UniqueString,acc\n" + A + ",x,1\n" + B + ",y,2\n")));
        assertTrue(shortLandscape.getMessage().contains("looks like the NATS landscape file"), shortLandscape.getMessage());
    }

    private BenchmarkTable table(String csv) throws IOException {
        return TableReader.read(Files.writeString(dir.resolve("m.csv"), csv));
    }
}
