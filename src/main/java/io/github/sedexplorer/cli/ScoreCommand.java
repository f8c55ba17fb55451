package io.github.sedexplorer.cli;

import io.github.sedexplorer.bench.CsvFields;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.log.ErrorLog;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score}: one architecture per line in, CSV {@code arch,score,connected,params} out. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores one architecture per line with " + SedModels.PROVENANCE + ".",
                "Lines: nb201/transnas arch strings (transnas also 64-41414-a_bc_def codes; nb201 also NASLib op-index "
                        + "tuples (2, 3, 0, 1, 4, 2)), nb101 spec JSON, darts genotypes (DARTS or AutoDL-Projects per-node "
                        + "pairs). Blank lines are skipped; a bad line is reported on stderr as "
                        + "'line N: ...' and the run goes on, exiting 2 at the end.",
                "Input is UTF-8 (a leading byte order mark is dropped); a line that is not UTF-8, or longer than "
                        + "1 MiB (no architecture is), is a bad line.",
                "Output CSV: arch,score,connected,params (score -inf for a disconnected cell; params = convolution "
                        + "weights at C channels)."})
final class ScoreCommand implements Callable<Integer> {

    InputStream stdin = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--space", required = true, paramLabel = "SPACE",
            description = "nb201, transnas, nb101 or darts")
    String space;

    @Mixin
    ModelOptions modelOptions;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "input file, or - (default) for standard input")
    String file;

    /** The raw output stream: rows go out as bytes, made terminal-safe once per distinct row (see {@link RowCache}). */
    OutputStream stdout = System.out;

    /** Threads that score; 1 runs everything on the calling thread (tests compare the two). */
    int threads = Runtime.getRuntime().availableProcessors();

    private static final String NEWLINE = System.lineSeparator();

    @Override
    public Integer call() {
        SearchSpace s = Options.space(space);
        SedModel m = modelOptions.model(s);
        ArchitectureFormat format = ArchitectureFormats.forSpace(s);
        int channels = m.opEntropy().channels();
        PrintWriter err = spec.commandLine().getErr();
        if (Models.measuredIds().contains(m.id())) { // stdout stays the plain CSV; the label goes beside it
            err.println(m.id() + ": " + LocalMcModel.PROVENANCE);
            err.flush();
        }
        spec.commandLine().getOut().flush();
        RowWriter writer = new RowWriter(stdout, err);
        try (LineReader reader = open()) {
            writer.write(TerminalSafeWriter.utf8("arch,score,connected,params" + NEWLINE));
            RowCache.Shared shared = new RowCache.Shared();
            Nb201FastRows fast = Nb201FastRows.forRun(s, m, channels);
            ScorePipeline.run(reader, () -> new LineScorer(format, m, channels, shared, fast), threads, writer::accept);
        } catch (IOException e) {
            // closing the input failed: every line was read and written
            writer.flush();
            throw new SedException("cannot read " + inputName() + " at line " + writer.next + ": " + e.getMessage());
        }
        writer.flush();
        return writer.bugs > 0 ? 1 : writer.bad == 0 ? 0 : SedExplorerCommand.EXIT_BAD_INPUT;
    }

    /**
     * One line's work, on whichever thread scores its batch: a line seen lately is looked up by its bytes; any
     * other is decoded, stripped, parsed, scored and formatted, its row made terminal-safe UTF-8 once.
     */
    static final class LineScorer implements ScorePipeline.Scorer {
        private final ArchitectureFormat format;
        private final SedModel model;
        private final int channels;
        private final CharsetDecoder decoder = LineReader.strictUtf8();
        private final RowCache seen = new RowCache();
        private final RowCache.Shared shared;
        private final RowCache.Key probe = new RowCache.Key();
        /** NB201 rows without a Cell, or null: a line it does not take goes the general way. */
        private final Nb201FastRows fast;

        LineScorer(ArchitectureFormat format, SedModel model, int channels, RowCache.Shared shared) {
            this(format, model, channels, shared, null);
        }

        LineScorer(ArchitectureFormat format, SedModel model, int channels, RowCache.Shared shared,
                Nb201FastRows fast) {
            this.fast = fast;
            this.format = format;
            this.model = model;
            this.channels = channels;
            this.shared = shared;
        }

        @Override
        public ScorePipeline.Result score(ScorePipeline.Batch b) {
            ScorePipeline.Result r = new ScorePipeline.Result(b);
            byte[] data = b.data;
            int start = 0;
            for (int i = 0; i < b.count; i++) {
                int end = b.ends[i];
                int n = end - start;
                String refused = b.refused(i);
                if (refused != null) {
                    r.event(b.first + i, refused);
                } else if (n > 0) {
                    int hash = RowCache.hash(data, start, n);
                    byte[] kept = seen.get(data, start, n, hash);
                    if (kept == null) {
                        byte[] row = shared.get(probe.set(data, start, n, hash));
                        if (row == null) {
                            row = row(r, b.first + i, data, start, n);
                            if (row != null) {
                                shared.put(probe, row);
                            }
                        }
                        if (row != null) {
                            kept = seen.put(data, start, n, hash, row);
                        }
                    }
                    if (kept != null) {
                        int from = RowCache.rowOffset(n);
                        r.append(kept, from, kept.length - from);
                    }
                }
                start = end;
            }
            return r;
        }

        /** The row of a line not seen lately, or null for a blank line or one that is reported instead. */
        private byte[] row(ScorePipeline.Result r, long number, byte[] data, int start, int n) {
            if (fast != null) {
                byte[] row = fast.row(data, start, n);
                if (row != null) {
                    return row;
                }
            }
            String text;
            try {
                text = LineReader.decode(data, start, n, decoder).strip();
            } catch (SedException e) {
                r.event(number, e.getMessage());
                return null;
            }
            if (text.isEmpty()) {
                return null;
            }
            try {
                Architecture a = format.parse(text);
                double score = model.score(a);
                // a StringBuilder, not +: string concatenation's first use costs a bootstrap of tens of milliseconds
                return TerminalSafeWriter.utf8(new StringBuilder(text.length() + 48).append(CsvFields.quote(text))
                        .append(',').append(formatScore(score)).append(',').append(SedModel.connected(a)).append(',')
                        .append(ParamCount.of(a, channels)).append(NEWLINE).toString());
            } catch (SedException e) {
                r.event(number, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                r.event(number, e); // a bug, not bad input: the writer says so, in order
            }
            return null;
        }
    }

    /** Writes results in input order: rows as bytes, and each event after the rows before it. */
    private final class RowWriter {
        private final OutputStream out;
        private final PrintWriter err;
        int bad;
        int bugs;
        /** The number of the line after the last one written. */
        long next = 1;
        private String log;

        RowWriter(OutputStream out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        void accept(ScorePipeline.Result r) {
            int from = 0;
            for (int k = 0; k < r.events; k++) {
                write(r.out, from, r.at[k] - from);
                from = r.at[k];
                flush(); // the rows before a message show before it
                long number = r.line[k];
                if (r.what[k] instanceof Throwable e) {
                    if (bugs++ == 0) {
                        log = ErrorLog.unexpected("score: unexpected error at line " + number, e);
                    }
                    err.println("line " + number + ": " + SedExplorerCommand.internalError(e, log));
                } else {
                    bad++;
                    err.println("line " + number + ": " + r.what[k]);
                }
            }
            write(r.out, from, r.length - from);
            ScorePipeline.Batch b = r.batch;
            next = b.first + b.count;
            if (b.failure != null) {
                flush();
                if (b.failure instanceof IOException e) {
                    throw new SedException("cannot read " + inputName() + " at line " + next + ": " + e.getMessage());
                }
                if (b.failure instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) b.failure;
            }
        }

        void write(byte[] bytes) {
            write(bytes, 0, bytes.length);
        }

        private void write(byte[] bytes, int off, int len) {
            try {
                out.write(bytes, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String inputName() {
        return file == null || file.equals("-") ? "standard input" : file;
    }

    private LineReader open() {
        if (file == null || file.equals("-")) {
            return new LineReader(stdin);
        }
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new SedException("cannot read " + file + ": it is a directory");
            }
            return new LineReader(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new SedException("cannot read " + file + ": no such file");
        } catch (SedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SedException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The shortest plain decimal that reads back as the score ({@link ShortestDecimal}); -inf for disconnected. A
     * model that gave +∞ or NaN (none does: model files bound Δ so that every score is finite) prints inf or nan,
     * never a crash.
     */
    static String formatScore(double score) {
        if (Double.isNaN(score)) {
            return "nan";
        }
        if (Double.isInfinite(score)) {
            return score > 0 ? "inf" : "-inf";
        }
        return ShortestDecimal.plain(score);
    }
}
