package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dialogs view-models need answered: save-or-discard, file choosers and a report to read. An interface, so a
 * view-model's test answers them itself; {@link FxDialogs} shows the real ones over the main window.
 */
public interface Dialogs {

    /** The answer to "save the changes first?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** The kinds of file the app opens and writes, each with its chooser filter. */
    enum FileKind {
        CELL("SED Explorer cell (*.json)", ".json", "*.json"),
        MODEL("SED Explorer model (*.json)", ".json", "*.json"),
        TABLE("Tables (*.csv, *.tsv, *.json)", null, "*.csv", "*.tsv", "*.txt", "*.json"),
        PNG("PNG image", ".png", "*.png"),
        SVG("SVG drawing", ".svg", "*.svg"),
        CSV("CSV", ".csv", "*.csv");

        private final String description;
        private final String extension;
        private final List<String> patterns;

        FileKind(String description, String extension, String... patterns) {
            this.description = description;
            this.extension = extension;
            this.patterns = List.of(patterns);
        }

        public String description() {
            return description;
        }

        public List<String> patterns() {
            return patterns;
        }

        /** A file name to suggest from a title ("NB201 #9930: best on CIFAR-100" → nb201-9930-best-on-cifar-100.json). */
        public String suggest(String title) {
            String slug = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
            if (slug.length() > 60) {
                slug = slug.substring(0, 60).replaceAll("-+$", "");
            }
            return (slug.isEmpty() ? "untitled" : slug) + (extension == null ? "" : extension);
        }

        /** The file as chosen, with this kind's extension added when the name has none of it. */
        public Path withExtension(Path chosen) {
            return extension == null || chosen.getFileName().toString().endsWith(extension) ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + extension);
        }
    }

    Unsaved askToSaveChanges();

    /** @param near a file whose folder the chooser starts in, or null */
    Optional<Path> openFile(String title, FileKind kind, Path near);

    List<Path> openFiles(String title, FileKind kind, Path near);

    Optional<Path> saveFile(String title, FileKind kind, Path near);

    /** A save chooser that suggests a file name; {@code name} may be null for none. */
    default Optional<Path> saveFile(String title, FileKind kind, Path near, String name) {
        return saveFile(title, kind, near);
    }

    /** A report to read with one OK (rows skipped while loading a table); {@code id} names the dialog for tests. */
    void report(String header, String text, String id);

    /** Asks for an arch string, NB101 spec or DARTS genotype to import; empty when cancelled. */
    Optional<Architecture> importArchitecture(SearchSpace initialSpace);

    /** An error to read: every line is escaped, it may quote input. */
    void error(String header, String message);
}
