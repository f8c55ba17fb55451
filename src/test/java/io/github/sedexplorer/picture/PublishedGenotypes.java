package io.github.sedexplorer.picture;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.DartsGenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The published DARTS genotypes of {@code published-genotypes.txt} (beside this class on the test class
 * path): real cells from the papers' code, for tests that want more than hand-made ones. Each entry is
 * {@code NAME<TAB>Genotype(...)}; the {@code #} comment lines just above it name where it was copied from.
 */
public final class PublishedGenotypes {

    /** The resource, relative to this class's package. */
    public static final String RESOURCE = "published-genotypes.txt";

    /** One published genotype: its name, the comment naming its source, and the parsed architecture. */
    public record Named(String name, String source, Architecture architecture) {
    }

    private PublishedGenotypes() {
    }

    /**
     * Every entry, in file order.
     *
     * @throws IllegalStateException naming the line and entry when the resource is missing, a line is not
     *                               {@code NAME<TAB>Genotype(...)}, an entry has no source comment, or a
     *                               genotype does not parse
     */
    public static List<Named> all() {
        try (InputStream in = PublishedGenotypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path next to "
                        + PublishedGenotypes.class.getName());
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Named> read(BufferedReader reader) throws IOException {
        List<Named> entries = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                comment.clear();
                continue;
            }
            if (line.startsWith("#")) {
                comment.add(line.substring(1).strip());
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(RESOURCE + " line " + number
                        + ": expected NAME<TAB>Genotype(...), got " + abbreviate(line));
            }
            String name = line.substring(0, tab).strip();
            if (comment.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + number + " (" + name
                        + "): no comment line above it names its source");
            }
            Architecture architecture;
            try {
                architecture = DartsGenotype.parse(line.substring(tab + 1));
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + " (" + name + "): "
                        + e.getMessage(), e);
            }
            entries.add(new Named(name, String.join(" ", comment), architecture));
            comment.clear();
        }
        return List.copyOf(entries);
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? "'" + line + "'" : "'" + line.substring(0, 60) + "...'";
    }
}
