package io.github.sedexplorer.cli;

import io.github.sedexplorer.bench.CsvFields;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.log.ErrorLog;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score}: one architecture per line in, CSV {@code arch,score,connected,params} out. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores one architecture per line with " + SedModels.PROVENANCE + ".",
                "Lines: nb201/transnas arch strings (transnas also 64-41414-a_bc_def codes), nb101 spec JSON, "
                        + "darts genotypes. Blank lines are skipped; a bad line is reported on stderr as "
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

    /** How many distinct lines' rows are kept: every NB201 and TransNAS micro cell, a few spellings each. */
    private static final int RECENT = 1 << 16;

    @Override
    public Integer call() {
        SearchSpace s = Options.space(space);
        SedModel m = modelOptions.model(s);
        ArchitectureFormat format = ArchitectureFormats.forSpace(s);
        // the command line's writer flushes at every println: a syscall per line of a million-line run;
        // this one flushes when a message goes to stderr (so a terminal shows them in order) and at the end
        // one 64 KiB buffer in front, so the terminal-safe writer scans large blocks instead of a copy of every line
        PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        int bugs = 0;
        String log = null;
        long number = 0;
        // a benchmark's file repeats its architectures (NB201 has 15,625): a line seen lately is not parsed and scored again
        Map<String, String> seen = new LinkedHashMap<>(1 << 12, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > RECENT;
            }
        };
        try (LineReader reader = open()) {
            out.println("arch,score,connected,params");
            while (true) {
                String text;
                number++;
                try {
                    String line = reader.next();
                    if (line == null) {
                        break;
                    }
                    text = line.strip();
                } catch (SedException e) {
                    bad++;
                    out.flush();
                    err.println("line " + number + ": " + e.getMessage());
                    continue;
                }
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    String row = seen.get(text);
                    if (row == null) {
                        Architecture a = format.parse(text);
                        double score = m.score(a);
                        row = CsvFields.quote(text) + "," + formatScore(score) + "," + SedModel.connected(a)
                                + "," + ParamCount.of(a, m.opEntropy().channels());
                        seen.put(text, row);
                    }
                    out.println(row);
                } catch (SedException e) {
                    bad++;
                    out.flush();
                    err.println("line " + number + ": " + e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    // a bug, not bad input: say so, keep the trace (once), and go on with the next line
                    out.flush();
                    if (bugs++ == 0) {
                        log = ErrorLog.unexpected("score: unexpected error at line " + number, e);
                    }
                    err.println("line " + number + ": " + SedExplorerCommand.internalError(e, log));
                }
            }
        } catch (IOException e) {
            out.flush();
            throw new SedException("cannot read " + inputName() + " at line " + number + ": " + e.getMessage());
        }
        out.flush();
        return bugs > 0 ? 1 : bad == 0 ? 0 : SedExplorerCommand.EXIT_BAD_INPUT;
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
     * Plain decimal, every digit Java needs to round-trip the double; -inf for disconnected. A model that gave
     * +∞ or NaN (none does: model files bound Δ so that every score is finite) prints inf or nan, never a crash.
     */
    static String formatScore(double score) {
        if (Double.isNaN(score)) {
            return "nan";
        }
        if (Double.isInfinite(score)) {
            return score > 0 ? "inf" : "-inf";
        }
        return BigDecimal.valueOf(score).toPlainString();
    }
}
