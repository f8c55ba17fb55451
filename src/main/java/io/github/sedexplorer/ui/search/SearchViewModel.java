package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.search.Candidate;
import io.github.sedexplorer.search.Search;
import io.github.sedexplorer.search.SearchListener;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.editor.Palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntBiFunction;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Search tab's state: SED-driven search in the editor's space with the editor's resolved model (weights are
 * counted at its C): exhaustive for NB201 and TransNAS micro, random or regularized evolution elsewhere, with an
 * optional parameter budget. One search runs at a time in the background (a new one replaces it; Stop drops it),
 * with progress; results are ranked by score, with the accuracy of the given table's target column where it holds
 * the architecture, joined again whenever the table or target changes.
 */
public final class SearchViewModel {

    /** One result row: rank, candidate, and the accuracy in the table (NaN when absent). */
    public record Result(int rank, Candidate candidate, String arch, double accuracy) {
    }

    /** A finished search: where, how, and what it found, best first. */
    private record Found(SearchSpace space, String algorithm, List<Candidate> candidates) {
    }

    public static final String EXHAUSTIVE = "exhaustive";
    public static final String RANDOM = "random";
    public static final String EVOLUTION = "evolution";

    private final ObservableValue<SedModel> model;
    private final ObservableValue<BenchmarkTable> table;
    private final ObservableValue<String> target;
    private final ToIntBiFunction<BenchmarkTable, Architecture> rowOf;
    private final LatestWins runner;
    private final ObservableList<String> algorithms = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(EXHAUSTIVE, RANDOM, EVOLUTION));
    private final StringProperty algorithm = new SimpleStringProperty(this, "algorithm", EXHAUSTIVE);
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", 1000);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 0);
    private final IntegerProperty top = new SimpleIntegerProperty(this, "top", 20);
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ObservableList<Result> shownResults = FXCollections.unmodifiableObservableList(results);
    private final ObservableValue<SearchSpace> editorSpace;
    private Found found;

    /**
     * @param document the editor's document: its space is searched
     * @param model    the editor's resolved model (it carries its C)
     * @param table    the table whose accuracy results show (null: none)
     * @param target   the table's column that results show (null: none)
     * @param rowOf    the row of a table holding an architecture, or −1
     * @param runner   runs the search; results are published on its FX executor
     */
    public SearchViewModel(ObservableValue<CellDocument> document, ObservableValue<SedModel> model,
            ObservableValue<BenchmarkTable> table, ObservableValue<String> target,
            ToIntBiFunction<BenchmarkTable, Architecture> rowOf, LatestWins runner) {
        this.model = model;
        this.table = table;
        this.target = target;
        this.rowOf = rowOf;
        this.runner = runner;
        editorSpace = document.map(d -> d.architecture().space());
        editorSpace.addListener((o, a, s) -> defaults(s));
        table.addListener((o, a, b) -> rejoin());
        target.addListener((o, a, b) -> rejoin());
        defaults(editorSpace.getValue());
    }

    /** A new space: the algorithm that suits it, and its size. */
    private void defaults(SearchSpace s) {
        if (s == null) {
            return;
        }
        algorithm.set(SpaceEnumerator.enumerable(s) ? EXHAUSTIVE : EVOLUTION);
        status.set("Space: " + s.displayName() + (SpaceEnumerator.enumerable(s)
                ? String.format(Locale.ROOT, " (%,d cells)", SpaceEnumerator.size(s)) : ""));
    }

    /**
     * Starts a search of the editor's space in the background; one running is dropped. A budget that is not a
     * whole number is said in the status, and nothing runs.
     *
     * @return whether a search started
     */
    public boolean start() {
        SearchSpace space = editorSpace.getValue();
        SedModel m = model.getValue();
        if (space == null || m == null) {
            return false;
        }
        long limit;
        String text = budget.get() == null ? "" : budget.get();
        try {
            limit = text.isBlank() ? 0 : Long.parseLong(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            status.set("Parameter budget: '" + text + "' is not a whole number");
            return false;
        }
        String algo = algorithm.get();
        int n = samples.get();
        long s = seed.get();
        int k = top.get();
        status.set("Searching " + space.displayName() + " (" + algo + ") …");
        runner.submit("Cannot search " + space.displayName() + " (" + algo + ")", job -> {
            SearchListener listener = new SearchListener() {
                @Override
                public void progress(long evaluated, long total) {
                    job.progress(evaluated, Math.max(1, total));
                }

                @Override
                public boolean stopped() {
                    return job.stale();
                }
            };
            return switch (algo) {
                case EXHAUSTIVE -> Search.exhaustive(space, m, limit, k, listener);
                case RANDOM -> Search.random(space, m, limit, n, s, k, listener);
                default -> Search.evolution(space, m, limit, n, s, k, listener);
            };
        }, candidates -> {
            found = new Found(space, algo, List.copyOf(candidates));
            show();
        }, () -> status.set("Search failed (the status bar says why)"));
        return true;
    }

    /** Stops the running search; what it found so far is dropped. */
    public void stop() {
        if (runner.runningProperty().get()) {
            runner.cancel();
            status.set("Search stopped");
        }
    }

    /** The last search's results joined again with the table's accuracy, unless a search is running. */
    private void rejoin() {
        if (found != null && !runner.runningProperty().get()) {
            show();
        }
    }

    private void show() {
        BenchmarkTable t = table.getValue();
        String column = target.getValue();
        SearchSpace space = found.space();
        double[] acc = t != null && t.space() == space && column != null && t.hasMetric(column) ? t.metric(column) : null;
        ArchitectureFormat format = ArchitectureFormats.forSpace(space);
        List<Candidate> candidates = found.candidates();
        List<Result> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int row = acc == null ? -1 : rowOf.applyAsInt(t, c.architecture());
            rows.add(new Result(i + 1, c, format.format(c.architecture()), row >= 0 ? acc[row] : Double.NaN));
        }
        results.setAll(rows);
        status.set(String.format(Locale.ROOT, "%s search of %s: best %s%s", found.algorithm(), space.displayName(),
                candidates.isEmpty() ? "none within the budget" : Palette.score(candidates.get(0).score()),
                acc != null ? " · accuracy from " + t.source() + " (" + column + ")" : ""));
    }

    /** The document a result opens as in the editor. */
    public CellDocument documentOf(Result r) {
        return new CellDocument(r.candidate().architecture(), null,
                "Search result #" + r.rank() + " (" + Palette.score(r.candidate().score()) + ")", "");
    }

    /** The best result's document, if a search found any. */
    public Optional<CellDocument> best() {
        return results.isEmpty() ? Optional.empty() : Optional.of(documentOf(results.get(0)));
    }

    /** The algorithms offered: exhaustive, random, evolution. */
    public ObservableList<String> algorithms() {
        return algorithms;
    }

    public StringProperty algorithmProperty() {
        return algorithm;
    }

    /** Evaluations for random and evolution. */
    public IntegerProperty samplesProperty() {
        return samples;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** How many of the best to keep. */
    public IntegerProperty topProperty() {
        return top;
    }

    /** The parameter budget as typed: blank for no limit, else a whole number (commas and underscores allowed). */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** What the search is doing or found, or why it did not start. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String status() {
        return status.get();
    }

    /** The last search's results, best first (read-only). */
    public ObservableList<Result> results() {
        return shownResults;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    /** The running search's progress, 0 to 1, or −1 while it has said none. */
    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }
}
