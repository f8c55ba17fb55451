package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sedexplorer.cli.ScoreCommandTest.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code correlate --index-table}: a table keyed only by NB201 API index, resolved through the landscape file. */
class CorrelateIndexTableTest {

    @TempDir
    Path dir;

    private static Path shared(String name) {
        Path f = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), name);
        assumeTrue(Files.isReadable(f), "skipping: " + f + " is absent");
        return f;
    }

    @Test
    void indexOnlyTableGivesTheSameTauAsTheArchStrings() throws IOException {
        List<String> naswot = Files.readAllLines(shared("nb201-naswot-v1-c10.csv"));
        Path landscape = shared("nb201-nats-landscape.csv");
        List<String> fixture = new ArrayList<>(List.of("arch_index,c10_test"));
        for (String line : naswot.subList(1, 301)) {
            String[] f = line.split(",", -1);
            fixture.add(f[0] + "," + f[4]);
        }
        Path byIndex = Files.write(dir.resolve("fixture.csv"), fixture);
        Path byString = Files.write(dir.resolve("naswot-300.csv"), naswot.subList(0, 301));

        Run indexed = ScoreCommandTest.run("", "correlate", "--table", byIndex.toString(), "--index-table", landscape.toString(),
                "--proxy", "sed-path", "--target", "c10_test", "--json");
        assertEquals(0, indexed.code(), indexed.err());
        assertTrue(indexed.err().contains("architectures in 'arch_index' (API indices, resolved by nb201-nats-landscape.csv)"),
                indexed.err());
        Run strings = ScoreCommandTest.run("", "correlate", "--table", byString.toString(),
                "--proxy", "sed-path", "--target", "c10_test", "--json");
        assertEquals(0, strings.code(), strings.err());
        JsonNode a = new ObjectMapper().readTree(indexed.out()).get(0);
        JsonNode b = new ObjectMapper().readTree(strings.out()).get(0);
        assertEquals(300, a.get("n").asInt());
        assertEquals(b.get("n").asInt(), a.get("n").asInt());
        assertEquals(b.get("kendall").asDouble(), a.get("kendall").asDouble(), 0.0);
        assertEquals(b.get("spearman").asDouble(), a.get("spearman").asDouble(), 0.0);
    }

    @Test
    void withoutAnIndexTableItSaysWhatToGive() throws IOException {
        Path f = Files.writeString(dir.resolve("idx.csv"), "arch_index,c10_test\n0,85.9\n9930,94.4\n");
        Run r = ScoreCommandTest.run("", "correlate", "--table", f.toString(), "--proxy", "sed-path");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("column 'arch_index' holds NAS-Bench-201 API indices, not architectures: load an NB201 "
                + "table that maps them first (e.g. nb201-nats-landscape.csv), or give --index-table FILE"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aBadIndexTableExitsTwoWithAMessage() throws IOException {
        Path f = Files.writeString(dir.resolve("idx.csv"), "arch_index,c10_test\n0,85.9\n9930,94.4\n");
        Run missing = ScoreCommandTest.run("", "correlate", "--table", f.toString(), "--index-table", dir.resolve("no.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--index-table: cannot read") && missing.err().contains("no such file"), missing.err());
        Run meco = ScoreCommandTest.run("", "correlate", "--table", f.toString(), "--index-table",
                shared("nb201-cifar10-test-per-seed-meco.csv").toString());
        assertEquals(2, meco.code());
        assertTrue(meco.err().contains("--index-table: nb201-cifar10-test-per-seed-meco.csv maps no API indices: it needs an "
                + "arch_index column"), meco.err());
        Run tnb = ScoreCommandTest.run("", "correlate", "--table", f.toString(), "--index-table",
                shared("tnb101-micro-naslib.csv").toString());
        assertEquals(2, tnb.code());
        assertTrue(tnb.err().contains("it holds TransNAS"), tnb.err());
        Run help = ScoreCommandTest.run("", "correlate", "--help");
        assertTrue(help.out().contains("--index-table=FILE"), help.out());
    }
}
