package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.search.Candidate;
import io.github.sedexplorer.search.Search;
import io.github.sedexplorer.search.SearchListener;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.chart.ChartViewModel;
import io.github.sedexplorer.ui.common.Failures;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
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
 * SED-driven search in the editor's space: exhaustive for NB201 and TransNAS micro, random or
 * regularized evolution elsewhere, with an optional parameter budget. Runs in the background with
 * progress and Stop; results are ranked by score, with the loaded table's accuracy when it holds them.
 */
public final class SearchPane extends BorderPane {

    /** One result row: rank, candidate, and the accuracy in the loaded table (NaN when absent). */
    public record Result(int rank, Candidate candidate, String arch, double accuracy) {
    }

    private final EditorViewModel editor;
    private final ChartViewModel explorer;
    private final ChoiceBox<String> algorithm = new ChoiceBox<>(FXCollections.observableArrayList("exhaustive", "random", "evolution"));
    private final Spinner<Integer> samples = new Spinner<>(10, 1_000_000, 1000, 100);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final Spinner<Integer> top = new Spinner<>(1, 1000, 20);
    private final TextField budget = new TextField();
    private final Button run = new Button("Run");
    private final Button stop = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final TableView<Result> results = new TableView<>();
    private Task<List<Candidate>> task;
    private Consumer<CellDocument> onOpen = d -> { };

    public SearchPane(EditorViewModel editor, ChartViewModel explorer) {
        this.editor = editor;
        this.explorer = explorer;
        algorithm.setId("searchAlgorithm");
        samples.setId("searchSamples");
        samples.setEditable(true);
        seed.setEditable(true);
        top.setEditable(true);
        budget.setId("searchBudget");
        budget.setPromptText("no limit");
        budget.setPrefColumnCount(9);
        run.setId("searchRun");
        stop.setId("searchStop");
        status.setId("searchStatus");
        progress.setId("searchProgress");
        progress.setPrefWidth(220);
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        stop.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        stop.setDisable(true);
        Button open = new Button("Open best in editor");
        open.setId("searchOpenBest");
        open.setOnAction(e -> {
            if (!results.getItems().isEmpty()) {
                openResult(results.getItems().get(0));
            }
        });
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
        VBox top = new VBox(8, title, hint, controls, status);
        top.setPadding(new Insets(12));
        setTop(top);
        columns();
        setCenter(results);
        editor.documentProperty().addListener((o, a, d) -> defaults());
        defaults();
    }

    public void setOnOpen(Consumer<CellDocument> action) {
        onOpen = action;
    }

    public TableView<Result> results() {
        return results;
    }

    private void defaults() {
        if (editor.getDocument() == null) {
            return;
        }
        SearchSpace s = editor.getDocument().architecture().space();
        algorithm.setValue(SpaceEnumerator.enumerable(s) ? "exhaustive" : "evolution");
        status.setText("Space: " + s.displayName() + (SpaceEnumerator.enumerable(s)
                ? String.format(Locale.ROOT, " (%,d cells)", SpaceEnumerator.size(s)) : ""));
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
        results.setRowFactory(t -> {
            TableRow<Result> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openResult(row.getItem());
                }
            });
            return row;
        });
        results.setPlaceholder(new Label("Run a search to see the best cells here."));
    }

    private void openResult(Result r) {
        onOpen.accept(new CellDocument(r.candidate().architecture(), null,
                "Search result #" + r.rank() + " (" + Palette.score(r.candidate().score()) + ")", ""));
    }

    /** Starts a search in the background; a running one is stopped first. */
    public void start() {
        if (task != null) {
            task.cancel();
        }
        SearchSpace space = editor.getDocument().architecture().space();
        SedModel model = editor.models().create(editor.modelIdProperty().get(), editor.channelsProperty().get());
        long limit;
        try {
            limit = budget.getText().isBlank() ? 0 : Long.parseLong(budget.getText().strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            status.setText("Parameter budget: '" + budget.getText() + "' is not a whole number");
            return;
        }
        String algo = algorithm.getValue();
        int n = samples.getValue();
        long s = seed.getValue();
        int k = top.getValue();
        Task<List<Candidate>> t = new Task<>() {
            @Override
            protected List<Candidate> call() {
                SearchListener listener = new SearchListener() {
                    @Override
                    public void progress(long evaluated, long total) {
                        updateProgress(evaluated, Math.max(1, total));
                    }

                    @Override
                    public boolean stopped() {
                        return isCancelled();
                    }
                };
                return switch (algo) {
                    case "exhaustive" -> Search.exhaustive(space, model, limit, k, listener);
                    case "random" -> Search.random(space, model, limit, n, s, k, listener);
                    default -> Search.evolution(space, model, limit, n, s, k, listener);
                };
            }
        };
        task = t;
        progress.progressProperty().bind(t.progressProperty());
        run.setDisable(true);
        stop.setDisable(false);
        status.setText("Searching " + space.displayName() + " (" + algo + ") …");
        t.setOnSucceeded(e -> done(t, t.getValue(), space, algo));
        t.setOnCancelled(e -> done(t, null, space, algo));
        t.setOnFailed(e -> {
            done(t, null, space, algo);
            Throwable x = t.getException();
            status.setText("Search failed: " + Failures.describe("search of " + space.id(), x));
        });
        Thread thread = new Thread(t, "search");
        thread.setDaemon(true);
        thread.start();
    }

    private void done(Task<?> t, List<Candidate> found, SearchSpace space, String algo) {
        if (t != task) {
            return;
        }
        task = null;
        progress.progressProperty().unbind();
        run.setDisable(false);
        stop.setDisable(true);
        if (found == null) {
            status.setText("Search stopped");
            return;
        }
        BenchmarkTable table = explorer.getTable();
        String target = explorer.targetProperty().get();
        double[] acc = table != null && table.space() == space && target != null && table.hasMetric(target) ? table.metric(target) : null;
        var format = ArchitectureFormats.forSpace(space);
        List<Result> rows = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            int row = acc == null ? -1 : explorer.rowOf(c.architecture());
            rows.add(new Result(i + 1, c, format.format(c.architecture()), row >= 0 ? acc[row] : Double.NaN));
        }
        results.getItems().setAll(rows);
        status.setText(String.format(Locale.ROOT, "%s search of %s: best %s%s", algo, space.displayName(),
                found.isEmpty() ? "none within the budget" : Palette.score(found.get(0).score()),
                acc != null ? " · accuracy from " + table.source() + " (" + target + ")" : ""));
    }
}
