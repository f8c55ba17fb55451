package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SearchSpace;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 8: the real files that need more than one column or a nested layout load with no options. */
class SharedFormatsTest {

    @Test
    void nb101RawSpecsArePrunedAndGroupedByPrunedCell() {
        BenchmarkTable t = TableReader.read(SharedBenchmarks.file("nb101-mlfe-2000.csv"));
        LoadReport r = t.report();
        assertEquals(SearchSpace.NB101, t.space());
        assertEquals("adjacency_7x7 + ops", t.archColumn());
        assertEquals(2000, r.rowsRead());
        assertEquals(878, t.rows());
        assertEquals(1, r.skipped().size(), r.summary());
        LoadReport.Issue dup = r.skipped().get(0);
        assertEquals(1122, dup.count());
        assertTrue(dup.reason().startsWith("prunes to the same NB101 cell as an earlier row"), dup.reason());
        assertEquals(List.of("src_index", "params", "train_time_s", "train_acc", "valid_acc", "test_acc"), t.metricNames());
        assertEquals(0.9207732081413269, t.metric("test_acc")[0]);
        assertTrue(t.archText(0).startsWith("0100111000001000"), t.archText(0));
    }

    @Test
    void naslibZeroCostJsonReadsOneRowPerArchKey() {
        BenchmarkTable t = TableReader.read(SharedBenchmarks.file("naslib-zc-nb301.json"));
        assertEquals(SearchSpace.DARTS, t.space());
        assertEquals(JsonTableReader.KEY_COLUMN, t.archColumn());
        assertEquals(725, t.rows());
        assertEquals(725, t.report().rowsRead());
        assertTrue(t.hasMetric("cifar10.val_accuracy"));
        assertTrue(t.hasMetric("cifar10.synflow"));
        assertTrue(t.metricNames().stream().noneMatch(m -> m.endsWith(".time") || m.endsWith(".arch")), t.metricNames().toString());
        assertEquals(93.32119084207302, t.metric("cifar10.val_accuracy")[0]);
        assertEquals(52.796010658657906, t.metric("cifar10.synflow")[0]);
        System.out.println(t.report().summary());
    }

    @Test
    void nb201NaslibTuplesAndTnbSentinels() {
        BenchmarkTable t = TableReader.read(SharedBenchmarks.file("tnb101-micro-zc-nbsz-class-scene.csv"));
        assertEquals(2128, t.rows());
        List<String> notes = t.report().notes();
        for (String proxy : List.of("jacov", "zen", "epe_nas")) {
            assertTrue(notes.contains("column '" + proxy + "': 1 NASLib failure sentinel (-1e8) read as missing"), notes.toString());
            assertEquals(1, java.util.Arrays.stream(t.metric(proxy)).filter(Double::isNaN).count(), proxy);
        }
        assertEquals(3, notes.stream().filter(n -> n.contains("sentinel")).count(), notes.toString());
    }
}
