package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.sedexplorer.bench.ProxyComparison.Result;
import io.github.sedexplorer.bench.ProxyComparison.Rows;
import io.github.sedexplorer.bench.ProxyComparison.RowsUsed;
import io.github.sedexplorer.sed.SedModels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Rows#SHARED}: every proxy on the rows where all of them have a value; −∞ (disconnected) is a value. */
class SharedRowsTest {

    private static final double NEG = Double.NEGATIVE_INFINITY;
    private static final String D = "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|avg_pool_3x3~2|";
    private static final String E = "|skip_connect~0|+|none~0|skip_connect~1|+|none~0|none~1|skip_connect~2|";
    private static final String F = "|nor_conv_1x1~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final String G = "|nor_conv_1x1~0|+|none~0|nor_conv_1x1~1|+|none~0|none~1|nor_conv_1x1~2|";

    @TempDir
    Path dir;

    /** Rows A..G: acc lacks E; p1 lacks F and is −∞ on C; p2 lacks B (and E, which has no target anyway). */
    private BenchmarkTable table() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "arch,acc,p1,p2\n"
                + TableReaderTest.A + ",94.4,3,1.0\n"
                + TableReaderTest.B + ",85.9,0.5,\n"
                + TableReaderTest.C + ",10,-Infinity,0.5\n"
                + D + ",60,1,0.7\n"
                + E + ",,5,\n"
                + F + ",70,,0.8\n"
                + G + ",50,0,0.2\n");
        return TableReader.read(f);
    }

    @Test
    void sharedUsesOnlyRowsWhereEveryProxyHasAValue() throws IOException {
        BenchmarkTable t = table();
        List<Proxy> proxies = List.of(Proxy.column("p1"), Proxy.column("p2"));
        List<Result> shared = ProxyComparison.compare(t, proxies, List.of("acc"), 50, Rows.SHARED);
        // rows A, C, D, G: C's −∞ stays in
        double[] acc = {94.4, 10, 60, 50};
        assertEquals(CorrelationStats.of(new double[] {3, NEG, 1, 0}, acc, 50).kendall(), shared.get(0).stats().kendall());
        assertEquals(CorrelationStats.of(new double[] {1.0, 0.5, 0.7, 0.2}, acc, 50).spearman(), shared.get(1).stats().spearman());
        for (Result r : shared) {
            assertEquals(4, r.stats().n(), r.proxy());
            assertEquals(3, r.stats().skipped(), r.proxy());
        }
        List<Result> own = ProxyComparison.compare(t, proxies, List.of("acc"), 50, Rows.OWN);
        assertEquals(5, own.get(0).stats().n(), "p1 on A, B, C, D, G");
        assertEquals(5, own.get(1).stats().n(), "p2 on A, C, D, F, G");
        assertEquals(1.0, shared.get(0).stats().kendall(), "on A, C, D, G p1 orders as acc does");
        assertNotEquals(1.0, own.get(0).stats().kendall(), "B (p1 0.5, acc 85.9) breaks the order");
        assertEquals(own, ProxyComparison.compare(t, proxies, List.of("acc"), 50), "the 4-argument compare is OWN");
    }

    @Test
    void sharedRowsSayWhatWasLeftOut() throws IOException {
        BenchmarkTable t = table();
        List<RowsUsed> used = ProxyComparison.sharedRows(t, List.of(Proxy.column("p1"), Proxy.column("p2")), List.of("acc"));
        Map<String, Integer> lacking = new LinkedHashMap<>();
        lacking.put("p1", 1);
        lacking.put("p2", 1);
        assertEquals(List.of(new RowsUsed("acc", 7, 6, 4, lacking)), used);
        assertEquals("n = 4 rows where every proxy has a value; 1 row lacks each of p1, p2; 1 row has no finite acc",
                used.get(0).caption());
        RowsUsed one = ProxyComparison.sharedRows(t, List.of(Proxy.column("p1")), List.of("acc")).get(0);
        assertEquals("n = 5 rows where every proxy has a value; 1 row lacks p1; 1 row has no finite acc", one.caption());
        assertEquals("n = 3,927 rows where every proxy has a value; 169 rows lack class_scene_zen",
                new RowsUsed("class_scene_val", 4096, 4096, 3927, Map.of("sed-path", 0, "class_scene_zen", 169)).caption());
        assertEquals("n = 10 rows where every proxy has a value (every row)", new RowsUsed("x", 10, 10, 10, Map.of("p", 0)).caption());
    }

    @Test
    void zenLeavesOutItsFailedRowsForEveryProxy() {
        BenchmarkTable t = SharedTables.of("tnb101-micro-naslib.csv");
        List<Proxy> proxies = List.of(Proxy.sed(SedModels.create("sed-path", 64)), Proxy.column("class_scene_zen"));
        List<Result> shared = ProxyComparison.compare(t, proxies, List.of("class_scene_val"), 10, Rows.SHARED);
        assertEquals(4096 - 169, shared.get(0).stats().n());
        assertEquals(4096 - 169, shared.get(1).stats().n());
        List<Result> own = ProxyComparison.compare(t, proxies, List.of("class_scene_val"), 10, Rows.OWN);
        assertEquals(0.553, Nb201LandscapeTest.round3(own.get(0).stats().kendall()), "sed-path on all 4,096 rows");
        assertNotEquals(own.get(0).stats().kendall(), shared.get(0).stats().kendall());
        assertEquals(own.get(1), shared.get(1), "zen's own rows are the shared rows");
        assertEquals("n = 3,927 rows where every proxy has a value; 169 rows lack class_scene_zen",
                ProxyComparison.sharedRows(t, proxies, List.of("class_scene_val")).get(0).caption());
    }
}
