package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An export a view offers (a chart as PNG, a comparison as CSV): the file is chosen through {@link Dialogs} and the
 * outcome told through the {@link Notifier}, "Exported chart.png" or why the file cannot be written.
 */
public record FileExport(Dialogs dialogs, Notifier notifier) {

    /** Asks where to save, then writes there; nothing happens when the chooser is cancelled. */
    public void choose(String title, FileKind kind, Consumer<Path> writer) {
        choose(title, kind, null, writer);
    }

    /** @param name the file name the chooser suggests, or null */
    public void choose(String title, FileKind kind, String name, Consumer<Path> writer) {
        dialogs.saveFile(title, kind, null, name).ifPresent(file -> write(file, writer));
    }

    /** Writes the file and says so; a {@link SedException} from the writer (a file that cannot be written) is told. */
    public void write(Path file, Consumer<Path> writer) {
        try {
            writer.accept(file);
            notifier.info("Exported " + file.getFileName());
        } catch (SedException e) {
            notifier.error("Cannot export " + file.getFileName(), e.getMessage());
        }
    }
}
