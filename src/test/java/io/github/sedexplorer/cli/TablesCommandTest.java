package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.ReadOptions;
import io.github.sedexplorer.bench.SampleTables;
import io.github.sedexplorer.cli.ScoreCommandTest.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tables} lists the embedded tables; {@code correlate --table NAME} reads one when no file of that name exists. */
class TablesCommandTest {

    private static final String BEST_C100 = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    @TempDir
    Path dir;

    @Test
    void tablesListsNameRowsSpaceLicenceAndWhatEachHolds() {
        Run r = ScoreCommandTest.run("", "tables");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("name                                rows  space                     licence     holds", lines.get(0));
        assertEquals("nb201-naswot-v1-c10               15,625  NAS-Bench-201             MIT         "
                + "NB201, all 15,625 cells: CIFAR-10 test accuracy, NASWOT score", lines.get(1));
        assertEquals("nb201-zc-nbsz-in16                 9,445  NAS-Bench-201             MIT         "
                + "NB201, 9,445 cells: 13 NAS-Bench-Suite-Zero proxies, ImageNet16-120 val accuracy", lines.get(4));
        assertEquals("tnb101-micro-naslib                4,096  TransNAS-Bench-101 micro  Apache-2.0  "
                + "TransNAS-Bench-101 micro, all 4,096 cells: 7 tasks' val metric, Zen-NAS score", lines.get(5));
        assertTrue(lines.get(6).startsWith("naslib-zc-nb301                      725  DARTS                     Apache-2.0  "), lines.get(6));
        assertEquals("", lines.get(7));
        assertEquals("Use one with: sed-explorer correlate --table nb201-naswot-v1-c10 (a file of that name wins).", lines.get(8));
        assertEquals(10, lines.size(), r.out());
    }

    @Test
    void noticesPrintsTheThirdPartyNoticeWithTheLicenceTexts() {
        Run r = ScoreCommandTest.run("", "tables", "--notices");
        assertEquals(0, r.code(), r.err());
        assertEquals(SampleTables.notices(), r.out());
        assertTrue(r.out().startsWith("# Third-party notices: the sample tables"), r.out());
        assertTrue(r.out().contains("Copyright (c) 2021 zerocostptnas"));
    }

    /** The correlation SOURCES.md gives for the NASWOT score against cifar10-valid validation accuracy: tau 0.569, rho 0.741. */
    @Test
    void correlateTakesAnEmbeddedTablesName() {
        Run r = ScoreCommandTest.run("", "correlate", "--table", "nb201-naswot-v1-c10", "--proxy", "naswot_v1_score",
                "--target", "c10valid_val");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("nb201-naswot-v1-c10.csv: NAS-Bench-201, architectures in 'arch_str', C = 16"), r.err());
        assertTrue(r.err().contains("15,625 rows read, 15,625 kept"), r.err());
        assertEquals("naswot_v1_score  c10valid_val    15284     0.569     0.741     0.617     0.260      341", r.lines().get(1));
        Run byFile = ScoreCommandTest.run("", "correlate", "--table", "tnb101-micro-naslib.csv", "--proxy", "class_scene_zen",
                "--target", "class_scene_val", "--json");
        assertEquals(0, byFile.code(), byFile.err());
        assertTrue(byFile.out().contains("\"n\" : 3927"), byFile.out());
    }

    @Test
    void aFileOfThatNameWinsOverTheEmbeddedTable() throws IOException {
        Files.writeString(dir.resolve("nb201-naswot-v1-c10.csv"), "arch,acc\n" + BEST_C100 + ",94.4\n");
        BenchmarkTable own = CorrelateCommand.read(dir, Path.of("nb201-naswot-v1-c10.csv"), ReadOptions.detect());
        assertEquals(1, own.rows(), "the file, not the 15,625 embedded rows");
        assertEquals(List.of("acc"), own.metricNames());
        BenchmarkTable embedded = CorrelateCommand.read(dir, Path.of("nb201-naswot-v1-c10"), ReadOptions.detect());
        assertEquals(15_625, embedded.rows(), "no file of that name in dir: the embedded table");
    }

    @Test
    void anUnknownNameExits2ListingTheEmbeddedNames() {
        for (String option : List.of("--table", "--index-table")) {
            List<String> args = option.equals("--table") ? List.of("correlate", "--table", "nb201-nope")
                    : List.of("correlate", "--table", "nb201-zc-nbsz-c10", "--index-table", "nb201-nope");
            Run r = ScoreCommandTest.run("", args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains((option.equals("--table") ? "error: " : "error: --index-table: ")
                    + "cannot read nb201-nope: no such file, nor is it the name of an embedded table (nb201-naswot-v1-c10, "
                    + "nb201-cifar10-test-per-seed-meco, nb201-zc-nbsz-c10, nb201-zc-nbsz-in16, tnb101-micro-naslib, naslib-zc-nb301; "
                    + "sed-explorer tables says what each holds)"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void anIndexTableMayBeEmbeddedToo() throws IOException {
        Path idx = Files.writeString(dir.resolve("idx.csv"), "arch_index,score\n0,1\n9930,5\n6111,3\n");
        Run r = ScoreCommandTest.run("", "correlate", "--table", idx.toString(), "--index-table", "nb201-naswot-v1-c10",
                "--proxy", "score", "--target", "score");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(API indices, resolved by nb201-naswot-v1-c10.csv)"), r.err());
    }
}
