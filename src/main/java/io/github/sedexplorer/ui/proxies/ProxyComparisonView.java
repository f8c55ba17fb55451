package io.github.sedexplorer.ui.proxies;

import io.github.sedexplorer.ui.controls.NumberCells;

import io.github.sedexplorer.bench.Ceiling;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.ProxyComparison.Result;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.ui.export.Csv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * How well each proxy ranks the table's cells for each target: one row per (proxy, target) with
 * Kendall τ-b, Spearman ρ, Pearson r and top-k precision. The best proxy per target is highlighted.
 */
public final class ProxyComparisonView extends VBox {

    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    static final String CSV_HEADER = "proxy,target,n,kendall,spearman,pearson,topk,skipped";

    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final TableView<Result> table = new TableView<>();
    private final TableColumn<Result, Number> topK = number("top-k", s -> s.topK());
    private final Label message = new Label();
    private final TableColumn<Result, Number> vsCeiling = new TableColumn<>("τ against the noise ceiling");
    private final Label ceilingNote = new Label();
    private final Label rowsNote = new Label();
    private final javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
    private final javafx.scene.control.CheckBox shared = new javafx.scene.control.CheckBox("Only rows where every proxy has a value");
    /** τ between two runs of the same cells, when the table has repeats; NaN otherwise. */
    private double ceilingTau = Double.NaN;
    private io.github.sedexplorer.cell.SearchSpace space;
    /** The highest τ per target; rows reaching it are "best". */
    private final Map<String, Double> bestTau = new HashMap<>();

    public ProxyComparisonView() {
        getStyleClass().add("proxy-comparison");
        getStylesheets().add(ProxyComparisonView.class.getResource("/io/github/sedexplorer/ui/controls/bench.css").toExternalForm());
        table.setId("comparisonTable");
        table.setFixedCellSize(34); // rows with a gauge and rows without stay one height
        table.setPlaceholder(new Label("No comparison yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                text("proxy", Result::proxy), text("target", Result::target), metric(),
                integer("n", Correlation::n),
                number("τ (Kendall)", Correlation::kendall), number("ρ (Spearman)", Correlation::spearman),
                number("r (Pearson)", Correlation::pearson), topK,
                integer("skipped", Correlation::skipped), vsCeiling));
        vsCeiling.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().stats().kendall()));
        vsCeiling.setComparator(NumberCells.ORDER);
        vsCeiling.setPrefWidth(250);
        vsCeiling.setMinWidth(230);
        vsCeiling.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final io.github.sedexplorer.ui.controls.TauGauge gauge = new io.github.sedexplorer.ui.controls.TauGauge();

            @Override
            protected void updateItem(Number tau, boolean empty) {
                super.updateItem(tau, empty);
                Result r = empty ? null : getTableRow().getItem();
                if (empty || tau == null || r == null || Ceiling.is(r)) {
                    setGraphic(null);
                    return;
                }
                gauge.setTau(tau.doubleValue());
                gauge.setCeiling(ceilingTau);
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
        VBox.setVgrow(table, Priority.ALWAYS);

        Label caption = new Label("τ is Kendall's tau-b, which corrects for ties (many cells share a score); "
                + "ρ uses average ranks for ties. Disconnected cells (score −∞) rank lowest. "
                + "top-k: share of the proxy's top k% that is in the target's top k%. Best τ per target in bold.");
        caption.setId("comparisonCaption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);

        Button export = new Button("Export CSV…");
        export.setId("exportCsv");
        export.setOnAction(e -> chooseAndExport());
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(results));
        message.getStyleClass().add("caption");
        shared.setId("sharedRows");
        shared.setSelected(true);
        shared.setTooltip(new javafx.scene.control.Tooltip("Compare proxies on the same cells: rows where one proxy is missing "
                + "(e.g. a failed Zen score) are left out for all. Disconnected cells (−∞) have a value: they rank lowest."));
        rowsNote.setId("rowsNote");
        rowsNote.getStyleClass().add("caption");
        rowsNote.setWrapText(true);
        rowsNote.setMinHeight(Region.USE_PREF_SIZE);
        rowsNote.managedProperty().bind(rowsNote.textProperty().isNotEmpty());
        busy.setId("comparisonBusy");
        busy.setMaxSize(18, 18);
        busy.setVisible(false);
        HBox bar = new HBox(8, export, shared, busy, message);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        setSpacing(6);
        setPadding(new Insets(8));
        ceilingNote.setId("ceilingNote");
        ceilingNote.getStyleClass().add("caption");
        ceilingNote.setWrapText(true);
        ceilingNote.setMinHeight(Region.USE_PREF_SIZE);
        ceilingNote.managedProperty().bind(ceilingNote.textProperty().isNotEmpty());
        getChildren().addAll(table, rowsNote, ceilingNote, caption, bar);
    }

    /** Shows these results (replacing the previous ones) and recomputes the best proxy per target. */
    public void setResults(List<Result> list) {
        bestTau.clear();
        for (Result r : list) {
            double tau = r.stats().kendall();
            if (!Double.isNaN(tau)) {
                bestTau.merge(r.target(), tau, Math::max);
            }
        }
        Result ceiling = list.stream().filter(Ceiling::is).findFirst().orElse(null);
        ceilingTau = ceiling == null ? Double.NaN : ceiling.stats().kendall();
        vsCeiling.setVisible(ceiling != null);
        ceilingNote.setText(ceiling == null ? "" : String.format(java.util.Locale.ROOT,
                "Noise ceiling (dashed tick): %s — τ %.3f, ρ %.3f on the %,d rows where both runs exist. "
                        + "Two trainings of the same cells agree this well; no proxy can be expected to rank them better.",
                ceiling.target(), ceiling.stats().kendall(), ceiling.stats().spearman(), ceiling.stats().n()));
        results.setAll(list);
        double pct = list.isEmpty() ? Double.NaN : list.get(0).stats().topKPercent();
        boolean same = list.stream().allMatch(r -> Double.compare(r.stats().topKPercent(), pct) == 0);
        topK.setText(same && !Double.isNaN(pct) ? "top-" + Csv.numberField(pct) + "%" : "top-k");
        table.refresh();
    }

    /** Shows that the figures are being recomputed (they update when done). */
    public javafx.beans.property.BooleanProperty busyProperty() {
        return busy.visibleProperty();
    }

    /** The check box choosing shared rows (bound to the explorer's setting). */
    public javafx.beans.property.BooleanProperty sharedRowsProperty() {
        return shared.selectedProperty();
    }

    /** Says which rows the figures use, one line per target (identical lines once). */
    public void setRowsUsed(List<io.github.sedexplorer.bench.ProxyComparison.RowsUsed> used) {
        java.util.LinkedHashMap<String, List<String>> byCaption = new java.util.LinkedHashMap<>();
        for (var u : used) {
            byCaption.computeIfAbsent(u.caption(), k -> new java.util.ArrayList<>()).add(u.target());
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

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export comparison");
        chooser.setInitialFileName("proxy-comparison.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            writeCsv(file.toPath());
            message.setText("Exported " + file.getName());
        } catch (SedException e) {
            message.setText(Quote.safe(e.getMessage()));
        }
    }

    private static TableColumn<Result, String> text(String name, java.util.function.Function<Result, String> get) {
        TableColumn<Result, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(get.apply(d.getValue())));
        c.setPrefWidth(140);
        return c;
    }

    /** The space of the compared table: some column names (NB101's test_acc) are known only within their space. */
    public void setSpace(io.github.sedexplorer.cell.SearchSpace space) {
        this.space = space;
        table.refresh();
    }

    private TableColumn<Result, String> metric() {
        TableColumn<Result, String> c = text("metric", r -> Ceiling.is(r) ? "run against run"
                : io.github.sedexplorer.bench.Metrics.describe(space, r.target()).label());
        c.setPrefWidth(220);
        return c;
    }

    private static TableColumn<Result, Number> integer(String name, java.util.function.ToIntFunction<Correlation> get) {
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
