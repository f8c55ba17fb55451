package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.DartsGenotype;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: a table of distinct DARTS genotypes costs a bounded number of heap bytes per row. */
class TableMemoryTest {

    /** Retained heap per row allowed (1,370 before issue 12, about 315 after): 1,000,000 such rows stay well within 1 GB. */
    static final long BYTES_PER_ROW = 450;

    @Test
    void distinctDartsRowsAreCompact(@TempDir Path dir) throws IOException {
        int n = 60_000;
        Path f = DartsRows.csv(dir, n);
        long before = DartsRows.usedHeap();
        BenchmarkTable t = TableReader.read(f);
        long after = DartsRows.usedHeap();
        assertEquals(n, t.rows(), t.report().summary());
        long perRow = (after - before) / n;
        System.out.printf(Locale.ROOT, "TableMemoryTest: %,d distinct DARTS rows retain %,d bytes/row%n", n, perRow);
        assertTrue(perRow <= BYTES_PER_ROW, perRow + " bytes per row, more than " + BYTES_PER_ROW);
        // the compact rows still give the file's text and equal architectures
        assertEquals(DartsRows.genotype(12_345), t.archText(12_345));
        assertEquals(DartsGenotype.parse(DartsRows.genotype(n - 1)), t.architecture(n - 1));
        assertEquals(90 + (777 % 4500) / 1000.0, t.metric("val_acc")[777]);
        Reference.reachabilityFence(t);
    }
}
