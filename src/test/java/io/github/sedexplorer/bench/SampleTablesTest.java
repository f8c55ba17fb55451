package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tables inside the jar: read from the class path (no ../shared needed), and the same as the shared files. */
class SampleTablesTest {

    private static final List<String> NBSZ = List.of("arch_index", "val_acc", "epe_nas", "fisher", "flops", "grad_norm", "grasp",
            "jacov", "l2_norm", "nwot", "params", "plain", "snip", "synflow", "zen");

    /** What each table is, written down from ../shared/benchmarks/SOURCES.md, not from the list under test. */
    private record Expected(int rows, SearchSpace space, String archColumn, List<String> metrics, List<String> texts) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "nb201-naswot-v1-c10", new Expected(15_625, SearchSpace.NB201, "arch_str",
                    List.of("arch_index", "params_m", "naswot_v1_score", "c10_test", "c10valid_val", "c10valid_test"), List.of()),
            "nb201-cifar10-test-per-seed-meco", new Expected(15_625, SearchSpace.NB201, "arch_str",
                    List.of("test_acc_run1", "test_acc_run2", "test_acc_run3", "n_runs"), List.of()),
            "nb201-zc-nbsz-c10", new Expected(9_445, SearchSpace.NB201, "arch_str", NBSZ, List.of("naslib_tuple")),
            "nb201-zc-nbsz-in16", new Expected(9_445, SearchSpace.NB201, "arch_str", NBSZ, List.of("naslib_tuple")),
            "tnb101-micro-naslib", new Expected(4_096, SearchSpace.TRANSNAS_MICRO, "tnb_arch", tasks(), List.of("naslib_tuple", "cell")),
            "naslib-zc-nb301", new Expected(725, SearchSpace.DARTS, "architecture", List.of("cifar10.idx", "cifar10.flops",
                    "cifar10.val_accuracy", "cifar10.params", "cifar10.synflow", "cifar10.grasp", "cifar10.fisher", "cifar10.grad_norm",
                    "cifar10.l2_norm", "cifar10.plain", "cifar10.nwot", "cifar10.epe_nas", "cifar10.jacov", "cifar10.snip"), List.of()));

    private static List<String> tasks() {
        List<String> out = new ArrayList<>();
        for (String suffix : List.of("_val", "_zen")) {
            for (String task : List.of("class_scene", "class_object", "room_layout", "jigsaw", "segmentsemantic", "normal", "autoencoder")) {
                out.add(task + suffix);
            }
        }
        return out;
    }

    static Stream<SampleTables.Sample> samples() {
        return SampleTables.all().stream();
    }

    @Test
    void theSixTablesTheIssueNamesAreListedAndTheNatsLandscapeIsNot() {
        assertEquals(List.of("nb201-naswot-v1-c10", "nb201-cifar10-test-per-seed-meco", "nb201-zc-nbsz-c10", "nb201-zc-nbsz-in16",
                "tnb101-micro-naslib", "naslib-zc-nb301"), SampleTables.all().stream().map(SampleTables.Sample::name).toList());
        assertTrue(SampleTables.named("nb201-nats-landscape").isEmpty(), "it states no licence");
        assertEquals(SampleTables.nb201(), SampleTables.named("nb201-naswot-v1-c10.csv").orElseThrow(), "by file name too");
        assertEquals(SearchSpace.NB201, SampleTables.nb201().space());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsFromTheClassPathWithItsRowsAndColumns(SampleTables.Sample s) throws IOException {
        Expected e = EXPECTED.get(s.name());
        BenchmarkTable t = s.read();
        assertEquals(s.file(), t.source());
        assertEquals(e.rows(), t.rows());
        assertEquals(e.rows(), s.rows(), "the list says the rows the table has");
        assertEquals(e.space(), t.space());
        assertEquals(s.space(), t.space());
        assertEquals(e.archColumn(), t.archColumn());
        assertEquals(e.metrics(), t.metricNames());
        assertEquals(e.texts(), t.textNames());
        assertEquals(0, t.report().rowsSkipped(), t.report().summary());
        try (InputStream in = s.open()) {
            assertEquals(s.bytes(), in.transferTo(OutputStream.nullOutputStream()), "the uncompressed size the progress bar counts to");
        }
        assertTrue(List.of("MIT", "Apache-2.0").contains(s.licence()), s.licence());
    }

    @Test
    void valuesAreTheBenchmarksOwn() {
        BenchmarkTable naswot = SampleTables.nb201().read();
        double[] c10 = naswot.metric("c10_test");
        assertEquals(94.37333333333333, Arrays.stream(c10).max().orElseThrow());
        assertEquals(94.37333333333333, c10[6111], "API index 6111 is the best on CIFAR-10");
        int best = naswot.rowOf(Architecture.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|")));
        assertEquals(9930, best);
        assertEquals(-281.6528605416615, naswot.metric("naswot_v1_score")[best]);
        BenchmarkTable tnb = SampleTables.named("tnb101-micro-naslib").orElseThrow().read();
        assertEquals(54.93630599975586, Arrays.stream(tnb.metric("class_scene_val")).max().orElseThrow(), "the paper's best micro scene acc");
        BenchmarkTable nbsz = SampleTables.named("nb201-zc-nbsz-c10").orElseThrow().read();
        assertEquals(81.9, nbsz.metric("val_acc")[0]);
        assertEquals(15_624, nbsz.metric("arch_index")[nbsz.rows() - 1]);
    }

    /** Equal row for row to the file in ../shared/benchmarks; skipped, saying so, where that folder is absent. */
    @ParameterizedTest
    @MethodSource("samples")
    void equalsTheSharedFileRowForRow(SampleTables.Sample s) {
        BenchmarkTable file = TableReader.read(SharedBenchmarks.file(s.file()));
        BenchmarkTable embedded = s.read();
        assertEquals(file.rows(), embedded.rows());
        assertEquals(file.architectures(), embedded.architectures());
        for (int i = 0; i < file.rows(); i++) {
            assertEquals(file.archText(i), embedded.archText(i), "row " + i);
        }
        assertEquals(file.metricNames(), embedded.metricNames());
        for (String m : file.metricNames()) {
            assertArrayEquals(file.metric(m), embedded.metric(m), m);
        }
        assertEquals(file.textNames(), embedded.textNames());
        for (String c : file.textNames()) {
            for (int i = 0; i < file.rows(); i++) {
                assertEquals(file.text(c, i), embedded.text(c, i), c + " row " + i);
            }
        }
    }

    @Test
    void progressCountsToTheUncompressedSizeAndCancelStops() {
        SampleTables.Sample s = SampleTables.named("nb201-zc-nbsz-c10").orElseThrow();
        List<long[]> seen = new ArrayList<>();
        s.read(ReadOptions.detect(), (done, total) -> seen.add(new long[] {done, total}));
        assertTrue(seen.size() > 1, "progress now and then: " + seen.size());
        assertArrayEquals(new long[] {s.bytes(), s.bytes()}, seen.get(seen.size() - 1));
        assertTrue(seen.stream().allMatch(p -> p[1] == s.bytes() && p[0] <= s.bytes()));
        LoadMonitor cancelled = new LoadMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> s.read(ReadOptions.detect(), cancelled));
    }

    @Test
    void theNoticeNamesEachTableItsLicenceAndSourceAndCarriesTheLicenceTexts() {
        String notices = SampleTables.notices();
        for (SampleTables.Sample s : SampleTables.all()) {
            assertTrue(notices.contains("| " + s.file() + " | " + String.format(Locale.ROOT, "%,d", s.rows()) + " | "
                    + s.licence() + " |"), s.file());
            assertTrue(notices.contains(s.source().split(" ")[0]), s.source());
        }
        assertTrue(notices.contains("Copyright (c) 2021 zerocostptnas"));
        assertTrue(notices.contains("Copyright (c) 2023 Gabriela Kadlecová"));
        assertTrue(notices.contains("Copyright (c) 2020 Anonymous Authors"));
        assertTrue(notices.contains("Copyright (2019) the contributors and AutoML-Freiburg"));
        assertTrue(notices.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"), "the Apache text in full");
        assertTrue(notices.contains("## LICENSE-NASLib.txt"));
        assertFalse(notices.contains("nb201-nats-landscape"), "not shipped");
    }

    @Test
    void aTableMissingFromTheApplicationIsAPlainError() {
        SampleTables.Sample gone = new SampleTables.Sample("gone", "gone.csv", "", 1, SearchSpace.NB201, 1, "MIT", "nowhere");
        SedException e = assertThrows(SedException.class, gone::read);
        assertEquals("the sample table gone.csv is missing from the application (/io/github/sedexplorer/bench/samples/gone.csv.gz)",
                e.getMessage());
    }
}
