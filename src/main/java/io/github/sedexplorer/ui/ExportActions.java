package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.picture.Caption;
import io.github.sedexplorer.picture.Sheet;
import io.github.sedexplorer.picture.SheetSvg;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.common.PngFiles;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Scores;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.control.Menu;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** File → Export: the cell as benchmark text on the clipboard, as a PNG of the editor, as an SVG drawing. */
final class ExportActions {

    private final EditorViewModel vm;
    private final Supplier<WritableImage> editorImage;
    private final FileExport export;
    private final Notifier notifier;

    ExportActions(EditorViewModel vm, Supplier<WritableImage> editorImage, FileExport export) {
        this.vm = vm;
        this.editorImage = editorImage;
        this.export = export;
        this.notifier = export.notifier();
    }

    Menu menu() {
        return new Menu("Export", null, Menus.item("Copy as benchmark text", null, this::copyText),
                Menus.item("PNG image…", null, () -> export.choose("Export PNG", FileKind.PNG, this::writePng)),
                Menus.item("SVG drawing…", null, () -> export.choose("Export SVG", FileKind.SVG, this::writeSvg)));
    }

    private void copyText() {
        Architecture a = vm.getDocument().architecture();
        try {
            String text = ArchitectureFormats.forSpace(a.space()).format(a);
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            notifier.info("Copied: " + text);
        } catch (SedException e) {
            notifier.error("Nothing to copy", e.getMessage());
        }
    }

    /** Writes the cell(s) as an SVG drawing with the score as caption (atomically). */
    void writeSvg(Path file) {
        String svg = SheetSvg.of(sheet());
        export.write(file, f -> CellFile.writeAtomically(svg, f, "SVG drawing"));
    }

    /** The editor's cells as exports draw them: no selection, no handles, with a caption. */
    Sheet sheet() {
        Scores s = vm.getScores();
        CellDocument doc = vm.getDocument();
        return Sheet.of(doc, Caption.lines(doc.architecture(), doc.title(), s.model().id(), s.model().opEntropy().channels(), s.total()));
    }

    /** Writes the editor area as a PNG image (atomically). */
    void writePng(Path file) {
        WritableImage image = editorImage.get();
        export.write(file, f -> PngFiles.write(image, f));
    }
}
