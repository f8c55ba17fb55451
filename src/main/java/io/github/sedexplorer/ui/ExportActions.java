package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Encodings;
import io.github.sedexplorer.cell.Encodings.Encoding;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.picture.Caption;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.SheetPng;
import io.github.sedexplorer.picture.Sheet;
import io.github.sedexplorer.picture.SheetSvg;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Scores;

import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * File → Export: the cell as benchmark text on the clipboard, as a PNG image (1×, 2×, 3×) or an SVG drawing of its
 * picture; Edit → Copy image and Copy as ▸ each of its encodings.
 */
final class ExportActions {

    private final EditorViewModel vm;
    private final FileExport export;
    private final Notifier notifier;

    ExportActions(EditorViewModel vm, FileExport export) {
        this.vm = vm;
        this.export = export;
        this.notifier = export.notifier();
    }

    Menu menu() {
        return new Menu("Export", null, Menus.item("Copy as benchmark text", null, this::copyText),
                new Menu("PNG image", null, png(1), png(2), png(3)),
                Menus.item("SVG drawing…", null, () -> export.choose("Export SVG", FileKind.SVG, name(FileKind.SVG), this::writeSvg)));
    }

    private MenuItem png(int scale) {
        return Menus.item(scale + "× (" + (scale == 1 ? "screen" : scale == 2 ? "slides" : "print") + ")…", null,
                () -> export.choose("Export PNG at " + scale + "×", FileKind.PNG, name(FileKind.PNG), f -> writePng(f, scale)));
    }

    /** The cell's title as a file name. */
    private String name(FileKind kind) {
        return kind.suggest(vm.getDocument() == null ? "" : vm.getDocument().title());
    }

    /** Edit → Copy image: the picture the PNG export writes, at 2×, on the clipboard. */
    MenuItem copyImageItem() {
        return Menus.item("Copy image", "Shortcut+Shift+C", "copyImage", this::copyImage);
    }

    void copyImage() {
        byte[] png = SheetPng.png(sheet(), 2);
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(png)));
        Clipboard.getSystemClipboard().setContent(content);
        notifier.info("Copied the picture of the cell (PNG at 2×, with its caption)");
    }

    private void copyText() {
        Architecture a = vm.getDocument().architecture();
        try {
            copy(ArchitectureFormats.forSpace(a.space()).format(a));
        } catch (SedException e) {
            notifier.error("Nothing to copy", e.getMessage());
        }
    }

    /** Edit → Copy as ▸ each text the Encodings pane shows for the editor's cell ({@link Encodings}), kept current. */
    Menu copyAsMenu() {
        Menu menu = new Menu("Copy as");
        menu.setId("copyAs");
        menu.getItems().setAll(copyAsItems());
        vm.documentProperty().addListener((o, a, d) -> menu.getItems().setAll(copyAsItems()));
        return menu;
    }

    private List<MenuItem> copyAsItems() {
        List<Encoding> encodings = vm.getDocument() == null ? List.of() : Encodings.of(vm.getDocument().architecture());
        if (encodings.isEmpty()) {
            MenuItem none = new MenuItem("(a free cell has no one-line text: File → Save as… writes its JSON)");
            none.setDisable(true);
            return List.of(none);
        }
        return encodings.stream().map(e -> Menus.item(e.name(), null, "copyAs-" + e.name().replace(' ', '-'),
                () -> copy(e.text()))).toList();
    }

    private void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        notifier.info("Copied: " + text);
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
        List<CellPicture> pictures = new ArrayList<>();
        for (int i = 0; i < doc.architecture().cells().size(); i++) {
            pictures.add(vm.picture(i)); // the editor's own pictures: computed once, not again for the export
        }
        return Sheet.of(doc.architecture(), pictures, Caption.lines(doc.architecture(), doc.title(), s.model().id(), s.model().opEntropy().channels(), s.total()));
    }

    /** Writes the cells as a PNG image at 1×, 2× or 3× (atomically): the SVG's picture, pixel for pixel. */
    void writePng(Path file, int scale) {
        byte[] png = SheetPng.png(sheet(), scale);
        export.write(file, f -> CellFile.writeAtomically(png, f, "PNG image"));
    }
}
