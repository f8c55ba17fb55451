package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.ui.dialogs.ImportDialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved askToSaveChanges() {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The cell has changes that are not saved.", save, discard, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setHeaderText("Save the changes first?");
        Optional<ButtonType> choice = a.showAndWait();
        return choice.isEmpty() || choice.get() == ButtonType.CANCEL ? Unsaved.CANCEL
                : choice.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    @Override
    public Optional<Path> openFile(String title, FileKind kind, Path near) {
        return Optional.ofNullable(chooser(title, kind, near).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(String title, FileKind kind, Path near) {
        List<File> files = chooser(title, kind, near).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(String title, FileKind kind, Path near) {
        return saveFile(title, kind, near, null);
    }

    @Override
    public Optional<Path> saveFile(String title, FileKind kind, Path near, String name) {
        FileChooser c = chooser(title, kind, near);
        if (name != null) {
            c.setInitialFileName(name);
        }
        return Optional.ofNullable(c.showSaveDialog(owner.get())).map(f -> kind.withExtension(f.toPath()));
    }

    private static FileChooser chooser(String title, FileKind kind, Path near) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        if (kind == FileKind.TABLE) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        }
        Path folder = near == null ? null : near.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            c.setInitialDirectory(folder.toFile());
        }
        return c;
    }

    @Override
    public Optional<Architecture> importArchitecture(SearchSpace initialSpace) {
        ImportDialog dialog = new ImportDialog(initialSpace);
        dialog.initOwner(owner.get());
        return dialog.showAndWait();
    }

    @Override
    public void report(String header, String text, String id) {
        show(Alert.AlertType.INFORMATION, header, text, id);
    }

    @Override
    public void error(String header, String message) {
        show(Alert.AlertType.ERROR, header, message, "errorDialog");
    }

    /** A dialog with one OK, escaped: its text may quote input. */
    private void show(Alert.AlertType type, String header, String text, String id) {
        Alert a = new Alert(type, Quote.safe(text), ButtonType.OK);
        a.initOwner(owner.get());
        a.setHeaderText(Quote.safe(header));
        a.getDialogPane().setId(id);
        a.show();
    }
}
