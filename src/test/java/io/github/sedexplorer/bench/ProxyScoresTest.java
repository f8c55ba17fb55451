package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.sed.SedModels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SED model's scores of a table with a monitor: the same scores, rows told as they go, stopped when cancelled. */
class ProxyScoresTest {

    private static final String[] OPS = {"none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"};

    @TempDir
    Path dir;

    /** 200 distinct NB201 cells (a table keeps one row a cell): more than three of the monitor's steps. */
    private BenchmarkTable table() throws IOException {
        StringBuilder csv = new StringBuilder("arch,cifar10_acc\n");
        for (int i = 0; i < 200; i++) {
            int[] e = new int[6];
            for (int k = 0, v = i; k < 6; k++, v /= 5) {
                e[k] = v % 5;
            }
            csv.append("|%s~0|+|%s~0|%s~1|+|%s~0|%s~1|%s~2|".formatted(OPS[e[0]], OPS[e[1]], OPS[e[2]], OPS[e[3]], OPS[e[4]], OPS[e[5]]))
                    .append(',').append(50 + i % 7).append('\n');
        }
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, csv);
        return TableReader.read(file);
    }

    @Test
    void aMonitoredScoringGivesTheSameScoresAndTellsTheRowsUpToAll() throws IOException {
        BenchmarkTable t = table();
        Proxy p = Proxy.sed(SedModels.create("sed-path", 16));
        List<long[]> told = new ArrayList<>();
        double[] watched = p.scores(t, (done, total) -> told.add(new long[] {done, total}));
        assertArrayEquals(p.scores(t), watched);
        assertEquals(List.of(0L, 64L, 128L, 192L, 200L), told.stream().map(d -> d[0]).toList());
        assertTrue(told.stream().allMatch(d -> d[1] == 200));
    }

    @Test
    void aCancelledScoringStopsWithinItsStep() throws IOException {
        BenchmarkTable t = table();
        List<Long> told = new ArrayList<>();
        LoadMonitor stopAfterTwo = new LoadMonitor() {
            @Override
            public void progress(long done, long total) {
                told.add(done);
            }

            @Override
            public boolean cancelled() {
                return told.size() >= 2;
            }
        };
        Proxy p = Proxy.sed(SedModels.create("sed-path", 16));
        assertThrows(CancellationException.class, () -> p.scores(t, stopAfterTwo));
        assertEquals(List.of(0L, 64L), told);
    }

    @Test
    void aColumnDoesNotAskTheMonitor() throws IOException {
        BenchmarkTable t = table();
        LoadMonitor never = new LoadMonitor() {
            @Override
            public void progress(long done, long total) {
                throw new AssertionError("asked");
            }

            @Override
            public boolean cancelled() {
                throw new AssertionError("asked");
            }
        };
        assertArrayEquals(t.metric("cifar10_acc"), Proxy.column("cifar10_acc").scores(t, never));
    }
}
