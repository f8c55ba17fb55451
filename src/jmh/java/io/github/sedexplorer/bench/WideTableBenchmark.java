package io.github.sedexplorer.bench;

import io.github.sedexplorer.ShortBenchmark;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12's wide tables (WideTablesTest checks that their cost is linear in the width; this times them): one JSON
 * row object of 100,000 numeric keys (1.1 MB) and a CSV of 12,000 metric columns × 200 NB201 rows, read with
 * TableReader.read as the app and the CLI read a file.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WideTableBenchmark extends ShortBenchmark {

    private Path dir;
    private Path jsonRow;
    private Path csv;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("wide-tables");
        List<String> arch = SpaceEnumerator.cells(SearchSpace.NB201).stream().limit(200)
                .map(Nb201ArchString::format).toList();
        StringBuilder json = new StringBuilder("[{\"arch\": \"" + arch.get(0) + "\"");
        for (int i = 0; i < 100_000; i++) {
            json.append(", \"k").append(i).append("\": ").append(i % 10);
        }
        jsonRow = Files.writeString(dir.resolve("row.json"), json.append("}]"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 12_000; c++) {
            sb.append('m').append(c).append(',');
        }
        sb.append("arch\n");
        for (int r = 0; r < 200; r++) {
            for (int c = 0; c < 12_000; c++) {
                sb.append((r + c) % 10).append(',');
            }
            sb.append(arch.get(r)).append('\n');
        }
        csv = Files.writeString(dir.resolve("wide.csv"), sb, StandardCharsets.UTF_8);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.delete(jsonRow);
        Files.delete(csv);
        Files.delete(dir);
    }

    @Benchmark
    public BenchmarkTable jsonRowOf100000Keys() {
        return TableReader.read(jsonRow);
    }

    @Benchmark
    public BenchmarkTable csvOf12000ColumnsBy200Rows() {
        return TableReader.read(csv);
    }
}
