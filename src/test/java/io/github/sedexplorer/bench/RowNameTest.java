package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb201ArchString;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row is named by its benchmark's identity, else by the line of the file it was read from. */
class RowNameTest {

    private static final Architecture BEST_C100 = Architecture.of(Nb201ArchString.parse(
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"));

    @TempDir
    Path dir;

    @Test
    void anNb201RowIsNamedByTheApiIndexOfAnyTableThatProvidesOne() {
        BenchmarkTable perSeed = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        ApiIndex index = ApiIndex.from(SharedTables.of("nb201-nats-landscape.csv")).orElseThrow();
        int row = perSeed.rowOf(BEST_C100);
        assertEquals("API index 9930", RowName.of(perSeed, row, index));
        BenchmarkTable naswot = SharedTables.of("nb201-naswot-v1-c10.csv");
        assertEquals("API index 9930", RowName.of(naswot, naswot.rowOf(BEST_C100), ApiIndex.from(naswot).orElseThrow()));
    }

    @Test
    void withoutAnIndexARowIsNamedByItsLineInTheFile() throws IOException {
        Path file = SharedBenchmarks.file("nb201-cifar10-test-per-seed-meco.csv");
        BenchmarkTable perSeed = SharedTables.of("nb201-cifar10-test-per-seed-meco.csv");
        int row = perSeed.rowOf(BEST_C100);
        String name = RowName.of(perSeed, row, null);
        assertEquals("line " + (row + 2), name, "the header is line 1");
        List<String> lines = Files.readAllLines(file);
        int line = Integer.parseInt(name.substring("line ".length()));
        assertEquals(perSeed.archText(row), lines.get(line - 1).split(",")[0], "that line holds the row's cell");
    }

    @Test
    void aTransNasRowIsNamedByItsCode() {
        BenchmarkTable t = SharedTables.of("tnb101-micro-naslib.csv");
        String code = t.hasText("tnb_arch") ? "tnb_arch" : null;
        for (int r = 0; r < t.rows(); r += 97) {
            String expected = code != null ? t.text(code, r) : t.archText(r);
            assertEquals(expected, RowName.of(t, r, null));
        }
    }

    @Test
    void anNb101RowIsNamedByTheHashItsTableHasElseByLine() throws IOException {
        String rows = "0.9,0110000100000000,input|conv3x3-bn-relu|conv1x1-bn-relu|output\n"
                + "\n0.7,0010000000010000,input|conv3x3-bn-relu|conv1x1-bn-relu|output\n";
        BenchmarkTable plain = TableReader.read(Files.writeString(dir.resolve("plain.csv"), "acc,adjacency_7x7,ops\n" + rows));
        assertEquals("line 2", RowName.of(plain, 0, null));
        assertEquals("line 4", RowName.of(plain, 1, null), "a blank line counts: the name is the file's line");
        BenchmarkTable hashed = TableReader.read(Files.writeString(dir.resolve("hashed.csv"), "acc,adjacency_7x7,ops,module_hash\n"
                + "0.9,0110000100000000,input|conv3x3-bn-relu|conv1x1-bn-relu|output,00005c142e6f48ac74fdcf73e3439874\n"));
        assertEquals("hash 00005c142e6f48ac74fdcf73e3439874", RowName.of(hashed, 0, null));
    }

    @Test
    void aDartsRowHasNoIdentityButItsEntryInTheFile() {
        BenchmarkTable t = SharedTables.of("naslib-zc-nb301.json");
        assertEquals("entry 1", RowName.of(t, 0, null), "not its key, which is the whole genotype");
        assertEquals("entry " + t.rows(), RowName.of(t, t.rows() - 1, null));
    }
}
