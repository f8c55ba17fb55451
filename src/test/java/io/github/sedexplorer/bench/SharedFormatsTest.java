package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SearchSpace;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 8: the real files that need more than one column or a nested layout load with no options. */
class SharedFormatsTest {

    @ParameterizedTest
    @CsvSource({
            "nb201-nats-landscape.csv, 15625, NB201, ArchitectureString",
            "nb201-zc-nbsz-c10.csv, 9445, NB201, arch_str",
            "nb201-zc-nbsz-in16.csv, 9445, NB201, arch_str",
            "nb201-naswot-v1-c10.csv, 15625, NB201, arch_str",
            "nb201-cifar10-test-per-seed-meco.csv, 15625, NB201, arch_str",
            "tnb101-micro-naslib.csv, 4096, TRANSNAS_MICRO, tnb_arch",
            "tnb101-micro-zc-nbsz-class-scene.csv, 2128, TRANSNAS_MICRO, tnb_arch",
            "nb101-mlfe-2000.csv, 878, NB101, adjacency_7x7 + ops",
            "naslib-zc-nb301.json, 725, DARTS, architecture",
    })
    void everySharedFileLoadsWithNoOptions(String file, int rows, SearchSpace space, String archColumn) {
        BenchmarkTable t = TableReader.read(SharedBenchmarks.file(file));
        assertEquals(rows, t.rows(), t.report().summary());
        assertEquals(space, t.space());
        assertEquals(archColumn, t.archColumn());
    }

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
    }

    @Test
    void nasBenchSuiteZeroSentinelsAreMissingAndCounted() {
        BenchmarkTable t = TableReader.read(SharedBenchmarks.file("tnb101-micro-zc-nbsz-class-scene.csv"));
        assertEquals(2128, t.rows());
        List<String> notes = t.report().notes();
        for (String proxy : List.of("jacov", "zen", "epe_nas")) {
            assertTrue(notes.contains("column '" + proxy + "': 1 NASLib failure sentinel (-1e8) read as missing"), notes.toString());
            assertEquals(1, java.util.Arrays.stream(t.metric(proxy)).filter(Double::isNaN).count(), proxy);
        }
        assertEquals(3, notes.stream().filter(n -> n.contains("sentinel")).count(), notes.toString());

        BenchmarkTable c10 = TableReader.read(SharedBenchmarks.file("nb201-zc-nbsz-c10.csv"));
        assertEquals(List.of("column 'epe_nas': 1 NASLib failure sentinel (-1e8) read as missing",
                "column 'jacov': 1 NASLib failure sentinel (-1e8) read as missing",
                "column 'nwot': 1 NASLib failure sentinel (-1e8) read as missing",
                "column 'zen': 1 NASLib failure sentinel (-1e8) read as missing",
                "text columns, kept as text (not metrics): naslib_tuple"), c10.report().notes());
    }
}
