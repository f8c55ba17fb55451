package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import picocli.CommandLine;

/**
 * score's command-line path on NB201 arch strings (issue 16: a million lines ten times faster than a plain
 * Python loop, as whole processes). {@code everyLineNew}: the 15,625 cells as lines none of which has been
 * seen, each decoded, parsed, scored, formatted and made terminal-safe bytes; {@code everyLineSeen}: the same
 * lines again, each looked up by its bytes; {@code wholeCommand}: the command over an in-memory stream of
 * {@code lines} lines (the cells over and over, as a benchmark's file repeats them) on {@code threads} threads.
 * Per-line figures: divide by 15,625, or by {@code lines}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoreLineBenchmark {

    @Param({"1000000"})
    public int lines;

    private ScorePipeline.Batch cells;
    private ScoreCommand.LineScorer warm;
    private SedModel model;
    private byte[] input;
    private PrintStream sink;

    @Setup
    public void setUp() {
        List<String> all = SpaceEnumerator.cells(SearchSpace.NB201).stream().map(Nb201ArchString::format).toList();
        String text = String.join("\n", all) + "\n";
        cells = oneBatch(text);
        model = SedModels.create("sed-path", 16);
        warm = scorer();
        warm.score(cells);
        StringBuilder sb = new StringBuilder(lines * 90);
        for (int i = 0; i < lines; i++) {
            sb.append(all.get(i % all.size())).append('\n');
        }
        input = sb.toString().getBytes(StandardCharsets.UTF_8);
        sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }

    /** All lines of the text in one batch, however large. */
    private static ScorePipeline.Batch oneBatch(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        LineReader reader = new LineReader(new ByteArrayInputStream(bytes));
        ScorePipeline.Batch whole = new ScorePipeline.Batch(1); // read() would stop at ~128 KiB
        try {
            int n;
            while ((n = reader.nextRaw()) >= 0) {
                whole.add(reader.bytes(), n);
            }
            whole.last = true;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return whole;
    }

    private ScoreCommand.LineScorer scorer() {
        return new ScoreCommand.LineScorer(ArchitectureFormats.forSpace(SearchSpace.NB201), model, 16, new RowCache.Shared());
    }

    @Benchmark
    public int everyLineNew() {
        return scorer().score(cells).length;
    }

    @Benchmark
    public int everyLineSeen() {
        return warm.score(cells).length;
    }

    /** Scoring threads of {@code wholeCommand}: one, or one per core of this machine's two. */
    @State(Scope.Benchmark)
    public static class Threads {
        @Param({"1", "2"})
        public int threads;
    }

    @Benchmark
    public int wholeCommand(Threads t) {
        int threads = t.threads;
        CommandLine cl = new CommandLine(new SedExplorerCommand());
        ((ScoreCommand) cl.getSubcommands().get("score").getCommand()).threads = threads;
        return SedExplorerCommand.run(cl, new ByteArrayInputStream(input), sink, sink, "score", "--space", "nb201");
    }
}
