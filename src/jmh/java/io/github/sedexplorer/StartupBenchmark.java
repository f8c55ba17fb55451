package io.github.sedexplorer;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.picture.CellGeometry;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.PictureStyle;
import io.github.sedexplorer.sed.SedModels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The start-up phases that run without a display, each timed cold: one call in a fresh JVM (single shot, no
 * warm-up, ten forks), as a start-up meets them. The window's own phases (toolkit, CSS, first frame) need a
 * display: {@code -Dsed.startup.trace=true} prints those.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {

    private static final List<String> FIRST = List.of("nb201-best-cifar100.json", "lessons/1-pooling-chain.json",
            "lessons/2-skip-vs-conv.json", "lessons/3-kernel-size.json");

    /** What the sample preload does while JavaFX starts: the default cell and the three lessons, from the jar. */
    @Benchmark
    public int readSamples() {
        int edges = 0;
        for (String name : FIRST) {
            edges += read(name).architecture().cell().edgeCount();
        }
        return edges;
    }

    /** The editor's first picture: layout, routes and labels of the default cell. */
    @Benchmark
    public CellPicture firstPicture() {
        Cell cell = read(FIRST.get(0)).architecture().cell();
        return CellGeometry.of(cell, AutoLayout.positions(cell), PictureStyle.EDITOR);
    }

    /** A table named on the command line, read and scored (the chart's data): nb201-nats-landscape.csv. */
    @Benchmark
    public double nb201TableReadAndScored() {
        Path f = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "nb201-nats-landscape.csv");
        if (!Files.isReadable(f)) {
            throw new IllegalStateException(f.toAbsolutePath() + " is absent: set -Dsed.benchmarks=DIR");
        }
        BenchmarkTable t = TableReader.read(f);
        var model = SedModels.create("sed-path", 16);
        double sum = 0;
        for (int r = 0; r < t.rows(); r++) {
            double s = model.score(t.architecture(r));
            sum += Double.isFinite(s) ? s : 0;
        }
        return sum;
    }

    private static CellDocument read(String name) {
        try (InputStream in = StartupBenchmark.class.getResourceAsStream("/samples/" + name)) {
            return CellFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
