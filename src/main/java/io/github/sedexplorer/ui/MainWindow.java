package io.github.sedexplorer.ui;

import io.github.sedexplorer.bench.SampleTables;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.chart.ChartView;
import io.github.sedexplorer.ui.chart.ChartViewModel;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.common.FxDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.compare.CompareView;
import io.github.sedexplorer.ui.compare.CompareViewModel;
import io.github.sedexplorer.ui.controls.SampleOffer;
import io.github.sedexplorer.ui.dialogs.ShortcutSheet;
import io.github.sedexplorer.ui.dialogs.ThirdPartyNotices;
import io.github.sedexplorer.ui.dialogs.UserGuide;
import io.github.sedexplorer.ui.editor.EditorView;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.PalettePane;
import io.github.sedexplorer.ui.editor.Selection;
import io.github.sedexplorer.ui.editor.SedPanel;
import io.github.sedexplorer.ui.lab.LabPane;
import io.github.sedexplorer.ui.lab.LabViewModel;
import io.github.sedexplorer.ui.lessons.LessonsView;
import io.github.sedexplorer.ui.lessons.LessonsViewModel;
import io.github.sedexplorer.ui.microscope.MicroscopeStrip;
import io.github.sedexplorer.ui.microscope.MicroscopeView;
import io.github.sedexplorer.ui.microscope.MicroscopeViewModel;
import io.github.sedexplorer.ui.microscope.MicroscopeViewModel.NodeRef;
import io.github.sedexplorer.ui.proxies.ProxiesViewModel;
import io.github.sedexplorer.ui.proxies.ProxyComparisonView;
import io.github.sedexplorer.ui.search.SearchPane;
import io.github.sedexplorer.ui.search.SearchViewModel;
import io.github.sedexplorer.ui.table.BenchmarkTableView;
import io.github.sedexplorer.ui.table.TableViewModel;
import io.github.sedexplorer.ui.tables.TableWorkspace;
import io.github.sedexplorer.ui.whatif.WhatIfView;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The composition root: makes the shared services (status line, dialogs, model catalog, table workspace), one
 * view-model per tab, and places their views. What the menus do lives in the action classes.
 */
public final class MainWindow {

    /** Tabs about whole tables rather than the editor's cell: they get the width of the SED panel too. */
    private static final Set<String> WIDE = Set.of("labTab", "proxiesTab", "tableTab");
    /** Tabs that show the loaded tables: a table loaded from one of them leaves it in front. */
    private static final Set<String> TABLE_TABS = Set.of("chartTab", "labTab", "proxiesTab", "tableTab");

    private final Stage stage;
    private final StatusLine status;
    private final FxDialogs dialogs;
    private final EditorViewModel vm;
    private final TableWorkspace workspace;
    private final BooleanProperty overlay = new SimpleBooleanProperty(false);
    private final BorderPane root = new BorderPane();
    private final SidePanels panels;
    private final StackPane paletteSlot = new StackPane();
    private final StackPane sedSlot = new StackPane();
    private final TabPane tabs = new TabPane();
    private final TabDeck deck = new TabDeck(tabs);
    private final EditorView editorView;
    private final FileActions files;
    private final ExportActions exports;
    private final EditActions edits;
    private final ChartViewModel chart;
    private final ProxiesViewModel proxies;
    private final TableViewModel table;
    private final LazyTab<ChartView> chartView;
    private final LazyTab<WhatIfView> whatIfView;
    private final WindowState state;
    private final MicroscopeViewModel microscope;
    private final LazyTab<MicroscopeView> microscopeView;
    private final LazyTab<SearchPane> searchPane;
    private final LazyTab<LabPane> labPane;
    private final LazyTab<CompareView> compareView;
    private final LazyTab<ProxyComparisonView> comparison;
    private final LazyTab<BenchmarkTableView> tableView;
    private final LessonsView lessonsView;

    public MainWindow(Stage stage, WindowState state) {
        this.stage = stage;
        this.state = state;
        dialogs = new FxDialogs(() -> stage);
        status = new StatusLine(dialogs::error);
        ModelCatalog catalog = new ModelCatalog();
        vm = new EditorViewModel(AutoLayout::positions, catalog, status);
        workspace = new TableWorkspace(catalog, vm.spaceProperty(), vm.channelsProperty(), LatestWins.onThread("table-load", status),
                status, dialogs);
        chart = new ChartViewModel(workspace, vm.documentProperty(), LatestWins.onThread("chart", status));
        proxies = new ProxiesViewModel(workspace, LatestWins.onThread("proxy-comparison", status));
        files = new FileActions(vm, workspace, state, dialogs, status, () -> selectTab("editorTab"));
        editorView = new EditorView(vm, overlay);
        editorView.setTableLookup(workspace::factsAbout);
        FileExport export = new FileExport(dialogs, status);
        exports = new ExportActions(vm, export);
        CompareViewModel compare = new CompareViewModel(vm.documentProperty(), vm.modelProperty(), LatestWins.onThread("compare", status));
        edits = new EditActions(vm, compare, files, dialogs, status, () -> selectTab("compareTab"));

        table = new TableViewModel(workspace, vm.modelIdProperty(), LatestWins.onThread("table-scores", status), status);
        tableView = new LazyTab<>(deck, "Table", "tableTab", tab -> {
            BenchmarkTableView v = new BenchmarkTableView(table);
            v.setOnOpenRow(files::openRow);
            return v;
        }, v -> offer(v, "tableOffer", "The Table tab lists every row of a benchmark table with its scores; double-click a row to open its cell."));
        comparison = new LazyTab<>(deck, "Proxies", "proxiesTab", tab -> new ProxyComparisonView(proxies, export),
                v -> offer(v, "proxiesOffer", "The Proxies tab ranks every proxy against a benchmark table's accuracies, side by side."));
        workspace.shownProperty().addListener((o, a, t) -> {
            Tab front = tabs.getSelectionModel().getSelectedItem();
            if (t != null && a == null && (front == null || !TABLE_TABS.contains(front.getId()))) {
                selectTab("chartTab"); // the first table loaded: show its chart, unless a table's tab is in front already
            }
        });
        chartView = new LazyTab<>(deck, "Chart", "chartTab", tab -> new ChartView(chart, export, files::openRow),
                v -> offer(v, "chartOffer", "The Chart plots a proxy's score against accuracy for every row of a benchmark table."));
        LabViewModel lab = new LabViewModel(workspace.tables(), LatestWins.onThread("proxy-lab", status),
                LatestWins.onThread("proxy-lab-measured", status), status, dialogs);
        lab.setOnSaved(spec -> status.info("Saved " + catalog.add(spec) + ": choose it as the model in the editor or as a proxy in the chart"));
        labPane = new LazyTab<>(deck, "Lab", "labTab", tab -> new LabPane(lab),
                v -> offer(v, "labOffer", "The Lab tunes the SED model's C and Δ and compares τ on the loaded benchmark tables."));
        compareView = new LazyTab<>(deck, "Compare", "compareTab", tab -> {
            CompareView v = new CompareView(compare);
            v.setOnSendToEditor(files::openDocument);
            return v;
        });
        searchPane = new LazyTab<>(deck, "Search", "searchTab", tab -> {
            SearchPane v = new SearchPane(new SearchViewModel(vm.documentProperty(), vm.modelProperty(), chart.tableProperty(),
                    chart.targetProperty(), workspace::rowOf, LatestWins.onThread("search", status)), export);
            v.setOnOpen(files::openDocument);
            return v;
        });

        lessonsView = new LessonsView(LessonsViewModel.of(vm, Samples.lessons(), files::openDocument), editorView);
        Tab editorTab = tab("Editor", "editorTab", lessonsView);
        whatIfView = new LazyTab<>(deck, "What if", "teachTab", tab -> {
            WhatIfView v = new WhatIfView(WhatIfViewModel.of(vm, LatestWins.onThread("what-if", status)));
            v.shownProperty().bind(tab.selectedProperty());
            return v;
        });
        microscope = new MicroscopeViewModel(vm.documentProperty(), vm.channelsProperty(), LatestWins.onThread("microscope", status),
                false); // measures once a view shows it: the tab, or the editor's strip after the first frame (fillPanels)
        microscopeView = new LazyTab<>(deck, "Microscope", "microscopeTab", tab -> new MicroscopeView(microscope, export));
        microscope.shownProperty().bind(microscopeView.tab().selectedProperty());
        microscope.markedProperty().bind(vm.selectionProperty().map(sel -> sel.isNode() ? new NodeRef(sel.cell(), sel.node()) : null));
        tabs.getTabs().addAll(editorTab, whatIfView.tab(), microscopeView.tab(), compareView.tab(), searchPane.tab(), chartView.tab(), comparison.tab(),
                labPane.tab(), tableView.tab());
        panels = new SidePanels(paletteSlot, deck.node(), sedSlot);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) ->
                panels.use(tab == editorTab, tab == null || !WIDE.contains(tab.getId())));
        root.setTop(menuBar(state));
        VBox.setVgrow(panels.node(), Priority.ALWAYS);
        root.setCenter(new VBox(tabs, panels.node()));
        root.setBottom(new StatusBarView(status, workspace));
        stage.titleProperty().bind(vm.titleProperty());
    }

    /**
     * Puts the operations palette and the SED panel into their places beside the tabs; once. The app calls it
     * after the first frame, so the frame and the editor paint first and the panels' controls a moment later.
     */
    void fillPanels() {
        if (!paletteSlot.getChildren().isEmpty()) {
            return;
        }
        ScrollPane paletteScroll = new ScrollPane(new PalettePane(vm)); // a free cell's eleven ops and custom row outgrow 700 px
        paletteScroll.setFitToWidth(true);
        paletteScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        paletteScroll.getStyleClass().add("palette-scroll");
        paletteSlot.getChildren().setAll(paletteScroll);
        sedSlot.getChildren().setAll(new SedPanel(vm, overlay));
        MicroscopeStrip strip = new MicroscopeStrip(microscope, () -> selectTab("microscopeTab"));
        strip.setExpanded(state.microscopeStripOpen()); // remembered, like the window's size
        strip.expandedProperty().addListener((o, a, open) -> state.setMicroscopeStripOpen(open));
        editorView.setFooter(strip);
        strip.setOnPick(n -> vm.selectionProperty().set(Selection.node(n.cell(), n.node())));
        Tab editorTab = tabs.getTabs().get(0);
        microscope.shownProperty().bind(microscopeView.tab().selectedProperty()
                .or(editorTab.selectedProperty().and(strip.expandedProperty())));
    }

    private MenuBar menuBar(WindowState state) {
        CheckMenuItem contribution = new CheckMenuItem("Colour edges by contribution");
        contribution.setId("contributionItem");
        contribution.selectedProperty().bindBidirectional(overlay);
        CheckMenuItem operations = new CheckMenuItem("Operations panel");
        operations.setId("operationsPanelItem");
        operations.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        operations.selectedProperty().bindBidirectional(panels.leftWantedProperty());
        CheckMenuItem sed = new CheckMenuItem("SED panel");
        sed.setId("sedPanelItem");
        sed.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        sed.selectedProperty().bindBidirectional(panels.rightWantedProperty());
        CheckMenuItem larger = new CheckMenuItem("Larger text"); // for projectors; remembered like the window's size
        larger.setId("largerText");
        larger.selectedProperty().addListener((o, a, on) -> state.setLargerText(on));
        root.styleProperty().bind(larger.selectedProperty().map(on -> on ? "-fx-font-size: 17px;" : ""));
        larger.setSelected(state.largerText());
        for (CheckMenuItem c : List.of(contribution, operations, sed, larger)) {
            c.setMnemonicParsing(false);
        }
        Menu view = new Menu("View", null, Menus.item("Fit to window", "Shortcut+0", editorView::fit),
                Menus.item("Zoom in", "Shortcut+EQUALS", () -> editorView.zoom(1.25)),
                Menus.item("Zoom out", "Shortcut+MINUS", () -> editorView.zoom(0.8)), new SeparatorMenuItem(), contribution,
                new SeparatorMenuItem(), operations, sed, larger);
        Menu model = new Menu("Model", null, files.loadModelItem(), Menus.item("Proxy lab", "Shortcut+Shift+L", () -> selectTab("labTab")));
        Menu file = files.fileMenu(exports.menu(), () -> {
            state.save(stage);
            Platform.exit();
        });
        MenuBar bar = new MenuBar(file, edits.menu(exports.copyImageItem(), exports.copyAsMenu()), view, model, files.samplesMenu());
        bar.getMenus().add(new Menu("Help", null,
                Menus.item("Keyboard shortcuts", "Shortcut+SLASH", "keyboardShortcuts", () -> ShortcutSheet.show(stage, bar.getMenus())),
                Menus.item("User guide", "F1", "userGuide", () -> UserGuide.show(stage)), new SeparatorMenuItem(),
                Menus.item("Third-party notices", null, "thirdPartyNoticesItem", () -> ThirdPartyNotices.show(stage)),
                Menus.item("About SED Explorer", null, () -> dialogs.report("SED Explorer 0.1.0",
                        "Design neural-network cells and watch the SED zero-cost proxy respond.\n\n" + SedModels.PROVENANCE
                        + ".\nThe reconstruction is documented in the README; the paper's own equations were not available.\n\n"
                        + ABOUT_SAMPLES, "aboutDialog"))));
        return bar;
    }

    /** What About says of the embedded tables. */
    static final String ABOUT_SAMPLES = "The sample tables (File → Open sample table) are benchmark results by others, shipped under "
            + "their licences (MIT, Apache-2.0): Help → Third-party notices gives each one's source and licence.";

    /** A table tab's view, with the NB201 sample table offered in its place while no table is loaded. */
    private Node offer(Node view, String id, String what) {
        return new SampleOffer(view, id, what, workspace.tables(), workspace.loadingProperty(),
                () -> files.openSample(SampleTables.nb201()));
    }

    public Scene scene() {
        return scene(-1, -1);
    }

    /** The window's scene at this size (-1, -1: the size the window's content asks for). */
    Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("sed-explorer.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, edits::shortcut);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, deck::switchKeys);
        files.acceptDrops(scene);
        return scene;
    }

    /** Brings the tab with this id to the front (tests, menu items). */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private Tab tab(String name, String id, Node content) {
        Tab t = new Tab(name);
        t.setId(id);
        t.setClosable(false);
        deck.put(t, content);
        return t;
    }

    /** Opens a document without asking (start-up, tests). */
    public void show(CellDocument doc, Path file) {
        vm.open(doc, file);
    }

    /** What the File menu does: open, save, tables, model files, drops (the app, tests). */
    FileActions files() {
        return files;
    }

    ExportActions exports() {
        return exports;
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    public StatusLine status() {
        return status;
    }

    public TableWorkspace workspace() {
        return workspace;
    }

    public ChartViewModel chart() {
        return chart;
    }

    public ProxiesViewModel proxies() {
        return proxies;
    }

    public TableViewModel table() {
        return table;
    }

    public SearchPane searchPane() {
        return searchPane.get();
    }

    public LessonsView lessonsView() {
        return lessonsView;
    }

    public EditorView editorView() {
        return editorView;
    }

    public CompareView compareView() {
        return compareView.get();
    }

    public WhatIfView whatIfView() {
        return whatIfView.get();
    }

    /** The microscope's measurement, shared by the tab and the editor's strip. */
    public MicroscopeViewModel microscope() {
        return microscope;
    }

    public MicroscopeView microscopeView() {
        return microscopeView.get();
    }

    public LabPane labPane() {
        return labPane.get();
    }

    public ChartView chartView() {
        return chartView.get();
    }

    public ProxyComparisonView comparisonView() {
        return comparison.get();
    }
}
