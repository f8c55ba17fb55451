package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.sed.LiveConv;

import java.util.List;

import org.junit.jupiter.api.Test;

/** sed-model.md §6: the live-conv baseline's figures, and the noise ceiling of repeated runs. */
class BaselineTest {

    @Test
    void liveConvCountsOnlyLiveConvolutions() {
        // 0→1 conv3 and 1→2 conv3 are dead (node 2 does not reach the output through a real op); only 0→3 conv1 lives
        assertEquals(1.0, LiveConv.of(Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|nor_conv_3x3~1|+|nor_conv_1x1~0|none~1|none~2|")));
        assertEquals(6 * 9.0, LiveConv.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|")));
        assertEquals(Double.NEGATIVE_INFINITY, LiveConv.of(Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|")));
    }

    @Test
    void liveConvOnNb201() {
        BenchmarkTable t = SharedTables.of("nb201-nats-landscape.csv");
        List<ProxyComparison.Result> r = ProxyComparison.compare(t, List.of(Proxy.liveConv()), ProxyComparison.accuracyColumns(t), 10);
        double[][] spec = {{0.657, 0.823}, {0.631, 0.798}, {0.611, 0.777}};
        for (int i = 0; i < 3; i++) {
            assertEquals(spec[i][0], Nb201LandscapeTest.round3(r.get(i).stats().kendall()), r.get(i).target());
            assertEquals(spec[i][1], Nb201LandscapeTest.round3(r.get(i).stats().spearman()), r.get(i).target());
        }
    }

    @Test
    void liveConvOnTransNas() {
        BenchmarkTable t = SharedTables.of("tnb101-micro-naslib.csv");
        List<String> tasks = List.of("class_scene_val", "segmentsemantic_val", "normal_val");
        List<ProxyComparison.Result> r = ProxyComparison.compare(t, List.of(Proxy.liveConv()), tasks, 10);
        double[][] spec = {{0.663, 0.841}, {0.658, 0.846}, {0.642, 0.825}};
        for (int i = 0; i < 3; i++) {
            assertEquals(spec[i][0], Nb201LandscapeTest.round3(r.get(i).stats().kendall()), tasks.get(i));
            assertEquals(spec[i][1], Nb201LandscapeTest.round3(r.get(i).stats().spearman()), tasks.get(i));
        }
    }

    @Test
    void runNumbersOfAnySizeAreOrderedNotOverflowed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // run 99999999999 is past 2^31: Integer.parseInt threw, and correlate exited 1
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("runs.csv"), "arch_str,acc_run99999999999,acc_run2\n"
                + "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|,1,2\n"
                + "|avg_pool_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|,2,3\n");
        assertEquals(List.of(new Ceiling.Repeats("acc", List.of("acc_run2", "acc_run99999999999"))),
                Ceiling.repeats(TableReader.read(f)));
    }

    @Test
    void ceilingOfRepeatedRuns() {
        BenchmarkTable t = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        assertEquals(List.of(new Ceiling.Repeats("test_acc", List.of("test_acc_run1", "test_acc_run2", "test_acc_run3"))),
                Ceiling.repeats(t));
        ProxyComparison.Result c = Ceiling.of(t, 10).orElseThrow();
        assertEquals("ceiling", c.proxy());
        // SOURCES.md: run-vs-run Kendall τ 0.905, Spearman 0.986 on 13,400 cells
        assertEquals(13400, c.stats().n());
        assertEquals(0.905, Nb201LandscapeTest.round3(c.stats().kendall()));
        assertEquals(0.986, Nb201LandscapeTest.round3(c.stats().spearman()));
        assertTrue(Ceiling.repeats(SharedTables.of("nb201-nats-landscape.csv")).isEmpty());
        // the runs are the targets; n_runs counts runs, it ranks nothing
        List<String> targets = ProxyComparison.accuracyColumns(t);
        assertEquals(List.of("test_acc_run1", "test_acc_run2", "test_acc_run3"), targets);
        assertTrue(ProxyComparison.columnProxies(t, targets).isEmpty());
    }
}
