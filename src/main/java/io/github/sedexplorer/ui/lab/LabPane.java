package io.github.sedexplorer.ui.lab;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Metrics;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.lab.ProxyLab;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.controls.NumberCells;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The proxy lab: C, the Δ table and the aggregation as live controls; τ/ρ on every target of every
 * loaded table beside the reconstruction's; τ against C; and the held-out view.
 */
public final class LabPane extends SplitPane {

    private static final PseudoClass EDITED = PseudoClass.getPseudoClass("edited");
    private static final PseudoClass TUNED = PseudoClass.getPseudoClass("tuned");
    /** Below this the results scroll sideways rather than squeeze the figures' columns. */
    static final double MIN_RESULTS_WIDTH = 520;
    /** From this width of the results the plot and the held-out table stand side by side (below it the plot gets the width). */
    static final double SIDE_BY_SIDE_WIDTH = 1400;

    private final LabViewModel vm;
    private final Slider c = new Slider(0, 10, 4);
    private final Label cValue = new Label();
    private final TableView<Op> deltas = new TableView<>();
    private final TableView<LabViewModel.Row> figures = new TableView<>();
    private final TableView<LabViewModel.HeldOut> heldOut = new TableView<>();
    private final SensitivityPlot plot = new SensitivityPlot();
    private final ScrollPane results = new ScrollPane();
    private boolean syncing;

    public LabPane(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add("proxy-lab");
        getStylesheets().add(LabPane.class.getResource("lab.css").toExternalForm());
        setId("lab");
        ScrollPane controls = new ScrollPane(controls());
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.setMinWidth(300);
        controls.setMaxWidth(360); // the room a larger window gives goes to the results
        // fits the room when there is enough and scrolls when the window is smaller than the results' minimum
        results.setContent(results());
        results.setId("labResults");
        results.setFitToWidth(true);
        results.setFitToHeight(true);
        getItems().addAll(controls, results);
        setDividerPositions(0.27);
        SplitPane.setResizableWithParent(controls, false);

        vm.settingProperty().addListener((o, a, s) -> showSetting(s));
        vm.labProperty().addListener((o, a, l) -> showLab());
        vm.sensitivityProperty().addListener((o, a, b) -> updateCurves());
        showSetting(vm.settingProperty().get());
        showLab(); // the pane is built when the tab is first shown: the tables may be loaded long before
    }

    public LabViewModel viewModel() {
        return vm;
    }

    public SensitivityPlot plot() {
        return plot;
    }

    /** The scroll pane around the figures, the plot and the held-out view. */
    ScrollPane resultsPane() {
        return results;
    }

    // ---- left: the controls -----------------------------------------------------------------------

    private VBox controls() {
        Label title = new Label("Proxy lab");
        title.getStyleClass().add("panel-title");
        Label intro = caption("Move the reconstruction's parameters and watch τ on every loaded table. "
                + "The reconstruction stays the default everywhere; a saved setting is a custom model.");

        ToggleGroup aggregation = new ToggleGroup();
        RadioButton path = new RadioButton("path sum (sed-path)");
        RadioButton flow = new RadioButton("variance flow (sed-flow)");
        path.setId("labPath");
        flow.setId("labFlow");
        path.setToggleGroup(aggregation);
        flow.setToggleGroup(aggregation);
        path.setSelected(!vm.settingProperty().get().flow());
        flow.setSelected(vm.settingProperty().get().flow());
        aggregation.selectedToggleProperty().addListener((o, a, t) -> {
            if (!syncing && t != null) {
                vm.setFlow(t == flow);
            }
        });
        vm.settingProperty().addListener((o, a, s) -> (s.flow() ? flow : path).setSelected(true));

        c.setId("labChannels");
        c.setShowTickMarks(true);
        c.setShowTickLabels(true);
        c.setMajorTickUnit(1);
        c.setMinorTickCount(0);
        c.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return String.valueOf(Math.round(Math.pow(2, v)));
            }

            @Override
            public Double fromString(String s) {
                return Math.log(Double.parseDouble(s)) / Math.log(2);
            }
        });
        c.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                vm.setChannels((int) Math.round(Math.pow(2, v.doubleValue())));
            }
        });
        cValue.setId("labChannelsValue");
        cValue.getStyleClass().add("value");
        cValue.setWrapText(true);
        Label cLabel = new Label("C (channels)");
        cLabel.setMinWidth(Region.USE_PREF_SIZE);
        // the value and the tables change while C is dragged: each lays out only itself (see LayoutBoundary)
        HBox cRow = new HBox(8, cLabel, new LayoutBoundary(cValue, cValue.textProperty()));
        cRow.setAlignment(Pos.BASELINE_LEFT);

        deltas.setId("labDeltas");
        deltas.setEditable(true);
        deltas.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        deltas.setPlaceholder(new Label("Load a benchmark table"));
        TableColumn<Op, String> op = new TableColumn<>("operation");
        op.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        op.setPrefWidth(120);
        TableColumn<Op, Number> ref = new TableColumn<>("recon. Δ");
        // the Δ cells follow the setting themselves (a binding each; a cell redraws at the next layout): no table refresh,
        // which would rebuild every row and cell on each step of the C slider
        ref.setCellValueFactory(d -> Bindings.createObjectBinding(
                () -> vm.settingProperty().get().reconstructionDelta(d.getValue()), vm.settingProperty()));
        ref.setCellFactory(NumberCells.cells("−∞"));
        TableColumn<Op, String> delta = new TableColumn<>("Δ (edit)");
        delta.setId("labDeltaColumn");
        delta.setCellValueFactory(d -> Bindings.createStringBinding(
                () -> format(vm.settingProperty().get().delta(d.getValue())), vm.settingProperty()));
        delta.setCellFactory(col -> new DeltaCell());
        delta.setOnEditCommit(e -> commitDelta(e.getRowValue(), e.getNewValue()));
        delta.setEditable(true);
        deltas.getColumns().addAll(List.of(op, ref, delta));
        deltas.getColumns().forEach(LabPane::keepHeaderWhole);
        deltas.setRowFactory(t -> new DeltaRow());
        deltas.setFixedCellSize(28);
        deltas.setPrefHeight(48 + 28 * 4);
        deltas.setMinHeight(Region.USE_PREF_SIZE);
        Button reset = new Button("Reset Δ table");
        reset.setId("labReset");
        reset.setTooltip(new Tooltip("Back to the reconstruction's Δ at the current C"));
        reset.setOnAction(e -> vm.resetDeltas());
        Button resetAll = new Button("Reset all");
        resetAll.setId("labResetAll");
        resetAll.setTooltip(new Tooltip("The reconstruction: no edits, path sum, C of the first table's space"));
        resetAll.setOnAction(e -> resetAll());
        HBox resets = new HBox(8, reset, resetAll);

        TextField name = new TextField();
        name.setId("labName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPromptText("model name");
        name.setPrefColumnCount(9);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button("Save model…");
        save.setId("labSave");
        save.setOnAction(e -> vm.saveChosen());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Button open = new Button("Open model…");
        open.setId("labOpen");
        open.setOnAction(e -> vm.openChosen());
        HBox saveRow = new HBox(8, name, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        Label saveNote = caption("A saved model is offered at once as custom:<name> in the editor's model list, the chart's "
                + "proxies and the comparison; Model → Load model file… loads it again in a later session.");

        VBox box = new VBox(8, title, intro, section("Aggregation"), path, flow, section("Channels"), cRow, c,
                section("Δ per operation (double-click to edit)"), new LayoutBoundary(deltas), resets,
                section("Save"), saveRow, open, saveNote);
        box.setPadding(new Insets(12));
        box.setMinWidth(300);
        return box;
    }

    private void resetAll() {
        ProxyLab l = vm.labProperty().get();
        int channels = l == null || l.targets().isEmpty() ? 16 : l.targets().get(0).table().space().defaultChannels();
        vm.settingProperty().set(ModelSpec.reconstruction(channels));
    }

    private void commitDelta(Op op, String text) {
        if (text != null && text.trim().replace('−', '-').equals(format(vm.settingProperty().get().delta(op)))) {
            return; // unchanged text: not an edit (the shown value is rounded)
        }
        if (!vm.editDelta(op, text)) {
            deltas.refresh();
        }
    }

    // ---- right: the figures, τ against C, held out ------------------------------------------------

    private VBox results() {
        figures.setId("labFigures");
        figures.setItems(vm.rows());
        figures.setPlaceholder(new Label("Load one or more benchmark tables (File → Open benchmark table…): "
                + "every target of every table is evaluated here."));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.getColumns().addAll(List.of(
                text("table", r -> r.target().table().source(), 190),
                text("target", r -> r.target().column(), 150),
                text("metric", r -> Metrics.describe(r.target().table().space(), r.target().column()).label(), 200),
                count("n", r -> r.now().n()),
                number("τ", r -> r.now().kendall(), 80, "—"),
                number("ρ", r -> r.now().spearman(), 80, "—"),
                number("recon. τ", r -> r.reconstruction().kendall(), 90, "—"),
                signed("Δτ", LabViewModel.Row::tauGain),
                measuredColumn()));
        for (TableColumn<LabViewModel.Row, ?> col : figures.getColumns()) {
            col.setMinWidth(col.getText().length() > 2 ? 60 : 56); // headers stay whole; cells elide
        }
        figures.getColumns().get(6).setMinWidth(78);
        figures.getColumns().get(7).setMinWidth(66);
        figures.getColumns().forEach(LabPane::keepHeaderWhole);
        CheckBox measured = new CheckBox("Compare with " + LabViewModel.MEASURED + " (measured, not the reconstruction)");
        measured.setId("labMeasured");
        measured.setWrapText(true);
        measured.selectedProperty().bindBidirectional(vm.measuredProperty());
        measured.setTooltip(new Tooltip("Scores every loaded table with " + LabViewModel.MEASURED
                + " once (seconds on a large table; uncheck to stop): a fixed reference, with no C or Δ to tune"));
        ProgressBar scoring = new ProgressBar();
        scoring.setId("labMeasuredProgress");
        scoring.progressProperty().bind(vm.measuredProgressProperty());
        scoring.visibleProperty().bind(vm.measuredRunningProperty());
        scoring.managedProperty().bind(scoring.visibleProperty());
        scoring.setMinWidth(Region.USE_PREF_SIZE);
        HBox measuredBar = new HBox(8, measured, scoring);
        measuredBar.setAlignment(Pos.CENTER_LEFT);
        Label measuredNote = caption(LabViewModel.measuredNote() + "; its scores do not depend on C or Δ.");
        measuredNote.setId("labMeasuredNote");
        measuredNote.visibleProperty().bind(vm.measuredProperty());
        measuredNote.managedProperty().bind(measuredNote.visibleProperty());
        figures.setFixedCellSize(26);
        figures.setMinHeight(150);
        vm.rows().addListener((ListChangeListener<LabViewModel.Row>) ch ->
                figures.setPrefHeight(42 + 26 * Math.max(3, Math.min(12, vm.rows().size()))));
        figures.setPrefHeight(42 + 26 * 3);
        figures.getSelectionModel().selectedItemProperty().addListener((o, a, r) ->
                plot.setHighlighted(r == null ? null : curveLabel(r.target())));

        plot.setId("labPlot");
        plot.setMinHeight(220);
        plot.setPrefHeight(300);
        plot.setOnPickChannels(ch -> vm.setChannels(ch));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        StackPane plotBox = new StackPane(plot, busy);
        StackPane.setAlignment(busy, Pos.TOP_LEFT);
        StackPane.setMargin(busy, new Insets(6));

        ComboBox<BenchmarkTable> tunedOn = new ComboBox<>(vm.tables());
        tunedOn.setId("labTunedOn");
        tunedOn.valueProperty().bindBidirectional(vm.tunedOnProperty());
        tunedOn.setConverter(new StringConverter<>() {
            @Override
            public String toString(BenchmarkTable t) {
                return t == null ? "" : t.source();
            }

            @Override
            public BenchmarkTable fromString(String s) {
                return null;
            }
        });
        heldOut.setId("labHeldOut");
        heldOut.setItems(vm.heldOut());
        heldOut.setPlaceholder(new Label("Load two or more tables to see a tuned setting on data it was not tuned on"));
        heldOut.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<LabViewModel.HeldOut, String> table = text("table", h -> h.table().stem(), 200);
        TableColumn<LabViewModel.HeldOut, String> role = new TableColumn<>("role");
        role.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().tunedOn() ? "tuned on" : "held out"));
        TableColumn<LabViewModel.HeldOut, Number> targets = new TableColumn<>("targets");
        targets.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().targets()));
        TableColumn<LabViewModel.HeldOut, Number> count = new TableColumn<>("n");
        count.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().rows()));
        count.setCellFactory(NumberCells.cells("—"));
        TableColumn<LabViewModel.HeldOut, Number> meanNow = new TableColumn<>("τ");
        meanNow.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().meanTauNow()));
        meanNow.setCellFactory(NumberCells.cells("—"));
        TableColumn<LabViewModel.HeldOut, Number> meanRef = new TableColumn<>("recon. τ");
        meanRef.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().meanTauReconstruction()));
        meanRef.setCellFactory(NumberCells.cells("—"));
        TableColumn<LabViewModel.HeldOut, Number> gain = new TableColumn<>("Δτ");
        gain.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().meanGain()));
        gain.setCellFactory(col -> new SignedCell<>());
        TableColumn<LabViewModel.HeldOut, Number> meanMeasured = number(ModelCatalog.label(LabViewModel.MEASURED) + " τ",
                h -> Double.isNaN(h.meanTauMeasured()) ? null : h.meanTauMeasured(), 180, "—");
        meanMeasured.setId("labHeldOutMeasured");
        meanMeasured.visibleProperty().bind(vm.measuredProperty());
        role.setPrefWidth(85);
        targets.setPrefWidth(74);
        count.setPrefWidth(76);
        meanNow.setPrefWidth(72);
        meanRef.setPrefWidth(86);
        gain.setPrefWidth(72);
        heldOut.getColumns().addAll(List.of(table, role, targets, count, meanNow, meanRef, gain, meanMeasured));
        heldOut.getColumns().forEach(col -> col.setMinWidth(col.getPrefWidth())); // the table scrolls instead
        heldOut.getColumns().forEach(LabPane::keepHeaderWhole);
        heldOut.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LabViewModel.HeldOut item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(TUNED, !empty && item != null && item.tunedOn());
            }
        });
        heldOut.setPrefHeight(160);
        heldOut.setMinHeight(90);
        Label heldTitle = section("Held out");
        heldTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox heldBar = new HBox(8, heldTitle, new Label("tuned on"), tunedOn);
        heldBar.setAlignment(Pos.CENTER_LEFT);
        LayoutBoundary heldOutBox = new LayoutBoundary(heldOut);
        VBox heldBox = new VBox(8, heldBar, heldOutBox,
                caption("τ, recon. τ, Δτ (and " + LabViewModel.MEASURED + "'s τ): means over each table's targets; n: rows ranked (the most of any target). Choose the table you tuned on: the others "
                        + "are held out. A gain on the tuned table that vanishes on the held-out ones is overfitting."));
        heldBox.setPrefWidth(640);
        heldBox.setMinWidth(360);
        VBox.setVgrow(heldOutBox, Priority.ALWAYS);

        Label figuresCaption = caption("τ is Kendall's tau-b, ρ Spearman's rho, disconnected cells rank lowest. "
                + "recon. τ, recon. Δ: the reconstruction's, at each space's own C. Click a row to highlight its curve.");
        VBox plotArea = new VBox(4, section("Sensitivity: τ against C (Δ edits and aggregation held fixed; click to move C)"), plotBox);
        HBox.setHgrow(plotArea, Priority.ALWAYS);
        VBox.setVgrow(plotBox, Priority.ALWAYS);
        HBox lower = new HBox(14);
        VBox.setVgrow(lower, Priority.ALWAYS);
        VBox box = new VBox(8, section("τ and ρ on every target of every loaded table"), new LayoutBoundary(figures),
                measuredBar, measuredNote, figuresCaption, lower);
        box.setPadding(new Insets(12));
        // checked, the measured columns may not fit beside the others: the results scroll sideways rather than cut them off
        box.minWidthProperty().bind(Bindings.createDoubleBinding(() -> vm.measuredProperty().get()
                ? Math.max(MIN_RESULTS_WIDTH, figuresMinWidth() + box.getPadding().getLeft() + box.getPadding().getRight())
                : MIN_RESULTS_WIDTH, vm.measuredProperty()));
        reflow(box, lower, plotArea, heldBox);
        return box;
    }

    /** {@link LabViewModel#MEASURED}'s τ and ρ under one header that says measured, shown while it is compared. */
    private TableColumn<LabViewModel.Row, Number> measuredColumn() {
        TableColumn<LabViewModel.Row, Number> tau = number("τ", r -> r.measured() == null ? null : r.measured().kendall(), 80, "—");
        TableColumn<LabViewModel.Row, Number> rho = number("ρ", r -> r.measured() == null ? null : r.measured().spearman(), 80, "—");
        // two lines, "sed-local-mc" over "(measured)": half as wide, so τ and ρ fit beside the others at 1024 px
        TableColumn<LabViewModel.Row, Number> group = new TableColumn<>(LabViewModel.MEASURED + "\n(measured)");
        group.setId("labMeasuredColumn");
        group.getColumns().addAll(List.of(tau, rho));
        double half = Math.ceil(headerWidth(group.getText()) / 2);
        for (TableColumn<LabViewModel.Row, Number> col : List.of(tau, rho)) {
            col.setMinWidth(Math.max(56, half)); // the group's header stays whole
            col.setPrefWidth(Math.max(col.getPrefWidth(), half));
        }
        group.visibleProperty().bind(vm.measuredProperty());
        return group;
    }

    /**
     * The figures' least width: every column at its least, and room for a vertical scroll bar. A constrained resize
     * policy does nothing at all once the columns' least widths fill the room (JavaFX's ResizeHelper), and shows no
     * horizontal scroll bar either: columns beyond the edge would be cut off.
     */
    private double figuresMinWidth() {
        return leafMinWidth(figures.getColumns()) + figures.snappedLeftInset() + figures.snappedRightInset() + 16;
    }

    /** The least width of these columns' leaves: a group is as wide as its columns. */
    private static double leafMinWidth(List<? extends TableColumn<?, ?>> columns) {
        return columns.stream().mapToDouble(c -> c.getColumns().isEmpty() ? c.getMinWidth() : leafMinWidth(c.getColumns())).sum();
    }

    /** Plot beside the held-out table when there is room for both, else the held-out table below the plot. */
    private static void reflow(VBox box, HBox lower, VBox plotArea, VBox heldBox) {
        Runnable place = () -> {
            boolean side = box.getWidth() <= 0 || box.getWidth() >= SIDE_BY_SIDE_WIDTH;
            if (side && !lower.getChildren().contains(heldBox)) {
                box.getChildren().remove(heldBox);
                lower.getChildren().setAll(plotArea, heldBox);
            } else if (!side && lower.getChildren().contains(heldBox)) {
                lower.getChildren().setAll(plotArea);
                box.getChildren().add(heldBox);
            }
        };
        box.widthProperty().addListener((o, a, w) -> place.run());
        place.run();
    }

    private void showLab() {
        deltas.getItems().setAll(vm.ops());
        deltas.setPrefHeight(48 + 28 * Math.max(3, deltas.getItems().size()));
        updateCurves();
    }

    private void updateCurves() {
        ProxyLab l = vm.labProperty().get();
        double[][] tau = vm.sensitivityProperty().get();
        if (l == null || tau == null) {
            plot.setCurves(List.of());
            return;
        }
        int[] grid = ProxyLab.channelGrid();
        List<SensitivityPlot.Curve> curves = new ArrayList<>();
        for (int i = 0; i < l.targets().size() && i < tau.length; i++) {
            curves.add(new SensitivityPlot.Curve(curveLabel(l.targets().get(i)), grid, tau[i]));
        }
        plot.setCurves(curves);
        plot.setCurrentChannels(vm.settingProperty().get().channels());
    }

    private void showSetting(ModelSpec s) {
        syncing = true;
        try {
            c.setValue(Math.log(s.channels()) / Math.log(2));
        } finally {
            syncing = false;
        }
        cValue.setText("C = " + s.channels() + (s.flow() ? " · sed-flow" : " · sed-path")
                + (s.deltas().isEmpty() ? "" : " · " + s.deltas().size() + " Δ edited"));
        plot.setCurrentChannels(s.channels());
    }

    // ---- small helpers ----------------------------------------------------------------------------

    private static String task(ProxyLab.Target t) {
        var m = Metrics.describe(t.table().space(), t.column());
        return m.task().isEmpty() ? t.column() : m.task();
    }

    /** A short legend label: space and task ("nb201 CIFAR-10", "transnas class_scene"), the file added when two tables share a space. */
    private String curveLabel(ProxyLab.Target t) {
        String task = task(t);
        ProxyLab l = vm.labProperty().get();
        boolean taskRepeats = l != null && l.targets().stream()
                .anyMatch(o -> o != t && o.table() == t.table() && task(o).equals(task));
        String label = t.table().space().id() + " " + (taskRepeats ? t.column() : task);
        long sameSpace = vm.tables().stream().filter(o -> o.space() == t.table().space()).count();
        return sameSpace > 1 ? label + " · " + t.table().stem() : label;
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    /** A section title: wraps rather than widen or cut a narrow column. */
    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A text column whose cells show their whole text as a tooltip, since a narrow column elides it. */
    private static <R> TableColumn<R, String> text(String name, Function<R, String> get, double width) {
        TableColumn<R, String> col = new TableColumn<>(name);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(get.apply(d.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            private Tooltip tip;

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null || item.isEmpty()) {
                    setTooltip(null);
                } else if (tip == null) {
                    tip = new Tooltip(item); // one a cell: a tooltip is a popup window, too dear to make per update
                    setTooltip(tip);
                } else {
                    tip.setText(item);
                    setTooltip(tip);
                }
            }
        });
        col.setPrefWidth(width);
        return col;
    }

    /** A number column; a null value (a figure not computed yet) is an empty cell. */
    private static <R> TableColumn<R, Number> number(String name, Function<R, Number> get, double width, String infinity) {
        TableColumn<R, Number> col = new TableColumn<>(name);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.apply(d.getValue())));
        col.setCellFactory(NumberCells.cells(infinity));
        col.setComparator(NumberCells.ORDER);
        col.setPrefWidth(width);
        return col;
    }

    private static <R> TableColumn<R, Number> count(String name, ToIntFunction<R> get) {
        TableColumn<R, Number> col = new TableColumn<>(name);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.applyAsInt(d.getValue())));
        col.setCellFactory(NumberCells.cells("—"));
        col.setComparator(NumberCells.ORDER);
        col.setPrefWidth(70);
        return col;
    }

    private static <R> TableColumn<R, Number> signed(String name, ToDoubleFunction<R> get) {
        TableColumn<R, Number> col = new TableColumn<>(name);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.applyAsDouble(d.getValue())));
        col.setCellFactory(c -> new SignedCell<>());
        col.setComparator(NumberCells.ORDER);
        col.setPrefWidth(80);
        return col;
    }

    /** +0.012 in green, −0.030 in red: a gain or loss against the reconstruction. */
    private static final class SignedCell<R> extends TableCell<R, Number> {
        private String shown;

        @Override
        protected void updateItem(Number v, boolean empty) {
            super.updateItem(v, empty);
            String sign = null;
            if (empty || v == null || Double.isNaN(v.doubleValue())) {
                setText(null);
            } else {
                double d = v.doubleValue();
                setText(String.format(Locale.ROOT, "%+.3f", d).replace('-', '−'));
                sign = Math.abs(d) < 0.0005 ? null : d > 0 ? "gain" : "loss";
            }
            // a style class that changes makes the cell's CSS be matched again: only when the sign does
            if (!Objects.equals(sign, shown)) {
                getStyleClass().removeAll("gain", "loss");
                if (sign != null) {
                    getStyleClass().add(sign);
                }
                shown = sign;
            }
        }
    }

    /** A row of the Δ table, marked while its op's Δ is edited; it follows the setting without a table refresh. */
    private final class DeltaRow extends TableRow<Op> {
        private final InvalidationListener mark = o -> mark();

        DeltaRow() {
            vm.settingProperty().addListener(new WeakInvalidationListener(mark));
        }

        @Override
        protected void updateItem(Op item, boolean empty) {
            super.updateItem(item, empty);
            mark();
        }

        private void mark() {
            Op item = getItem();
            pseudoClassStateChanged(EDITED, !isEmpty() && item != null && vm.settingProperty().get().edited(item));
        }
    }

    /** A text cell that edits on double-click and commits on Enter or when focus leaves. */
    private final class DeltaCell extends TableCell<Op, String> {
        private TextField field;

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            field = new TextField(getItem());
            field.setOnAction(e -> commitEdit(field.getText()));
            field.focusedProperty().addListener((o, a, focused) -> {
                if (!focused && isEditing()) {
                    commitEdit(field.getText());
                }
            });
            setText(null);
            setGraphic(field);
            // after the click that started the edit has been handled, or the table takes the focus back
            Platform.runLater(() -> {
                field.requestFocus();
                field.selectAll();
            });
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(null);
            setText(getItem());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(null);
            setText(empty ? null : item);
        }
    }

    /** A column at least as wide as its header in the app's font (the theme's is larger than the default), plus the sort arrow. */
    private static void keepHeaderWhole(TableColumn<?, ?> col) {
        if (!col.getColumns().isEmpty()) {
            return; // a group is as wide as its columns
        }
        double need = headerWidth(col.getText());
        col.setMinWidth(Math.max(col.getMinWidth(), need));
        col.setPrefWidth(Math.max(col.getPrefWidth(), need));
    }

    /** The width a header of this text needs in the app's font, with room for the sort arrow. */
    private static double headerWidth(String text) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.max(14, Font.getDefault().getSize()) + 1));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 26;
    }
}
