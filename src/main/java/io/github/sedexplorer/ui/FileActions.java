package io.github.sedexplorer.ui;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.SampleTables;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.ui.common.Dialogs;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.TransferMode;

/**
 * What the File and Samples menus do: new, open, recent, import, save, tables, model files, drops, quit. Unsaved
 * work is never lost: every action that replaces the editor's cell asks first ({@link #confirmDiscard}).
 */
final class FileActions {

    private final EditorViewModel vm;
    private final TableWorkspace tables;
    private final WindowState state;
    private final Dialogs dialogs;
    private final Notifier notifier;
    private final Runnable showEditor;
    private final Menu recent = new Menu("Open Recent");

    /** @param showEditor brings the Editor tab to the front (after a lesson or a row opens) */
    FileActions(EditorViewModel vm, TableWorkspace tables, WindowState state, Dialogs dialogs, Notifier notifier, Runnable showEditor) {
        this.vm = vm;
        this.tables = tables;
        this.state = state;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.showEditor = showEditor;
    }

    Menu fileMenu(Menu export, Runnable quit) {
        Menu newMenu = new Menu("New");
        for (SearchSpace s : SearchSpace.values()) {
            newMenu.getItems().add(Menus.item(s.displayName(), null, "new-" + s.id(), () -> replace(NewCells.of(s))));
        }
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        return new Menu("File", null, newMenu, Menus.item("Open…", "Shortcut+O", this::openChosen), recent,
                Menus.item("Import architecture…", "Shortcut+I", "import", this::importArchitecture),
                Menus.item("Open benchmark table…", "Shortcut+B", "openTable", this::openTablesChosen), sampleTablesMenu(),
                new SeparatorMenuItem(),
                Menus.item("Save", "Shortcut+S", this::save), Menus.item("Save As…", "Shortcut+Shift+S", this::saveAs),
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), Menus.item("Quit", "Shortcut+Q", () -> {
                    if (confirmDiscard()) {
                        quit.run();
                    }
                }));
    }

    /** File → Open sample table ▸: the tables embedded in the program, each with a line on what it holds. */
    Menu sampleTablesMenu() {
        Menu menu = new Menu("Open sample table");
        menu.setId("sampleTables");
        menu.setMnemonicParsing(false);
        for (SampleTables.Sample s : SampleTables.all()) {
            menu.getItems().add(Menus.item(s.name() + " — " + s.description(), null, "sample-" + s.name(), () -> openSample(s)));
        }
        return menu;
    }

    /** Loads a table embedded in the program in the background, as a file is loaded, and shows it. */
    void openSample(SampleTables.Sample sample) {
        tables.load(sample);
    }

    Menu samplesMenu() {
        Menu samples = new Menu("Samples");
        for (String name : Samples.FILES) {
            samples.getItems().add(Menus.item(name.replace(".json", ""), null, () -> replace(Samples.load(name))));
        }
        Menu lessons = new Menu("Lessons");
        for (String name : Samples.LESSONS) {
            lessons.getItems().add(Menus.item(Samples.load(name).title(), null, () -> openDocument(Samples.load(name))));
        }
        samples.getItems().addAll(new SeparatorMenuItem(), lessons);
        return samples;
    }

    MenuItem loadModelItem() {
        return Menus.item("Load model file…", null, "loadModel", this::loadModelChosen);
    }

    /** File → Open Recent. */
    Menu recentMenu() {
        return recent;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : state.recent()) {
            recent.getItems().add(Menus.item(p.toString(), null, () -> {
                if (confirmDiscard()) {
                    open(p);
                }
            }));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Replaces the editor's cell, after asking about unsaved changes. */
    private void replace(CellDocument d) {
        if (confirmDiscard()) {
            vm.open(d, null);
        }
    }

    /** Opens a cell (a search result, a compared cell, a table row) in the editor and shows it, after asking. */
    void openDocument(CellDocument d) {
        if (confirmDiscard()) {
            vm.open(d, null);
            showEditor.run();
        }
    }

    /** Opens row i of the shown table as a cell in the editor (after asking about unsaved changes). */
    void openRow(int i) {
        BenchmarkTable t = tables.shown();
        if (t != null && i >= 0 && i < t.rows()) {
            openDocument(new CellDocument(t.architecture(i), null, tables.rowName(t, i) + " of " + t.source(), t.archText(i)));
        }
    }

    /** Opens a cell file; a bad file is explained in a dialog and the current cell stays. */
    boolean open(Path file) {
        try {
            vm.open(CellFile.read(file), file);
            state.remember(file);
            fillRecent();
            return true;
        } catch (SedException e) {
            notifier.error("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    private void openChosen() {
        if (confirmDiscard()) {
            dialogs.openFile("Open cell", FileKind.CELL, vm.fileProperty().get()).ifPresent(this::open);
        }
    }

    /** Cells read from files (to compare with); a bad file is explained and none of them is returned. */
    List<CellDocument> readCells(List<Path> files) {
        List<CellDocument> docs = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(CellFile.read(f));
            } catch (SedException e) {
                notifier.error("Cannot open " + f.getFileName(), e.getMessage());
                return List.of();
            }
        }
        return docs;
    }

    /**
     * Paste an arch string, NB101 spec or DARTS genotype; it opens as a new, laid-out cell. Unsaved work is asked
     * about only once there is an architecture to replace it with, not before the dialog opens.
     */
    void importArchitecture() {
        dialogs.importArchitecture(vm.getDocument().architecture().space()).ifPresent(a -> {
            if (confirmDiscard()) {
                vm.open(new CellDocument(a, null, "Imported " + a.space().displayName() + " cell", ""), null);
            }
        });
    }

    private void openTablesChosen() {
        tables.load(dialogs.openFiles("Open benchmark table", FileKind.TABLE, null));
    }

    /** Saves to the current file (atomically), or asks where. */
    boolean save() {
        Path file = vm.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    private boolean saveAs() {
        Path file = vm.fileProperty().get();
        String name = file != null ? file.getFileName().toString() : FileKind.CELL.suggest(vm.getDocument().title());
        return dialogs.saveFile("Save cell", FileKind.CELL, file, name).map(this::saveTo).orElse(false);
    }

    boolean saveTo(Path file) {
        try {
            CellFile.write(vm.getDocument(), file);
            vm.savedTo(file);
            state.remember(file);
            fillRecent(); // the submenu is disabled while empty, so it would never refresh itself on showing
            notifier.info("Saved " + file.getFileName());
            return true;
        } catch (SedException e) {
            notifier.error("Cannot save " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Asks before unsaved work is lost: Save, Don't Save or Cancel. */
    boolean confirmDiscard() {
        if (!vm.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges()) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /**
     * Loads a saved model file (from the proxy lab or by hand) and makes it the editor's model, so the editor,
     * chart and comparison score with it. A malformed file is explained in a dialog.
     */
    boolean loadModel(Path file) {
        try {
            String id = vm.models().load(file);
            vm.modelIdProperty().set(id);
            notifier.info("Loaded model " + id + " from " + file.getFileName() + " (custom, not the reconstruction)");
            return true;
        } catch (SedException e) {
            notifier.error("Cannot load the model file " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    private void loadModelChosen() {
        dialogs.openFile("Load model file", FileKind.MODEL, null).ifPresent(this::loadModel);
    }

    /** Files dropped on the window or named on the command line: the first cell file opens, the rest load as tables. */
    void openAll(List<Path> files, boolean ask) {
        List<Path> tableFiles = new ArrayList<>();
        for (Path f : files) {
            if (isCellFile(f)) {
                if (!ask || confirmDiscard()) {
                    open(f);
                }
            } else {
                tableFiles.add(f);
            }
        }
        tables.load(tableFiles);
    }

    /** Files dropped on the window: see {@link #openAll}. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().getFiles();
            e.setDropCompleted(!dropped.isEmpty());
            openAll(dropped.stream().map(File::toPath).toList(), true);
            e.consume();
        });
    }

    /** A .json file that says it is an SED Explorer cell; anything else dropped is taken for a table. */
    static boolean isCellFile(Path f) {
        if (!f.toString().endsWith(".json")) {
            return false;
        }
        try (Reader r = Files.newBufferedReader(f)) {
            char[] head = new char[4096];
            int n = r.read(head);
            return n > 0 && new String(head, 0, n).contains(CellFile.FORMAT);
        } catch (IOException | RuntimeException e) {
            return true; // let the cell reader explain what is wrong with it
        }
    }
}
