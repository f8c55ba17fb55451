package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.picture.Caption;
import io.github.sedexplorer.picture.Sheet;
import io.github.sedexplorer.picture.SheetPng;
import io.github.sedexplorer.picture.SheetSvg;
import io.github.sedexplorer.sed.SedModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code draw}: one architecture as the app exports it, an SVG drawing or a PNG image with its score as caption. */
@Command(name = "draw", mixinStandardHelpOptions = true,
        description = {"Draws one architecture (the text score reads for the space) as an SVG drawing or a PNG image, "
                + "captioned with its space, text, model, C and score. DARTS draws the normal and reduce cells side by side.",
                "Without ARCH, or with -, the first non-blank line of standard input is drawn. Writes to standard output "
                        + "unless --output is given (written atomically). Needs no display."})
final class DrawCommand implements Callable<Integer> {

    InputStream stdin = System.in;
    /** Where a PNG's raw bytes go without --output (the command line's writer is for text). */
    OutputStream stdout = System.out;
    /** Whether standard output is a terminal, where PNG bytes are refused (a stream a test hands in never is). */
    BooleanSupplier terminal = () -> stdout == System.out && System.console() != null;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--space", paramLabel = "SPACE", description = "nb201, transnas, nb101 or darts (required unless --cell)")
    String space;

    @Option(names = "--cell", paramLabel = "FILE", description = "draw a JSON cell file instead of ARCH: any space, free cells too, "
            + "with the file's node positions and title")
    Path cell;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--format", defaultValue = "svg", paramLabel = "FORMAT", description = "svg (default) or png")
    String format;

    @Option(names = "--scale", paramLabel = "K", description = "PNG pixels per drawing unit: 1 (default), 2 or 3")
    Integer scale;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE (default: standard output)")
    String output;

    @Parameters(arity = "0..1", paramLabel = "ARCH", description = "the architecture, or - (default) to read it from standard input")
    String arch;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true"); // before anything touches AWT: the PNG is drawn with no display
        CellDocument doc = cell == null ? null : read(cell);
        if (doc == null && space == null) {
            throw new SedException("--space: give the space of ARCH (nb201, transnas, nb101 or darts), or --cell FILE");
        }
        if (doc != null && arch != null) {
            throw new SedException("ARCH: give either ARCH or --cell FILE, not both");
        }
        SearchSpace s = doc != null ? doc.architecture().space() : Options.space(space);
        if (doc != null && space != null && Options.space(space) != s) {
            throw new SedException("--space: " + cell + " holds a " + s.displayName() + " cell, not " + Options.space(space).displayName());
        }
        if (s == SearchSpace.FREE && doc == null) {
            throw new SedException("--space: free cells have no one-line format to draw from (nb201, transnas, nb101 or darts); "
                    + "draw a free cell's JSON file with --cell FILE");
        }
        boolean png = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "svg" -> false;
            case "png" -> true;
            default -> throw new SedException("--format: unknown format " + Quote.quoted(format) + " (known: svg, png)");
        };
        int k = scale == null ? 1 : scale;
        if (k < 1 || k > 3) {
            throw new SedException("--scale: K must be 1, 2 or 3, not " + k);
        }
        if (!png && k != 1) {
            throw new SedException("--scale: an SVG drawing has no pixel scale; --scale " + k + " is for --format png");
        }
        Path file = output == null ? null : outputPath();
        if (png && file == null && terminal.getAsBoolean()) {
            throw new SedException("PNG to a terminal: use --output FILE or redirect");
        }
        SedModel m = modelOptions.model(s);
        if (doc == null) {
            doc = CellDocument.of(parse(ArchitectureFormats.forSpace(s)));
        }
        Architecture a = doc.architecture();
        Sheet sheet = Sheet.of(doc, Caption.lines(a, doc.title(), m.id(), m.opEntropy().channels(), m.score(a)));
        if (png) {
            byte[] bytes = SheetPng.png(sheet, k);
            if (file != null) {
                CellFile.writeAtomically(bytes, file, "PNG image");
            } else {
                try {
                    stdout.write(bytes);
                    stdout.flush();
                } catch (IOException e) {
                    throw new SedException("cannot write the PNG image to standard output: " + e.getMessage());
                }
            }
        } else if (file != null) {
            CellFile.writeAtomically(SheetSvg.of(sheet), file, "SVG drawing");
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(SheetSvg.of(sheet));
            out.flush();
        }
        return 0;
    }

    private static CellDocument read(Path file) {
        try {
            return CellFile.read(file);
        } catch (SedException e) {
            throw new SedException("--cell " + file + ": " + e.getMessage());
        }
    }

    private Path outputPath() {
        try {
            return Path.of(output);
        } catch (InvalidPathException e) {
            throw new SedException("--output: " + Quote.quoted(output) + " is not a file name: " + e.getReason());
        }
    }

    /** ARCH, or the first non-blank line of standard input, in the space's one-line format. */
    private Architecture parse(ArchitectureFormat f) {
        if (arch != null && !arch.equals("-")) {
            return parse(f, arch.strip(), "ARCH");
        }
        long number = 0;
        try (LineReader reader = new LineReader(stdin)) {
            while (true) {
                number++;
                String line;
                try {
                    line = reader.next();
                } catch (SedException e) { // not UTF-8, or longer than any architecture
                    throw new SedException("standard input, line " + number + ": " + e.getMessage());
                }
                if (line == null) {
                    throw new SedException("standard input holds no architecture: give one " + f.name()
                            + " as ARCH, or on a line of standard input");
                }
                if (!line.isBlank()) {
                    return parse(f, line.strip(), "standard input, line " + number);
                }
            }
        } catch (IOException e) {
            throw new SedException("cannot read standard input at line " + number + ": " + e.getMessage());
        }
    }

    private static Architecture parse(ArchitectureFormat f, String text, String where) {
        try {
            return f.parse(text);
        } catch (SedException e) {
            throw new SedException(where + ": not a valid " + f.name() + ": " + e.getMessage());
        }
    }
}
