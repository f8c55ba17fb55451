package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: wide tables load in time and memory linear in their width. Each case is read at n and 4n columns and
 * compared: the thread's CPU time and its allocated bytes may grow at most 8× (linear is 4×, the quadratic
 * header scan and per-column copies this replaced were 16×), and each column may allocate at most a few
 * hundred bytes (a column used to start with 8 KB of cells). How long such a read takes is WideTableBenchmark's
 * (src/jmh).
 */
class WideTablesTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    private record Cost(long nanos, long bytes) {
    }

    /** The cheapest of three reads: CPU time of this thread and bytes it allocated. */
    private static Cost cost(Path f, int columns) {
        long nanos = Long.MAX_VALUE;
        long bytes = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            long b0 = THREADS.getCurrentThreadAllocatedBytes();
            BenchmarkTable t = TableReader.read(f);
            long b1 = THREADS.getCurrentThreadAllocatedBytes();
            long t1 = THREADS.getCurrentThreadCpuTime();
            assertEquals(columns, t.metricNames().size());
            nanos = Math.min(nanos, t1 - t0);
            bytes = Math.min(bytes, b1 - b0);
        }
        return new Cost(nanos, bytes);
    }

    private static void assertLinear(String what, Path small, Path large, int n, long bytesPerCell) {
        cost(small, n); // warm up
        Cost a = cost(small, n);
        Cost b = cost(large, 4 * n);
        String costs = String.format(Locale.ROOT, " (%,d columns %.0f ms CPU %,d B; %,d columns %.0f ms CPU %,d B)",
                n, a.nanos() / 1e6, a.bytes(), 4 * n, b.nanos() / 1e6, b.bytes());
        assertTrue(b.nanos() <= 8 * a.nanos() + 50_000_000L, what + ": CPU time grew " + (double) b.nanos() / a.nanos() + "×" + costs);
        assertTrue(b.bytes() <= 8 * a.bytes(), what + ": allocation grew " + (double) b.bytes() / a.bytes() + "×" + costs);
        assertTrue(b.bytes() <= bytesPerCell * 4 * n, what + ": " + b.bytes() / (4 * n) + " bytes allocated per column");
    }

    /** One JSON row object: the arch and {@code keys} numeric keys (100,000 keys make 1.1 MB, as in the issue). */
    private Path jsonRow(int keys) throws IOException {
        StringBuilder sb = new StringBuilder("[{\"arch\": \"" + TableReaderTest.A + "\"");
        for (int i = 0; i < keys; i++) {
            sb.append(", \"k").append(i).append("\": ").append(i % 10);
        }
        return Files.writeString(dir.resolve("row-" + keys + ".json"), sb.append("}]").toString(), StandardCharsets.UTF_8);
    }

    /** A CSV of {@code columns} metric columns and 200 rows (a full detection sample), arch last. */
    private Path csv(int columns) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            sb.append('m').append(c).append(',');
        }
        sb.append("arch\n");
        for (int r = 0; r < 200; r++) {
            for (int c = 0; c < columns; c++) {
                sb.append((r + c) % 10).append(',');
            }
            sb.append(MalformedCsvTest.NB201.get(r)).append('\n');
        }
        return Files.writeString(dir.resolve("wide-" + columns + ".csv"), sb.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void aJsonRowWithManyKeysIsLinear() throws IOException {
        Path large = jsonRow(100_000);
        BenchmarkTable t = TableReader.read(large);
        assertEquals(1, t.rows());
        assertEquals(100_000, t.metricNames().size());
        assertEquals(9.0, t.metric("k99999")[0]);
        assertLinear("JSON keys", jsonRow(25_000), large, 25_000, 2_000);
    }

    @Test
    void aCsvWithManyColumnsIsLinear() throws IOException {
        Path large = csv(12_000);
        BenchmarkTable t = TableReader.read(large);
        assertEquals(200, t.rows());
        assertEquals("arch", t.archColumn());
        assertEquals(12_000, t.metricNames().size());
        assertEquals((199 + 11_999) % 10, t.metric("m11999")[199]);
        assertLinear("CSV columns × 200 rows", csv(3_000), large, 3_000, 200 * 200);
    }
}
