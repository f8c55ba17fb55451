package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.FileExport;
import io.github.sedexplorer.ui.editor.Palette;
import io.github.sedexplorer.ui.search.SearchViewModel.Result;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The Search tab: the controls of its {@link SearchViewModel} (algorithm, samples, seed, top, parameter budget,
 * folding, Run and Stop, progress, the evaluation count, status), the best-so-far curve and the results, ranked by
 * score with the table's accuracy where it has them. Double-clicking a result, or "Open best in editor", hands its
 * document to {@link #setOnOpen}; "Export CSV…" saves the results through the {@link FileExport}.
 */
public final class SearchPane extends BorderPane {

    private final SearchViewModel vm;
    private final TableView<Result> results = new TableView<>();
    private final BestCurve curve;
    private Consumer<CellDocument> onOpen = d -> { };

    public SearchPane(SearchViewModel vm, FileExport export) {
        this.vm = vm;
        ChoiceBox<String> algorithm = new ChoiceBox<>(vm.algorithms());
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        algorithm.setId("searchAlgorithm");
        TextField samples = new TextField();
        samples.textProperty().bindBidirectional(vm.samplesProperty());
        samples.setId("searchSamples");
        samples.setPrefColumnCount(8);
        samples.disableProperty().bind(vm.samplesUsedProperty().not());
        samples.setTooltip(new Tooltip(String.format(Locale.ROOT, "Evaluations, 1 to %,d", SearchViewModel.MAX_SAMPLES)));
        Spinner<Integer> seed = spinner(0, Integer.MAX_VALUE, 1, vm.seedProperty());
        seed.disableProperty().bind(vm.samplesUsedProperty().not());
        Spinner<Integer> top = spinner(1, 1000, 1, vm.topProperty());
        TextField budget = new TextField();
        budget.textProperty().bindBidirectional(vm.budgetProperty());
        budget.setId("searchBudget");
        budget.setPromptText("no limit");
        budget.setPrefColumnCount(9);
        CheckBox fold = new CheckBox("Fold isomorphs");
        fold.setId("searchFold");
        fold.selectedProperty().bindBidirectional(vm.foldProperty());
        fold.disableProperty().bind(vm.foldableProperty().not());
        fold.setTooltip(new Tooltip("Isomorphic cells are one network: show the best of each class once, and count the "
                + "others. DARTS cells have two inputs, which isomorphism keys do not handle."));
        Button run = new Button("Run");
        run.setId("searchRun");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.start());
        run.disableProperty().bind(vm.runningProperty());
        Button stop = new Button("Stop");
        stop.setId("searchStop");
        stop.setOnAction(e -> vm.stop());
        stop.disableProperty().bind(vm.runningProperty().not());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("searchProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        Label evaluated = new Label();
        evaluated.setId("searchEvaluated");
        evaluated.textProperty().bind(vm.evaluatedProperty());
        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(vm.statusProperty());
        Button open = new Button("Open best in editor");
        open.setId("searchOpenBest");
        open.setOnAction(e -> vm.best().ifPresent(d -> onOpen.accept(d)));
        open.disableProperty().bind(vm.canOpenBestProperty().not());
        Button csv = new Button("Export CSV…");
        csv.setId("searchExportCsv");
        csv.setOnAction(e -> export.choose("Export search results", FileKind.CSV, FileKind.CSV.suggest("search results"), vm::writeCsv));
        csv.disableProperty().bind(vm.canOpenBestProperty().not());
        FlowPane controls = new FlowPane(8, 8, new Label("Algorithm"), algorithm, new Label("Samples"), samples,
                new Label("Seed"), seed, new Label("Top"), top, new Label("Parameter budget"), budget, fold, run, stop,
                progress, evaluated, open, csv);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Search the space for the highest SED");
        title.getStyleClass().add("panel-title");
        Label method = new Label();
        method.setId("searchMethod");
        method.textProperty().bind(vm.methodProperty().concat(" The editor's model and C are used. With a benchmark "
                + "table loaded, each result shows its accuracy in the table's target column. Double-click a result to "
                + "open it."));
        method.setWrapText(true);
        method.getStyleClass().add("note");
        VBox header = new VBox(8, title, method, controls, status);
        header.setPadding(new Insets(12));
        setTop(header);
        columns();
        setCenter(results);
        curve = new BestCurve(vm.curve());
        setBottom(curve);
    }

    /** An editable spinner whose value is the view-model's property, both ways. */
    private static Spinner<Integer> spinner(int min, int max, int step, IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get(), step);
        s.setEditable(true);
        s.setPrefWidth(120); // room for a seven-digit count; the default width wraps the row at 1024 px
        ObjectProperty<Integer> boxed = value.asObject();
        s.getValueFactory().valueProperty().bindBidirectional(boxed);
        s.getProperties().put(SearchPane.class, boxed); // a bidirectional binding holds its ends weakly
        return s;
    }

    public SearchViewModel viewModel() {
        return vm;
    }

    public void setOnOpen(Consumer<CellDocument> action) {
        onOpen = action;
    }

    public TableView<Result> results() {
        return results;
    }

    BestCurve curve() {
        return curve;
    }

    private void columns() {
        TableColumn<Result, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().rank()));
        TableColumn<Result, String> arch = new TableColumn<>("architecture");
        arch.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().arch()));
        arch.setPrefWidth(560);
        TableColumn<Result, Number> score = new TableColumn<>("score");
        score.setId("searchScore");
        score.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().candidate().score()));
        score.setCellFactory(c -> new ScoreCell());
        // the widest score text, with room for the cell's padding and the header's sort arrow
        score.setMinWidth(Math.max(width("-999.999999"), width("disconnected")) + 36);
        TableColumn<Result, String> params = new TableColumn<>("params");
        params.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(String.format(Locale.ROOT, "%,d", r.getValue().candidate().params())));
        params.setMinWidth(width("99,999,999") + 36);
        TableColumn<Result, Number> isomorphs = new TableColumn<>("isomorphs");
        isomorphs.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().isomorphs()));
        isomorphs.visibleProperty().bind(vm.foldProperty().and(vm.foldableProperty()));
        TableColumn<Result, String> acc = new TableColumn<>("accuracy (table)");
        acc.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(Double.isNaN(r.getValue().accuracy()) ? "—"
                : String.format(Locale.ROOT, "%.3f", r.getValue().accuracy())));
        acc.setPrefWidth(130);
        results.getColumns().setAll(List.of(rank, arch, score, params, isomorphs, acc));
        results.setId("searchResults");
        SortedList<Result> sorted = new SortedList<>(vm.results());
        sorted.comparatorProperty().bind(results.comparatorProperty());
        results.setItems(sorted);
        results.setRowFactory(t -> {
            TableRow<Result> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    onOpen.accept(vm.documentOf(row.getItem()));
                }
            });
            return row;
        });
        results.setPlaceholder(new Label("Run a search to see the best cells here."));
    }

    /** The text's width at 16 px: columns are sized before CSS applies, and the app's theme draws at 14 px. */
    private static double width(String text) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), 16));
        return t.getLayoutBounds().getWidth();
    }

    /** A score as the app writes it, with every digit in the tooltip. */
    private static final class ScoreCell extends TableCell<Result, Number> {
        @Override
        protected void updateItem(Number v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : Palette.score(v.doubleValue()));
            setTooltip(empty || v == null ? null : new Tooltip(Double.toString(v.doubleValue())));
        }
    }
}
