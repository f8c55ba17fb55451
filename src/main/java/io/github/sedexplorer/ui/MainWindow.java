package io.github.sedexplorer.ui;

import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.PngFiles;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.dialogs.ImportDialog;
import io.github.sedexplorer.ui.editor.CellCanvas;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Layouts;
import io.github.sedexplorer.ui.editor.PalettePane;
import io.github.sedexplorer.ui.editor.SedPanel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The main window: menu bar, operation palette, the editor, the live SED panel and a status bar. */
public final class MainWindow {

    private final Stage stage;
    private final EditorViewModel vm = new EditorViewModel(Layouts::auto);
    private final BooleanProperty overlay = new SimpleBooleanProperty(false);
    private final WindowState state;
    private final BorderPane root = new BorderPane();
    private final VBox canvases = new VBox();
    private final List<CellCanvas> cellCanvases = new ArrayList<>();
    private final Menu recent = new Menu("Open Recent");
    private final io.github.sedexplorer.ui.chart.ExplorerViewModel explorer;
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab editorTab = new javafx.scene.control.Tab("Editor");
    private io.github.sedexplorer.ui.chart.ChartPane chartPane;
    private io.github.sedexplorer.ui.whatif.TeachPane teachPane;
    private io.github.sedexplorer.ui.search.SearchPane searchPane;
    private io.github.sedexplorer.ui.lab.LabPane labPane;
    private final io.github.sedexplorer.ui.compare.CompareView compareView = new io.github.sedexplorer.ui.compare.CompareView();
    /** Cells put aside to compare with the editor's cell (the editor's cell is always the reference). */
    private final List<CellDocument> compareWith = new ArrayList<>();
    private final io.github.sedexplorer.ui.proxies.ProxyComparisonView comparison = new io.github.sedexplorer.ui.proxies.ProxyComparisonView();

    public MainWindow(Stage stage, WindowState state) {
        this.stage = stage;
        this.state = state;
        explorer = new io.github.sedexplorer.ui.chart.ExplorerViewModel(vm.models(), vm.modelIdProperty(), vm.channelsProperty());
        explorer.onErrorProperty().set(why -> error("Cannot load the benchmark table", why));
        vm.documentProperty().addListener((o, a, d) -> explorer.editorSpaceProperty().set(d == null ? null : d.architecture().space()));
        explorer.onPartialLoadProperty().set(report -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, Quote.safe(report), ButtonType.OK);
            a.initOwner(stage);
            a.setHeaderText("Some rows were skipped");
            a.getDialogPane().setId("partialLoadDialog");
            a.show();
        });
        explorer.messageProperty().addListener((o, a, m) -> vm.messageProperty().set(m));
        root.setTop(menuBar());
        PalettePane palette = new PalettePane(vm);
        root.setLeft(palette);
        Label notes = new Label();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("lesson-notes");
        vm.documentProperty().addListener((o, a, d) -> notes.setText(d == null ? "" : d.notes()));
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        io.github.sedexplorer.ui.editor.EncodingsPane encodings = new io.github.sedexplorer.ui.editor.EncodingsPane(vm);
        VBox editorArea = new VBox(notes, canvases, encodings);
        VBox.setVgrow(canvases, Priority.ALWAYS);
        editorTab.setContent(editorArea);
        editorTab.setClosable(false);
        editorTab.setId("editorTab");
        tabs.getTabs().add(editorTab);
        explorer.comparison().addListener((javafx.collections.ListChangeListener<io.github.sedexplorer.bench.ProxyComparison.Result>) c -> {
            comparison.setResults(List.copyOf(explorer.comparison()));
            comparison.setRowsUsed(List.copyOf(explorer.rowsUsed()));
        });
        comparison.sharedRowsProperty().bindBidirectional(explorer.sharedRowsProperty());
        comparison.busyProperty().bind(explorer.comparingProperty());
        io.github.sedexplorer.ui.table.BenchmarkTableView tableView = new io.github.sedexplorer.ui.table.BenchmarkTableView();
        tableView.setOnOpenRow(this::openRow);
        java.util.function.Function<io.github.sedexplorer.cell.Architecture, List<String[]>> fromTables = arch -> {
            List<String[]> rows = new ArrayList<>();
            for (io.github.sedexplorer.bench.BenchmarkTable t : explorer.tables()) {
                int row = explorer.rowOf(t, arch);
                if (row < 0) {
                    continue;
                }
                // from the table's own index column, or the NATS landscape's row order (ApiIndex.from says which)
                explorer.apiIndexOf(t).ifPresent(index -> index.indexOf(arch).ifPresent(
                        i -> rows.add(new String[] {"API index", String.valueOf(i)})));
                for (String text : t.textNames()) {
                    String v = t.text(text, row);
                    if (v != null) {
                        rows.add(new String[] {text + " (" + t.source() + ")", v});
                    }
                }
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            return rows.stream().filter(r -> seen.add(r[0] + "\n" + r[1])).toList();
        };
        encodings.setTableLookup(fromTables);
        explorer.tables().addListener((javafx.collections.ListChangeListener<io.github.sedexplorer.bench.BenchmarkTable>) c ->
                encodings.setTableLookup(fromTables));
        explorer.tableProperty().addListener((o, a, t) -> {
            comparison.setSpace(t == null ? null : t.space());
            tableView.setTable(t);
            if (t != null) {
                String id = vm.modelIdProperty().get();
                double[] shown = explorer.proxyScoresProperty().get();
                tableView.addScoreColumn(id, shown != null && shown.length == t.rows() && id.equals(explorer.proxyProperty().get())
                        ? shown
                        : io.github.sedexplorer.bench.Proxy.sed(vm.models().create(id, explorer.channelsFor(t))).scores(t));
            }
        });
        chartPane = new io.github.sedexplorer.ui.chart.ChartPane(explorer, vm, this::openRow);
        labPane = new io.github.sedexplorer.ui.lab.LabPane(new io.github.sedexplorer.ui.lab.LabViewModel(explorer.tables()));
        labPane.setOnSaved(spec -> {
            String id = vm.models().add(spec);
            vm.messageProperty().set("Saved " + id + ": choose it as the model in the editor or as a proxy in the chart");
        });
        teachPane = new io.github.sedexplorer.ui.whatif.TeachPane(vm);
        compareView.setModels(vm.models());
        compareView.setOnSendToEditor(d -> {
            if (confirmDiscard()) {
                vm.open(d, null);
                tabs.getSelectionModel().select(editorTab);
            }
        });
        vm.documentProperty().addListener((o, a, d) -> refreshCompare());
        vm.modelIdProperty().addListener((o, a, b) -> refreshCompare());
        vm.channelsProperty().addListener((o, a, b) -> refreshCompare());
        searchPane = new io.github.sedexplorer.ui.search.SearchPane(vm, explorer);
        searchPane.setOnOpen(d -> {
            if (confirmDiscard()) {
                vm.open(d, null);
                tabs.getSelectionModel().select(editorTab);
            }
        });
        javafx.scene.control.Tab teachTab = tab("What if", "teachTab", teachPane);
        teachPane.shownProperty().bind(teachTab.selectedProperty());
        tabs.getTabs().addAll(teachTab, tab("Compare", "compareTab", compareView),
                tab("Search", "searchTab", searchPane),
                tab("Chart", "chartTab", chartPane), tab("Proxies", "proxiesTab", comparison), tab("Lab", "labTab", labPane),
                tab("Table", "tableTab", tableView));
        explorer.tableProperty().addListener((o, a, t) -> {
            if (t != null && a == null) {
                selectTab("chartTab"); // the first table loaded: show its chart
            }
        });
        SedPanel sedPanel = new SedPanel(vm, overlay);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            root.setLeft(tab == editorTab ? palette : null);
            // these views are about whole tables, not the editor's cell: they get the width
            boolean wide = tab != null && java.util.Set.of("labTab", "proxiesTab", "tableTab").contains(tab.getId());
            sedPanel.setVisible(!wide);
            sedPanel.setManaged(!wide);
        });
        root.setCenter(tabs);
        root.setRight(sedPanel);
        root.setBottom(statusBar());
        vm.documentProperty().addListener((o, old, doc) -> {
            if (old == null || old.architecture().cells().size() != doc.architecture().cells().size()) {
                rebuildCanvases();
            }
        });
        vm.documentProperty().addListener((o, a, b) -> updateTitle());
        vm.dirtyProperty().addListener((o, a, b) -> updateTitle());
        vm.fileProperty().addListener((o, a, b) -> updateTitle());
    }

    public Scene scene() {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("sed-explorer.css").toExternalForm());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode().isDigitKey() && vm.getDocument() != null) {
                int k = Integer.parseInt(e.getText().isEmpty() ? "0" : e.getText().substring(0, 1)) - 1;
                List<Op> ops = vm.getDocument().architecture().space().ops();
                if (k >= 0 && k < ops.size()) {
                    vm.applyOp(ops.get(k));
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.deleteSelection();
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(!files.isEmpty());
            if (!files.isEmpty()) {
                Path f = files.get(0).toPath();
                if (isCellFile(f)) {
                    if (confirmDiscard()) {
                        open(f);
                    }
                } else {
                    loadTable(f);
                }
            }
            e.consume();
        });
        return scene;
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    /** Opens a document without asking (start-up, tests). */
    public void show(CellDocument doc, Path file) {
        vm.open(doc, file);
    }

    private void rebuildCanvases() {
        canvases.getChildren().clear();
        cellCanvases.forEach(CellCanvas::dispose);
        cellCanvases.clear();
        Architecture a = vm.getDocument().architecture();
        for (int i = 0; i < a.cells().size(); i++) {
            CellCanvas c = new CellCanvas(vm, i, overlay);
            cellCanvases.add(c);
            if (a.cells().size() > 1) {
                Label name = new Label(a.cellName(i) + " cell");
                name.getStyleClass().add("cell-title");
                canvases.getChildren().add(name);
            }
            VBox.setVgrow(c, Priority.ALWAYS);
            canvases.getChildren().add(c);
        }
    }

    private void updateTitle() {
        CellDocument d = vm.getDocument();
        if (d == null) {
            return;
        }
        String name = vm.fileProperty().get() != null ? vm.fileProperty().get().getFileName().toString()
                : d.title().isBlank() ? "untitled" : d.title();
        stage.setTitle((vm.isDirty() ? "* " : "") + name + " — SED Explorer");
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("message");
        // every message may quote input (a column name, a file name): escaped as it is shown
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Quote.safe(vm.messageProperty().get()).replaceAll("\\R+", " "), vm.messageProperty()));
        vm.messageIsErrorProperty().addListener((o, a, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        Label provenance = new Label(SedModels.PROVENANCE);
        provenance.getStyleClass().add("note");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("loadProgress");
        progress.progressProperty().bind(explorer.progressProperty());
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("loadCancel");
        cancel.setOnAction(e -> explorer.cancelLoad());
        for (javafx.scene.Node n : List.of(progress, cancel)) {
            n.visibleProperty().bind(explorer.loadingProperty());
            n.managedProperty().bind(explorer.loadingProperty());
        }
        HBox bar = new HBox(10, message, progress, cancel, spacer, provenance);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 12, 5, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private MenuBar menuBar() {
        Menu newMenu = new Menu("New");
        for (SearchSpace s : SearchSpace.values()) {
            MenuItem item = new MenuItem(s.displayName());
            item.setId("new-" + s.id());
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    vm.open(NewCells.of(s), null);
                }
            });
            newMenu.getItems().add(item);
        }
        MenuItem open = item("Open…", "Shortcut+O", this::openChosen);
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem openTable = item("Open benchmark table…", "Shortcut+B", this::openTableChosen);
        openTable.setId("openTable");
        MenuItem importItem = item("Import architecture…", "Shortcut+I", this::importArchitecture);
        importItem.setId("import");
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", this::saveAs);
        Menu export = new Menu("Export");
        MenuItem copyText = item("Copy as benchmark text", null, this::copyText);
        MenuItem png = item("PNG image…", null, this::exportPng);
        MenuItem svg = item("SVG drawing…", null, this::exportSvg);
        export.getItems().addAll(copyText, png, svg);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                state.save(stage);
                Platform.exit();
            }
        });
        Menu file = new Menu("File", null, newMenu, open, recent, importItem, openTable, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.setId("undo");
        undo.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        undo.textProperty().bind(javafx.beans.binding.Bindings.concat("Undo ", vm.undoStack().undoNameProperty()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        redo.textProperty().bind(javafx.beans.binding.Bindings.concat("Redo ", vm.undoStack().redoNameProperty()));
        MenuItem delete = item("Delete selection", null, vm::deleteSelection);
        MenuItem layout = item("Auto-layout", "Shortcut+L", vm::autoLayout);
        MenuItem keep = item("Keep this cell for comparison", "Shortcut+K", this::keepForComparison);
        keep.setId("keepForCompare");
        MenuItem compareFiles = item("Compare with files…", null, this::compareWithFiles);
        MenuItem clearCompare = item("Clear the comparison", null, () -> {
            compareWith.clear();
            refreshCompare();
        });
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), delete, layout, new SeparatorMenuItem(),
                keep, compareFiles, clearCompare);

        MenuItem fit = item("Fit to window", "Shortcut+0", () -> cellCanvases.forEach(CellCanvas::fitAndFollow));
        MenuItem zoomIn = item("Zoom in", "Shortcut+EQUALS", () -> cellCanvases.forEach(c -> c.zoom(1.25, null)));
        MenuItem zoomOut = item("Zoom out", "Shortcut+MINUS", () -> cellCanvases.forEach(c -> c.zoom(0.8, null)));
        CheckMenuItem contribution = new CheckMenuItem("Colour edges by contribution");
        contribution.selectedProperty().bindBidirectional(overlay);
        Menu view = new Menu("View", null, fit, zoomIn, zoomOut, new SeparatorMenuItem(), contribution);

        Menu samples = new Menu("Samples");
        for (String name : Samples.FILES) {
            MenuItem item = new MenuItem(name.replace(".json", ""));
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    vm.open(Samples.load(name), null);
                }
            });
            samples.getItems().add(item);
        }
        Menu lessons = new Menu("Lessons");
        for (String name : Samples.LESSONS) {
            MenuItem item = new MenuItem(Samples.load(name).title());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    vm.open(Samples.load(name), null);
                    tabs.getSelectionModel().select(editorTab);
                }
            });
            lessons.getItems().add(item);
        }
        samples.getItems().addAll(new SeparatorMenuItem(), lessons);
        MenuItem loadModel = item("Load model file…", null, this::loadModelChosen);
        loadModel.setId("loadModel");
        MenuItem lab = item("Proxy lab", "Shortcut+Shift+L", () -> selectTab("labTab"));
        Menu model = new Menu("Model", null, loadModel, lab);
        MenuItem about = item("About SED Explorer", null, this::about);
        return new MenuBar(file, edit, view, model, samples, new Menu("Help", null, about));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : state.recent()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Opens a cell file; a bad file is explained in a dialog and the current cell stays. */
    public boolean open(Path file) {
        try {
            vm.open(CellFile.read(file), file);
            state.remember(file);
            return true;
        } catch (SedException e) {
            error("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /**
     * Loads a saved model file (from the proxy lab or by hand) and makes it the editor's model, so the
     * editor, chart and comparison score with it. A malformed file is explained in a dialog.
     */
    public boolean loadModel(Path file) {
        try {
            String id = vm.models().load(file);
            vm.modelIdProperty().set(id);
            vm.messageProperty().set("Loaded model " + id + " from " + file.getFileName() + " (custom, not the reconstruction)");
            return true;
        } catch (SedException e) {
            error("Cannot load the model file " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    private void loadModelChosen() {
        File f = ModelCatalog.modelChooser("Load model file").showOpenDialog(stage);
        if (f != null) {
            loadModel(f.toPath());
        }
    }

    /** Puts the editor's cell aside: the Compare tab shows it beside whatever the editor holds next. */
    public void keepForComparison() {
        compareWith.add(vm.getDocument());
        refreshCompare();
        vm.messageProperty().set("Kept for comparison (" + compareWith.size() + "): open or edit another cell, then see the Compare tab");
    }

    private void compareWithFiles() {
        List<File> files = chooser("Compare with").showOpenMultipleDialog(stage);
        if (files == null) {
            return;
        }
        for (File f : files) {
            try {
                compareWith.add(CellFile.read(f.toPath()));
            } catch (SedException e) {
                error("Cannot open " + f.getName(), e.getMessage());
                return;
            }
        }
        refreshCompare();
        selectTab("compareTab");
    }

    private void refreshCompare() {
        if (vm.getDocument() == null) {
            return;
        }
        List<CellDocument> docs = new ArrayList<>();
        CellDocument now = vm.getDocument();
        docs.add(new CellDocument(now.architecture(), now.layouts(), "In the editor: " + now.title(), now.notes()));
        for (int i = 0; i < compareWith.size(); i++) {
            CellDocument kept = compareWith.get(i);
            docs.add(new CellDocument(kept.architecture(), kept.layouts(), "Kept " + (i + 1) + ": " + kept.title(), kept.notes()));
        }
        compareView.setModel(vm.modelIdProperty().get(), Math.max(1, vm.channelsProperty().get()));
        compareView.setDocuments(docs);
    }

    public io.github.sedexplorer.ui.search.SearchPane searchPane() {
        return searchPane;
    }

    public io.github.sedexplorer.ui.compare.CompareView compareView() {
        return compareView;
    }

    /** Brings the tab with this id to the front (tests, menu items). */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static javafx.scene.control.Tab tab(String name, String id, javafx.scene.Node content) {
        javafx.scene.control.Tab t = new javafx.scene.control.Tab(name, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    /** Opens row i of the loaded table as a cell in the editor. */
    public void openRow(int i) {
        io.github.sedexplorer.bench.BenchmarkTable t = explorer.getTable();
        if (t == null || i < 0 || i >= t.rows() || !confirmDiscard()) {
            return;
        }
        vm.open(new CellDocument(t.architecture(i), null, "Row " + (i + 1) + " of " + t.source(), t.archText(i)), null);
        tabs.getSelectionModel().select(editorTab);
    }

    /** A .json file that says it is an SED Explorer cell; anything else dropped is taken for a table. */
    static boolean isCellFile(Path f) {
        if (!f.toString().endsWith(".json")) {
            return false;
        }
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(f)) {
            char[] head = new char[4096];
            int n = r.read(head);
            return n > 0 && new String(head, 0, n).contains(CellFile.FORMAT);
        } catch (IOException | RuntimeException e) {
            return true; // let the cell reader explain what is wrong with it
        }
    }

    private void openTableChosen() {
        FileChooser c = new FileChooser();
        c.setTitle("Open benchmark table");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Tables (*.csv, *.tsv, *.json)", "*.csv", "*.tsv", "*.txt", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = c.showOpenMultipleDialog(stage);
        if (chosen != null) {
            loadTables(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Loads tables one after another (a newer load would cancel a running one), so all of them stay loaded. */
    public void loadTables(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        var task = loadTable(files.get(0));
        task.stateProperty().addListener((o, a, state) -> {
            if (state == javafx.concurrent.Worker.State.SUCCEEDED || state == javafx.concurrent.Worker.State.FAILED) {
                loadTables(files.subList(1, files.size()));
            }
        });
    }

    /** Loads a benchmark table in the background (progress and Cancel in the status bar). */
    public javafx.concurrent.Task<io.github.sedexplorer.bench.BenchmarkTable> loadTable(Path file) {
        vm.messageProperty().set("Loading " + file.getFileName() + " …");
        return explorer.load(file);
    }

    public io.github.sedexplorer.ui.whatif.TeachPane teachPane() {
        return teachPane;
    }

    public io.github.sedexplorer.ui.lab.LabPane labPane() {
        return labPane;
    }

    public io.github.sedexplorer.ui.chart.ChartPane chartPane() {
        return chartPane;
    }

    public io.github.sedexplorer.ui.proxies.ProxyComparisonView comparisonView() {
        return comparison;
    }

    public io.github.sedexplorer.ui.chart.ExplorerViewModel explorer() {
        return explorer;
    }

    /** Paste an arch string, NB101 spec or DARTS genotype; it opens as a new, laid-out cell. */
    public void importArchitecture() {
        if (!confirmDiscard()) {
            return;
        }
        ImportDialog dialog = new ImportDialog(vm.getDocument().architecture().space());
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(a -> vm.open(new CellDocument(a, null,
                "Imported " + a.space().displayName() + " cell", ""), null));
    }

    private void openChosen() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser("Open cell").showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Saves to the current file (atomically), or asks where. */
    public boolean save() {
        Path file = vm.fileProperty().get();
        return file == null ? saveAs() : saveTo(file);
    }

    private boolean saveAs() {
        FileChooser c = chooser("Save cell");
        File f = c.showSaveDialog(stage);
        return f != null && saveTo(f.getName().endsWith(".json") ? f.toPath() : Path.of(f.getPath() + ".json"));
    }

    public boolean saveTo(Path file) {
        try {
            CellFile.write(vm.getDocument(), file);
            vm.savedTo(file);
            state.remember(file);
            vm.messageProperty().set("Saved " + file.getFileName());
            return true;
        } catch (SedException e) {
            error("Cannot save " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("SED Explorer cell (*.json)", "*.json"));
        Path current = vm.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return c;
    }

    /** Asks before unsaved work is lost: Save, Don't Save or Cancel. */
    public boolean confirmDiscard() {
        if (!vm.isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The cell has changes that are not saved.", saveButton, discard, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText("Save the changes first?");
        Optional<ButtonType> choice = a.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
            return false;
        }
        return choice.get() != saveButton || save();
    }

    private void copyText() {
        Architecture a = vm.getDocument().architecture();
        try {
            String text = ArchitectureFormats.forSpace(a.space()).format(a);
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            vm.messageProperty().set("Copied: " + text);
        } catch (SedException e) {
            error("Nothing to copy", e.getMessage());
        }
    }

    private void exportPng() {
        FileChooser c = new FileChooser();
        c.setTitle("Export PNG");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = c.showSaveDialog(stage);
        if (f != null) {
            writePng(f.toPath());
        }
    }

    private void exportSvg() {
        FileChooser c = new FileChooser();
        c.setTitle("Export SVG");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        File f = c.showSaveDialog(stage);
        if (f != null) {
            writeSvg(f.toPath());
        }
    }

    /** Writes the cell(s) as an SVG drawing with the score as caption (atomically). */
    public void writeSvg(Path file) {
        var s = vm.getScores();
        String caption = vm.getDocument().title() + " — " + s.model().id() + " " + io.github.sedexplorer.ui.editor.Palette.score(s.total())
                + " (C = " + s.model().opEntropy().channels() + ")";
        try {
            CellFile.writeAtomically(io.github.sedexplorer.ui.export.DocumentSvg.of(vm.getDocument(), caption), file, "SVG drawing");
            vm.messageProperty().set("Exported " + file.getFileName());
        } catch (SedException e) {
            error("Cannot export " + file.getFileName(), e.getMessage());
        }
    }

    /** Writes the editor area as a PNG image (atomically). */
    public void writePng(Path file) {
        WritableImage image = canvases.snapshot(null, null);
        try {
            PngFiles.write(image, file);
            vm.messageProperty().set("Exported " + file.getFileName());
        } catch (SedException e) {
            error("Cannot export " + file.getFileName(), e.getMessage());
        }
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About SED Explorer");
        a.setHeaderText("SED Explorer 0.1.0");
        a.setContentText("Design neural-network cells and watch the SED zero-cost proxy respond.\n\n"
                + SedModels.PROVENANCE + ".\nThe reconstruction is documented in the README; the paper's own "
                + "equations were not available.");
        a.showAndWait();
    }

    /** An error dialog (and the same line in the status bar), escaped: the message may quote input. */
    private void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, Quote.safe(message), ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(Quote.safe(header));
        a.getDialogPane().setId("errorDialog");
        a.show();
        vm.messageProperty().set(header + ": " + message.lines().findFirst().orElse("")); // the status bar is one line
    }
}
