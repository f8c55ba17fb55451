package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.cell.CellDocument;
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
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The Search tab: the controls of its {@link SearchViewModel} (algorithm, samples, seed, top, parameter budget,
 * Run and Stop, progress, status) and its results, ranked by score with the table's accuracy where it has them.
 * Double-clicking a result, or "Open best in editor", hands its document to {@link #setOnOpen}.
 */
public final class SearchPane extends BorderPane {

    private final SearchViewModel vm;
    private final TableView<Result> results = new TableView<>();
    private Consumer<CellDocument> onOpen = d -> { };

    public SearchPane(SearchViewModel vm) {
        this.vm = vm;
        ChoiceBox<String> algorithm = new ChoiceBox<>(vm.algorithms());
        algorithm.valueProperty().bindBidirectional(vm.algorithmProperty());
        algorithm.setId("searchAlgorithm");
        Spinner<Integer> samples = spinner(10, 1_000_000, 100, vm.samplesProperty());
        samples.setId("searchSamples");
        Spinner<Integer> seed = spinner(0, Integer.MAX_VALUE, 1, vm.seedProperty());
        Spinner<Integer> top = spinner(1, 1000, 1, vm.topProperty());
        TextField budget = new TextField();
        budget.textProperty().bindBidirectional(vm.budgetProperty());
        budget.setId("searchBudget");
        budget.setPromptText("no limit");
        budget.setPrefColumnCount(9);
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
        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(vm.statusProperty());
        Button open = new Button("Open best in editor");
        open.setId("searchOpenBest");
        open.setOnAction(e -> vm.best().ifPresent(d -> onOpen.accept(d)));
        FlowPane controls = new FlowPane(8, 8, new Label("Algorithm"), algorithm, new Label("Samples"), samples,
                new Label("Seed"), seed, new Label("Top"), top, new Label("Parameter budget"), budget, run, stop, progress, open);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Search the space for the highest SED");
        title.getStyleClass().add("panel-title");
        Label hint = new Label("Searches the editor's space with its model and C. NB201 and TransNAS micro are searched "
                + "exhaustively; NAS-Bench-101 and DARTS by random sampling or regularized evolution. With a benchmark table "
                + "loaded, each result shows its accuracy in the table's target column. Double-click a result to open it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("note");
        VBox header = new VBox(8, title, hint, controls, status);
        header.setPadding(new Insets(12));
        setTop(header);
        columns();
        setCenter(results);
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

    private void columns() {
        TableColumn<Result, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().rank()));
        TableColumn<Result, String> arch = new TableColumn<>("architecture");
        arch.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().arch()));
        arch.setPrefWidth(560);
        TableColumn<Result, String> score = new TableColumn<>("score");
        score.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(Palette.score(r.getValue().candidate().score())));
        TableColumn<Result, String> params = new TableColumn<>("params");
        params.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(String.format(Locale.ROOT, "%,d", r.getValue().candidate().params())));
        TableColumn<Result, String> acc = new TableColumn<>("accuracy (table)");
        acc.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(Double.isNaN(r.getValue().accuracy()) ? "—"
                : String.format(Locale.ROOT, "%.3f", r.getValue().accuracy())));
        acc.setPrefWidth(130);
        results.getColumns().setAll(List.of(rank, arch, score, params, acc));
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
}
