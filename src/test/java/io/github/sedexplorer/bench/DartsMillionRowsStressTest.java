package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sedexplorer.cell.DartsGenotype;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, in full: 1,000,000 rows of distinct DARTS genotypes, streamed from a generator, load into at most 1 GB
 * of heap (the README promises a million-row table within 2 GB). Slow (about a minute), so it runs only with
 * {@code -Dsed.stress=true}; {@link TableMemoryTest} checks the same per-row bound on 60,000 rows every build.
 */
class DartsMillionRowsStressTest {

    static final int ROWS = 1_000_000;

    @Test
    void aMillionDistinctDartsRowsFitInOneGigabyte() throws IOException {
        assumeTrue(Boolean.getBoolean("sed.stress"), "skipping: a stress test, run with -Dsed.stress=true");
        long before = DartsRows.usedHeap();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        BenchmarkTable t;
        try (TableReader.CountingInputStream in = new TableReader.CountingInputStream(DartsRows.stream(ROWS))) {
            t = CsvTableReader.read("darts-million.csv", in, ReadOptions.detect(), new TableReader.Progress(in, 0, LoadMonitor.NONE));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long retained = DartsRows.usedHeap() - before;
        System.out.printf(Locale.ROOT, "DartsMillionRowsStressTest: %,d rows in %.1f s, %,d bytes retained (%,d bytes/row), "
                + "peak heap %,d MB (sum of pool peaks)%n", ROWS, seconds, retained, retained / ROWS, peak >> 20);
        assertEquals(ROWS, t.rows(), t.report().summary());
        assertEquals(ROWS, t.report().rowsRead());
        assertTrue(retained <= 1L << 30, retained + " bytes retained, more than 1 GB");
        assertTrue(retained / ROWS <= TableMemoryTest.BYTES_PER_ROW, retained / ROWS + " bytes per row");
        assertEquals(DartsRows.genotype(987_654), t.archText(987_654));
        assertEquals(DartsGenotype.parse(DartsRows.genotype(ROWS - 1)), t.architecture(ROWS - 1));
        Reference.reachabilityFence(t);
    }
}
