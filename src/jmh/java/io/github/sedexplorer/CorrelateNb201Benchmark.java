package io.github.sedexplorer;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.sed.SedModels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Load nb201-nats-landscape.csv, score every cell with sed-path and sed-flow, correlate with the
 * three accuracy columns (issue goal: ≤ 1 s on one core). The table comes from -Dsed.benchmarks
 * (default ../shared/benchmarks, relative to where the benchmark runs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CorrelateNb201Benchmark {

    private Path table;

    @Setup
    public void setUp() {
        table = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "nb201-nats-landscape.csv");
        if (!Files.isReadable(table)) {
            throw new IllegalStateException(table.toAbsolutePath() + " is absent: set -Dsed.benchmarks=DIR");
        }
    }

    @Benchmark
    public List<ProxyComparison.Result> loadScoreCorrelate() {
        BenchmarkTable t = TableReader.read(table);
        return ProxyComparison.compare(t, List.of(Proxy.sed(SedModels.create("sed-path", 16)),
                Proxy.sed(SedModels.create("sed-flow", 16))), ProxyComparison.accuracyColumns(t), 10);
    }
}
