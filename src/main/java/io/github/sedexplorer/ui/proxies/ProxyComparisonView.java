package io.github.sedexplorer.ui.proxies;

import io.github.sedexplorer.bench.Ceiling;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.Metrics;
import io.github.sedexplorer.bench.ProxyComparison.Result;
import io.github.sedexplorer.bench.ProxyComparison.RowsUsed;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.controls.NumberCells;
import io.github.sedexplorer.ui.controls.TableSelector;
import io.github.sedexplorer.ui.controls.TauGauge;
import io.github.sedexplorer.ui.export.Csv;
import io.github.sedexplorer.ui.proxies.ProxiesViewModel.Comparison;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckListView;

/**
 * How well each proxy ranks the table's cells for each target: one row per (proxy, target) with
 * Kendall τ-b, Spearman ρ, Pearson r and top-k precision. The best proxy per target is highlighted; a check list
 * chooses the proxies compared. A passive view of {@link ProxiesViewModel}.
 */
public final class ProxyComparisonView extends VBox {

    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    static final String CSV_HEADER = "proxy,target,n,kendall,spearman,pearson,topk,skipped";

    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final TableView<Result> table = new TableView<>();
    private final TableColumn<Result, Number> topK = number("top-k", s -> s.topK());
    private final TableColumn<Result, Number> vsCeiling = new TableColumn<>("τ against the noise ceiling");
    private final Label ceilingNote = new Label();
    private final Label rowsNote = new Label();
    /** Names each measured proxy compared: measured (Monte Carlo), not the reconstruction. */
    private final Label measuredNote = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final CheckBox shared = new CheckBox("Only rows where every proxy has a value");
    private final CheckListView<String> compared = new CheckListView<>();
    /** True while the check list follows the view-model: its check events are not the user's. */
    private boolean following;
    /** τ between two runs of the same cells, when the table has repeats; NaN otherwise. */
    private double ceilingTau = Double.NaN;
    private int ceilingRows;
    /** A result's statistics on the ceiling's rows, from the comparison shown. */
    private Function<Result, Optional<Correlation>> onCeilingRows = r -> Optional.empty();
    /** The space of the compared table: some column names (NB101's test_acc) are known only within their space. */
    private SearchSpace space;
    /** The highest τ per target; rows reaching it are "best". */
    private final Map<String, Double> bestTau = new HashMap<>();

    /** @param export where Export CSV… saves */
    public ProxyComparisonView(ProxiesViewModel vm, FileExport export) {
        getStyleClass().add("proxy-comparison");
        getStylesheets().add(ProxyComparisonView.class.getResource("/io/github/sedexplorer/ui/controls/bench.css").toExternalForm());
        table.setId("comparisonTable");
        table.setFixedCellSize(34); // rows with a gauge and rows without stay one height
        table.setPlaceholder(new Label("No comparison yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                text("proxy", r -> ProxiesViewModel.label(r.proxy())), text("target", Result::target), metric(),
                integer("n", Correlation::n),
                number("τ (Kendall)", Correlation::kendall), number("ρ (Spearman)", Correlation::spearman),
                number("r (Pearson)", Correlation::pearson), topK,
                integer("skipped", Correlation::skipped), vsCeiling));
        vsCeiling.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().stats().kendall()));
        vsCeiling.setComparator(NumberCells.ORDER);
        vsCeiling.setPrefWidth(250);
        vsCeiling.setMinWidth(230);
        vsCeiling.setCellFactory(c -> new TableCell<>() {
            private final TauGauge gauge = new TauGauge();

            @Override
            protected void updateItem(Number tau, boolean empty) {
                super.updateItem(tau, empty);
                Result r = empty ? null : getTableRow().getItem();
                if (empty || tau == null || r == null || Ceiling.is(r)) {
                    setGraphic(null);
                    return;
                }
                // its share of the ceiling is of its τ on the ceiling's rows
                Correlation same = onCeilingRows.apply(r).orElse(r.stats());
                gauge.setTau(same.kendall(), same.n());
                gauge.setCeiling(ceilingTau, ceilingRows);
                setGraphic(gauge);
            }
        });
        vsCeiling.setVisible(false);
        SortedList<Result> sorted = new SortedList<>(results);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Result item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(BEST, !empty && item != null && isBest(item));
            }
        });
        HBox.setHgrow(table, Priority.ALWAYS);
        compared.setId("comparedProxies");
        compared.setCellFactory(lv -> new CheckBoxListCell<>(compared::getItemBooleanProperty, new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : ProxiesViewModel.label(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        }));
        compared.setPrefWidth(200);
        compared.setMinWidth(140);
        compared.setTooltip(new Tooltip("The proxies compared: uncheck one to leave it out"));
        HBox body = new HBox(8, compared, table);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label caption = new Label("τ is Kendall's tau-b, which corrects for ties (many cells share a score); "
                + "ρ uses average ranks for ties. Disconnected cells (score −∞) rank lowest. "
                + "top-k: share of the proxy's top k% that is in the target's top k%. Best τ per target in bold.");
        caption.setId("comparisonCaption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);

        Button exportCsv = new Button("Export CSV…");
        exportCsv.setId("exportCsv");
        exportCsv.setOnAction(e -> export.choose("Export comparison", FileKind.CSV,
                FileKind.CSV.suggest((vm.tableProperty().get() == null ? "" : vm.tableProperty().get().stem())
                        + " proxies"), this::writeCsv));
        exportCsv.disableProperty().bind(Bindings.isEmpty(results));
        shared.setId("sharedRows");
        shared.setSelected(true);
        shared.setTooltip(new Tooltip("Compare proxies on the same cells: rows where one proxy is missing "
                + "(e.g. a failed Zen score) are left out for all. Disconnected cells (−∞) have a value: they rank lowest."));
        rowsNote.setId("rowsNote");
        rowsNote.getStyleClass().add("caption");
        rowsNote.setWrapText(true);
        rowsNote.setMinHeight(Region.USE_PREF_SIZE);
        rowsNote.managedProperty().bind(rowsNote.textProperty().isNotEmpty());
        measuredNote.setId("measuredNote");
        measuredNote.getStyleClass().add("caption");
        measuredNote.setWrapText(true);
        measuredNote.setMinHeight(Region.USE_PREF_SIZE);
        measuredNote.managedProperty().bind(measuredNote.textProperty().isNotEmpty());
        busy.setId("comparisonBusy");
        busy.setMaxSize(18, 18);
        busy.setVisible(false);
        HBox bar = new HBox(8, exportCsv, shared, busy);
        bar.setAlignment(Pos.CENTER_LEFT);

        setSpacing(6);
        setPadding(new Insets(8));
        ceilingNote.setId("ceilingNote");
        ceilingNote.getStyleClass().add("caption");
        ceilingNote.setWrapText(true);
        ceilingNote.setMinHeight(Region.USE_PREF_SIZE);
        ceilingNote.managedProperty().bind(ceilingNote.textProperty().isNotEmpty());
        TableSelector selector = new TableSelector("proxiesTable", "proxiesCloseTable", vm.tables(), vm.tableProperty(), vm::show, vm::close);
        getChildren().addAll(selector, body, rowsNote, measuredNote, ceilingNote, caption, bar);

        shared.selectedProperty().bindBidirectional(vm.sharedRowsProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        follow(vm);
        vm.proxies().addListener((ListChangeListener<String>) c -> follow(vm));
        compared.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!following) {
                vm.setCompared(List.copyOf(compared.getCheckModel().getCheckedItems()));
            }
        });
        vm.comparisonProperty().addListener((o, a, b) -> show(b));
        show(vm.comparisonProperty().get());
    }

    /** The check list shows the view-model's proxies, each checked unless left out. */
    private void follow(ProxiesViewModel vm) {
        following = true;
        try {
            // checks first: ControlsFX's check model clears by the old indices, which a shorter list no longer has
            compared.getCheckModel().clearChecks();
            compared.getItems().setAll(vm.proxies());
            for (String p : vm.proxies()) {
                if (vm.isCompared(p)) {
                    compared.getCheckModel().check(p);
                }
            }
        } finally {
            following = false;
        }
    }

    private void show(Comparison c) {
        space = c == null ? null : c.table().space();
        onCeilingRows = c == null ? r -> Optional.empty() : r -> c.onCeilingRows(r.proxy(), r.target()).map(Result::stats);
        setRowsUsed(c == null ? List.of() : c.rowsUsed());
        measuredNote.setText(c == null ? "" : String.join("\n", c.measuredNotes()));
        setResults(c == null ? List.of() : c.results());
    }

    /** Shows these results (replacing the previous ones) and recomputes the best proxy per target. */
    void setResults(List<Result> list) {
        bestTau.clear();
        for (Result r : list) {
            double tau = r.stats().kendall();
            if (!Double.isNaN(tau)) {
                bestTau.merge(r.target(), tau, Math::max);
            }
        }
        Result ceiling = list.stream().filter(Ceiling::is).findFirst().orElse(null);
        ceilingTau = ceiling == null ? Double.NaN : ceiling.stats().kendall();
        ceilingRows = ceiling == null ? 0 : ceiling.stats().n();
        vsCeiling.setVisible(ceiling != null);
        ceilingNote.setText(ceiling == null ? "" : String.format(Locale.ROOT,
                "Noise ceiling (dashed tick): %s — τ %.3f, ρ %.3f on the %,d rows where both runs exist. "
                        + "Two trainings of the same cells agree this well; no proxy can be expected to rank them better. "
                        + "Each gauge compares the proxy's τ on these same rows.",
                ceiling.target(), ceiling.stats().kendall(), ceiling.stats().spearman(), ceiling.stats().n()));
        results.setAll(list);
        double pct = list.isEmpty() ? Double.NaN : list.get(0).stats().topKPercent();
        boolean same = list.stream().allMatch(r -> Double.compare(r.stats().topKPercent(), pct) == 0);
        topK.setText(same && !Double.isNaN(pct) ? "top-" + Csv.numberField(pct) + "%" : "top-k");
        table.refresh();
    }

    /** Says which rows the figures use, one line per target (identical lines once). */
    private void setRowsUsed(List<RowsUsed> used) {
        Map<String, List<String>> byCaption = new LinkedHashMap<>();
        for (RowsUsed u : used) {
            byCaption.computeIfAbsent(u.caption(), k -> new ArrayList<>()).add(u.target());
        }
        StringBuilder sb = new StringBuilder();
        byCaption.forEach((cap, targets) -> sb.append(sb.length() == 0 ? "" : "\n")
                .append(byCaption.size() == 1 ? "Every target" : String.join(", ", targets)).append(": ").append(cap).append('.'));
        rowsNote.setText(!used.isEmpty() ? sb.toString()
                : shared.isSelected() ? "" : "Each proxy on its own rows: n may differ between proxies.");
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    /** Whether r has the highest Kendall τ of its target (every tied row is best). */
    public boolean isBest(Result r) {
        Double best = bestTau.get(r.target());
        return best != null && r.stats().kendall() == best;
    }

    /** The results in the table's current order, as CSV ({@link Csv}: RFC 4180, CRLF lines, empty field for NaN). */
    public String toCsv() {
        Csv out = new Csv().row(CSV_HEADER.split(","));
        for (Result r : table.getItems()) {
            Correlation s = r.stats();
            out.text(r.proxy()).text(r.target()).integer(s.n()).number(s.kendall()).number(s.spearman())
                    .number(s.pearson()).number(s.topK()).integer(s.skipped()).end();
        }
        return out.toString();
    }

    /** Written atomically. @throws SedException when the file cannot be written */
    public void writeCsv(Path file) {
        CellFile.writeAtomically(toCsv(), file, "CSV file");
    }

    private static TableColumn<Result, String> text(String name, Function<Result, String> get) {
        TableColumn<Result, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(get.apply(d.getValue())));
        c.setPrefWidth(140);
        return c;
    }

    private TableColumn<Result, String> metric() {
        TableColumn<Result, String> c = text("metric", r -> Ceiling.is(r) ? "run against run"
                : Metrics.describe(space, r.target()).label());
        c.setPrefWidth(220);
        return c;
    }

    private static TableColumn<Result, Number> integer(String name, ToIntFunction<Correlation> get) {
        TableColumn<Result, Number> c = number(name, s -> 0);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.applyAsInt(d.getValue().stats())));
        c.setPrefWidth(70);
        return c;
    }

    private static TableColumn<Result, Number> number(String name, ToDoubleFunction<Correlation> get) {
        TableColumn<Result, Number> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.applyAsDouble(d.getValue().stats())));
        c.setComparator(NumberCells.ORDER);
        c.setCellFactory(NumberCells.cells("−∞"));
        c.setPrefWidth(100);
        return c;
    }
}
