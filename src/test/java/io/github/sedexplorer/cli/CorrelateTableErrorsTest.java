package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cli.ScoreCommandTest.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 on the command line: table errors exit 2 with the reader's message, and the CLI adds its option hints. */
class CorrelateTableErrorsTest {

    @TempDir
    Path dir;

    private static void refused(Run r, String message) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aHeaderThatDoesNotParseIsAnErrorNotACrash() throws IOException {
        Path bad = Files.writeString(dir.resolve("h.csv"), "\"a\"b,c\n1,2\n");
        String why = "h.csv: the header cannot be read: line 1, column 4: 'b' after the closing quote of the field opened at column 1";
        refused(ScoreCommandTest.run("", "correlate", "--table", bad.toString()), why);
        Path idx = Files.writeString(dir.resolve("idx.csv"), "arch_index,c10_test\n0,85.9\n9930,94.4\n");
        refused(ScoreCommandTest.run("", "correlate", "--table", idx.toString(), "--index-table", bad.toString()),
                "--index-table: " + why);
    }

    @Test
    void theCommandLineAddsItsOwnHints() throws IOException {
        Path names = Files.writeString(dir.resolve("u.csv"), "name,acc\nresnet,94\nvgg,90\n");
        refused(ScoreCommandTest.run("", "correlate", "--table", names.toString()),
                "no column holds architectures (looked at the first 2 rows of name, acc); name the column and space with "
                        + "--arch-column and --space");
        Path idx = Files.writeString(dir.resolve("idx.csv"), "arch_index,c10_test\n0,85.9\n9930,94.4\n");
        refused(ScoreCommandTest.run("", "correlate", "--table", idx.toString()), "column 'arch_index' holds NAS-Bench-201 API "
                + "indices, not architectures: load an NB201 table that maps them first (e.g. nb201-nats-landscape.csv), or give "
                + "--index-table FILE");
        // an index table that itself holds no arch strings: --arch-column would not help, so it is not offered
        Run circular = ScoreCommandTest.run("", "correlate", "--table", idx.toString(), "--index-table", idx.toString());
        refused(circular, "--index-table: column 'arch_index' holds NAS-Bench-201 API indices, not architectures: load an "
                + "NB201 table that maps them first (e.g. nb201-nats-landscape.csv); an index table names its cells by NB201 "
                + "arch string, beside an arch_index column or in the row order of nb201-nats-landscape.csv");
        assertFalse(circular.err().contains("--arch-column"), circular.err());
    }

    @Test
    void aBadRowInTheMiddleIsCountedAndTheRestIsRead() throws IOException {
        StringBuilder sb = new StringBuilder("arch,acc\n");
        java.util.List<String> cells = io.github.sedexplorer.cell.SpaceEnumerator.cells(io.github.sedexplorer.cell.SearchSpace.NB201)
                .stream().map(io.github.sedexplorer.cell.Nb201ArchString::format).toList();
        for (int i = 0; i < 1000; i++) {
            sb.append(i == 4 ? "\"arch\"x" : cells.get(i)).append(',').append(i % 97).append('\n');
        }
        Run r = ScoreCommandTest.run("", "correlate", "--table", Files.writeString(dir.resolve("mid.csv"), sb).toString(),
                "--proxy", "sed-path", "--target", "acc");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1,000 rows read, 999 kept, 1 skipped"), r.err());
        assertTrue(r.err().contains("1 × malformed quoting, e.g. line 6, column 7: 'x' after the closing quote"), r.err());
        assertTrue(r.out().contains("  999  "), r.out());
    }

    @Test
    void aLongColumnNameIsCutInThePrintedReport() throws IOException {
        // one 2,000-character target name made the table and its notes lines of over 2,000 characters
        String name = "acc_" + "x".repeat(2_000);
        StringBuilder sb = new StringBuilder("arch," + name + "\n");
        java.util.List<String> cells = io.github.sedexplorer.cell.SpaceEnumerator.cells(io.github.sedexplorer.cell.SearchSpace.NB201)
                .stream().map(io.github.sedexplorer.cell.Nb201ArchString::format).limit(20).toList();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(cells.get(i)).append(',').append(i).append('\n');
        }
        Path f = Files.writeString(dir.resolve("long.csv"), sb);
        Run r = ScoreCommandTest.run("", "correlate", "--table", f.toString(), "--target", name);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().allMatch(l -> l.length() < 200), r.out());
        assertTrue(r.out().contains(name.substring(0, 79) + "…"), r.out());
        Run json = ScoreCommandTest.run("", "correlate", "--table", f.toString(), "--target", name, "--json");
        assertTrue(json.out().contains("\"" + name + "\""), "--json keeps the name whole");
    }
}
