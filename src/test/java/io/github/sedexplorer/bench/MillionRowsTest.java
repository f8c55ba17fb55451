package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1,000,000-row CSV (every NB201 cell 64 times, as a per-epoch table would be) with a text column streams in
 * within a 2 GB heap.
 */
class MillionRowsTest {

    @Test
    void streamsAMillionRows(@TempDir Path dir) throws IOException {
        assumeTrue(Runtime.getRuntime().maxMemory() <= 2L * 1024 * 1024 * 1024 + (64 << 20),
                "skipping: this test proves the 2 GB bound and needs -Xmx2g (surefire sets it)");
        List<String> cells = SpaceEnumerator.cells(SearchSpace.NB201).stream().map(Nb201ArchString::format).toList();
        Path f = dir.resolve("million.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("epoch,arch_str,train_acc,valid_acc,split\n");
            for (int i = 0; i < 1_000_000; i++) {
                int cell = i % cells.size();
                int epoch = i / cells.size();
                w.write(epoch + "," + cells.get(cell) + "," + (epoch + cell % 7) + "." + (cell % 10) + "," + (cell % 100) + ",s" + (cell % 1000) + "\n");
            }
        }
        BenchmarkTable t = TableReader.read(f);
        assertEquals(1_000_000, t.report().rowsRead());
        assertEquals(15_625, t.rows());
        assertEquals(984_375, t.report().rowsSkipped());
        assertEquals(List.of("epoch", "train_acc", "valid_acc"), t.metricNames());
        assertEquals(0.0, t.metric("epoch")[15_624], "the first row of each architecture is kept");
        assertEquals(List.of("split"), t.textNames());
        assertEquals("s123", t.text("split", 123));
        assertEquals(Nb201ArchString.parse(cells.get(123)), t.architecture(123).cell());
    }
}
