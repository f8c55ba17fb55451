package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.cell.TransNasCode;
import io.github.sedexplorer.search.Candidate;
import io.github.sedexplorer.search.Folded;
import io.github.sedexplorer.search.Outcome;
import io.github.sedexplorer.search.Search;
import io.github.sedexplorer.search.Search.Algorithm;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.editor.Palette;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.ToIntBiFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Search tab's state: SED-driven search in the editor's space with the editor's resolved model (weights are
 * counted at its C): exhaustive where the space can be enumerated, random or regularized evolution everywhere, with
 * an optional parameter budget. One search runs at a time in the background (a new one replaces it); Stop ends it
 * and shows the best of what it evaluated. While it runs, the evaluation count and the best-so-far curve follow it a
 * few times a second. Results are ranked by score, isomorphic duplicates folded by default, with the accuracy of the
 * given table's target column where it holds the architecture, joined again whenever the table or target changes.
 */
public final class SearchViewModel {

    /** One result row: rank, candidate, its arch text, the accuracy in the table (NaN when absent), isomorphs folded. */
    public record Result(int rank, Candidate candidate, String arch, double accuracy, int isomorphs) {
    }

    /** A point of the best-so-far curve: the best score after that many evaluations. */
    public record Point(long evaluations, double best) {
    }

    /** A finished (or stopped) search: where, how, and what it found. */
    private record Found(SearchSpace space, Algorithm algorithm, Outcome outcome) {
    }

    public static final String EXHAUSTIVE = Algorithm.EXHAUSTIVE.id();
    public static final String RANDOM = Algorithm.RANDOM.id();
    public static final String EVOLUTION = Algorithm.EVOLUTION.id();
    /** The most evaluations a random or evolution search in the app may ask for. */
    public static final int MAX_SAMPLES = 1_000_000;

    private final ObservableValue<SedModel> model;
    private final ObservableValue<BenchmarkTable> table;
    private final ObservableValue<String> target;
    private final ToIntBiFunction<BenchmarkTable, Architecture> rowOf;
    private final LatestWins runner;
    private final LongSupplier nanoClock;
    private final ObservableList<String> algorithmList = FXCollections.observableArrayList(EXHAUSTIVE, RANDOM, EVOLUTION);
    private final ObservableList<String> algorithms = FXCollections.unmodifiableObservableList(algorithmList);
    private final StringProperty algorithm = new SimpleStringProperty(this, "algorithm", EXHAUSTIVE);
    private final StringProperty samples = new SimpleStringProperty(this, "samples", "1000");
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 0);
    private final IntegerProperty top = new SimpleIntegerProperty(this, "top", 20);
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");
    private final BooleanProperty fold = new SimpleBooleanProperty(this, "fold", true);
    private final ReadOnlyBooleanWrapper foldable = new ReadOnlyBooleanWrapper(this, "foldable", true);
    private final ReadOnlyStringWrapper method = new ReadOnlyStringWrapper(this, "method", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper evaluated = new ReadOnlyStringWrapper(this, "evaluated", "");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ObservableList<Result> shownResults = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<Point> curve = FXCollections.observableArrayList();
    private final ObservableList<Point> shownCurve = FXCollections.unmodifiableObservableList(curve);
    private final BooleanBinding canOpenBest = Bindings.isNotEmpty(results);
    private final BooleanBinding samplesUsed = algorithm.isNotEqualTo(EXHAUSTIVE);
    private final ObservableValue<SearchSpace> editorSpace;
    private volatile LiveSearch live;
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
        this(document, model, table, target, rowOf, runner, System::nanoTime);
    }

    /** As the public constructor, with the clock that spaces live updates (tests). */
    SearchViewModel(ObservableValue<CellDocument> document, ObservableValue<SedModel> model,
            ObservableValue<BenchmarkTable> table, ObservableValue<String> target,
            ToIntBiFunction<BenchmarkTable, Architecture> rowOf, LatestWins runner, LongSupplier nanoClock) {
        this.model = model;
        this.table = table;
        this.target = target;
        this.rowOf = rowOf;
        this.runner = runner;
        this.nanoClock = nanoClock;
        editorSpace = document.map(d -> d.architecture().space());
        editorSpace.addListener((o, a, s) -> defaults(s));
        table.addListener((o, a, b) -> rejoin());
        target.addListener((o, a, b) -> rejoin());
        fold.addListener((o, a, b) -> rejoin());
        runner.progressProperty().addListener((o, a, b) -> follow());
        defaults(editorSpace.getValue());
    }

    /** A new space: the algorithms it allows, the one that suits it, and what they do there. */
    private void defaults(SearchSpace s) {
        if (s == null) {
            return;
        }
        boolean enumerable = SpaceEnumerator.enumerable(s);
        String suited = enumerable ? EXHAUSTIVE : EVOLUTION;
        // the choice box may clear its value while its items change; the algorithm is set again after
        algorithm.set(suited);
        algorithmList.setAll(enumerable ? List.of(EXHAUSTIVE, RANDOM, EVOLUTION) : List.of(RANDOM, EVOLUTION));
        algorithm.set(suited);
        foldable.set(Search.foldable(s));
        method.set(enumerable
                ? String.format(Locale.ROOT, "%s has %,d cells: exhaustive search scores every one; random sampling and "
                        + "regularized evolution are there to compare with.", s.displayName(), SpaceEnumerator.size(s))
                : s.displayName() + " is too large to enumerate: it is searched by random sampling or regularized "
                        + "evolution, as many evaluations as Samples says.");
        status.set("Space: " + s.displayName() + (enumerable
                ? String.format(Locale.ROOT, " (%,d cells)", SpaceEnumerator.size(s)) : ""));
    }

    /**
     * Starts a search of the editor's space in the background; one running is dropped. A budget or a number of
     * samples that cannot be used is said in the status, and nothing runs.
     *
     * @return whether a search started
     */
    public boolean start() {
        SearchSpace space = editorSpace.getValue();
        SedModel m = model.getValue();
        if (space == null || m == null) {
            return false;
        }
        if (!algorithmList.contains(algorithm.get())) {
            status.set("Algorithm: choose " + String.join(" or ", algorithmList) + " for " + space.displayName());
            return false;
        }
        Algorithm algo = Algorithm.valueOf(algorithm.get().toUpperCase(Locale.ROOT));
        long limit;
        String text = budget.get() == null ? "" : budget.get();
        try {
            limit = text.isBlank() ? 0 : Long.parseLong(number(text));
        } catch (NumberFormatException e) {
            status.set("Parameter budget: '" + text + "' is not a whole number");
            return false;
        }
        int n = 0;
        if (algo != Algorithm.EXHAUSTIVE) {
            Optional<String> refused = samplesRefused();
            if (refused.isPresent()) {
                status.set(refused.get());
                return false;
            }
            n = Integer.parseInt(number(samples.get()));
        }
        int count = n;
        long s = seed.get();
        int k = top.get();
        status.set("Searching " + space.displayName() + " (" + algo.id() + ") …");
        evaluated.set("");
        curve.clear();
        LiveSearch run = new LiveSearch(nanoClock);
        live = run;
        runner.submit("Cannot search " + space.displayName() + " (" + algo.id() + ")",
                job -> Search.run(algo, space, m, limit, count, s, k, run.on(job)), outcome -> {
            live = null;
            curve.setAll(run.snapshot().curve()); // the improvements since the last live update
            found = new Found(space, algo, outcome);
            show();
        }, () -> status.set("Search failed (the status bar says why)"));
        return true;
    }

    /** Why the samples cannot be used, if they cannot: not a whole number, below 1, above {@link #MAX_SAMPLES}. */
    private Optional<String> samplesRefused() {
        String text = samples.get() == null ? "" : samples.get();
        long n;
        try {
            n = Long.parseLong(number(text));
        } catch (NumberFormatException e) {
            return Optional.of("Samples: '" + text + "' is not a whole number");
        }
        if (n < 1) {
            return Optional.of("Samples: a search needs at least 1 evaluation, not " + text.strip());
        }
        if (n > MAX_SAMPLES) {
            return Optional.of(String.format(Locale.ROOT, "Samples: %s is above the maximum of %,d evaluations; "
                    + "nothing ran", text.strip(), MAX_SAMPLES));
        }
        return Optional.empty();
    }

    private static String number(String text) {
        return text.strip().replace(",", "").replace("_", "");
    }

    /** Ends the running search; what it found so far is shown, as when it finishes. */
    public void stop() {
        LiveSearch running = live;
        if (runner.runningProperty().get() && running != null && !running.stopRequested()) {
            running.stop();
            status.set("Stopping …");
        }
    }

    /** On the FX thread, when the running search has posted progress: its count and curve. */
    private void follow() {
        LiveSearch running = live;
        if (running != null && runner.runningProperty().get()) {
            LiveSearch.Snapshot now = running.snapshot();
            evaluated.set(String.format(Locale.ROOT, "%,d evaluated", now.evaluated()));
            if (now.curve().size() > curve.size()) {
                curve.addAll(now.curve().subList(curve.size(), now.curve().size()));
            }
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
        Outcome outcome = found.outcome();
        double[] acc = t != null && t.space() == space && column != null && t.hasMetric(column) ? t.metric(column) : null;
        boolean folded = folded();
        List<Folded> shown = folded ? outcome.folded() : outcome.best().stream().map(c -> new Folded(c, 0)).toList();
        List<Result> rows = new ArrayList<>();
        for (Folded f : shown) {
            Candidate c = f.candidate();
            int row = acc == null ? -1 : rowOf.applyAsInt(t, c.architecture());
            rows.add(new Result(rows.size() + 1, c, text(c.architecture()), row >= 0 ? acc[row] : Double.NaN, f.isomorphs()));
        }
        results.setAll(rows);
        evaluated.set(String.format(Locale.ROOT, "%,d evaluated", outcome.evaluated()));
        Candidate best = outcome.best().isEmpty() ? null : outcome.best().get(0);
        if (best != null && (curve.isEmpty() || curve.get(curve.size() - 1).evaluations() < outcome.evaluated())) {
            curve.add(new Point(outcome.evaluated(), best.score())); // the curve runs to the last evaluation
        }
        status.set(String.format(Locale.ROOT, "%s search of %s%s: best %s%s%s", found.algorithm().id(), space.displayName(),
                outcome.stopped() ? String.format(Locale.ROOT, " stopped after %,d of %,d evaluations", outcome.evaluated(),
                        outcome.total()) : "",
                best == null ? (outcome.stopped() ? "none yet" : "none within the budget") : Palette.score(best.score()),
                folded ? String.format(Locale.ROOT, " · %,d isomorphic duplicates folded", outcome.isomorphsFolded()) : "",
                acc != null ? " · accuracy from " + t.source() + " (" + column + ")" : ""));
    }

    /** Whether the results shown are folded: folding is on and the last search's space has isomorphism keys. */
    private boolean folded() {
        return fold.get() && found != null && found.outcome().foldable();
    }

    /** The arch in its benchmark's spelling: TransNAS micro cells as TransNAS codes. */
    static String text(Architecture a) {
        return a.space() == SearchSpace.TRANSNAS_MICRO ? TransNasCode.format(a.cell())
                : ArchitectureFormats.forSpace(a.space()).format(a);
    }

    /** The results as CSV: rank, score, params, arch; the target column when joined; isomorphs when folded. */
    public String csv() {
        return SearchCsv.of(results, target.getValue(), folded());
    }

    /** Writes {@link #csv} to the file, atomically. */
    public void writeCsv(Path file) {
        CellFile.writeAtomically(csv(), file, "CSV file");
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

    /** True while there is a best result to open (and results to export). */
    public BooleanBinding canOpenBestProperty() {
        return canOpenBest;
    }

    /** The algorithms the editor's space allows: exhaustive only where it can be enumerated; random, evolution. */
    public ObservableList<String> algorithms() {
        return algorithms;
    }

    public StringProperty algorithmProperty() {
        return algorithm;
    }

    /** Evaluations for random and evolution, as typed (commas and underscores allowed; 1 to {@link #MAX_SAMPLES}). */
    public StringProperty samplesProperty() {
        return samples;
    }

    /** Whether the algorithm uses Samples (exhaustive search does not). */
    public BooleanBinding samplesUsedProperty() {
        return samplesUsed;
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

    /** Whether isomorphic cells show as one row, their best (on by default), where the space has isomorphism keys. */
    public BooleanProperty foldProperty() {
        return fold;
    }

    /** Whether the editor's space has isomorphism keys (DARTS has not). */
    public ReadOnlyBooleanProperty foldableProperty() {
        return foldable.getReadOnlyProperty();
    }

    /** How the editor's space is searched, in a sentence. */
    public ReadOnlyStringProperty methodProperty() {
        return method.getReadOnlyProperty();
    }

    /** What the search is doing or found, or why it did not start. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String status() {
        return status.get();
    }

    /** "12,345 evaluated", following a running search a few times a second; empty before the first search. */
    public ReadOnlyStringProperty evaluatedProperty() {
        return evaluated.getReadOnlyProperty();
    }

    /** The best score so far against evaluations: a point for each improvement, then one at the last evaluation. */
    public ObservableList<Point> curve() {
        return shownCurve;
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
