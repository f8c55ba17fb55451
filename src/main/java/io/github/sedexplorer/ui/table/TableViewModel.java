package io.github.sedexplorer.ui.table;

import io.github.sedexplorer.bench.ApiIndex;
import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.RowName;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.tables.ShownTable;
import io.github.sedexplorer.ui.tables.TableScoring;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * The Table tab: the workspace's shown table with a column of the editor's model's scores (at the table's C), and
 * the rows an architecture search matches. Scores and matches are computed in the background, latest wins; the
 * scores are kept while only the search changes.
 */
public final class TableViewModel implements ShownTable {

    /**
     * What the tab shows, published whole.
     *
     * @param scoreName the score column's name: the model's id
     * @param scores    the model's score per row (−∞ for a disconnected cell); not copied, nobody may change it
     * @param rows      the rows the search matches, in table order
     * @param names     each row's name ({@link TableWorkspace#rowName}): "API index 9930", a TransNAS code, "line 12"
     */
    public record TableRows(BenchmarkTable table, String scoreName, double[] scores, String search, int[] rows, String[] names) {
    }

    /** What the scores depend on: the same key gives the same scores. */
    private record ScoreKey(BenchmarkTable table, String modelId, int channels, long catalogVersion) {
    }

    private final TableWorkspace workspace;
    private final ModelCatalog catalog;
    private final ObservableValue<String> modelId;
    private final LatestWins runner;
    private final Notifier notifier;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TableRows> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    // the runner's thread only (its work runs one at a time): the latest scores, row names and searchable texts
    private ScoreKey scoredKey;
    private double[] scored;
    private BenchmarkTable lowered;
    private ApiIndex loweredIndex;
    private String[] names;
    private String[] lowerTexts;

    /**
     * @param modelId  the editor's model: its scores are the table's score column
     * @param notifier says which row a click selected
     */
    public TableViewModel(TableWorkspace workspace, ObservableValue<String> modelId, LatestWins runner, Notifier notifier) {
        this.workspace = workspace;
        this.notifier = notifier;
        this.catalog = workspace.scoring().catalog();
        this.modelId = modelId;
        this.runner = runner;
        workspace.shownProperty().addListener((o, a, t) -> {
            selected.set(-1);
            recompute();
        });
        // a table that provides the API index, loaded or closed, renames the rows of the others
        workspace.tables().addListener((ListChangeListener<BenchmarkTable>) c -> recompute());
        workspace.scoringProperty().addListener((o, a, b) -> {
            if (workspace.shown() != null && b.changes(a, workspace.shown())) {
                recompute();
            }
        });
        modelId.addListener((o, a, b) -> recompute());
        search.addListener((o, a, b) -> recompute());
        recompute();
    }

    private void recompute() {
        BenchmarkTable t = workspace.shown();
        String id = modelId.getValue();
        if (t == null) {
            runner.submit("Cannot close the table", job -> keepOnly(null), r -> rows.set(null));
            return;
        }
        TableScoring scoring = workspace.scoring();
        SedModel model = scoring.model(id, t);
        ScoreKey key = new ScoreKey(t, id, model.opEntropy().channels(), scoring.catalogRevision());
        String text = search.get();
        ApiIndex index = workspace.apiIndexFor(t).orElse(null);
        runner.submit("Cannot show " + t.source(), job -> {
            keepOnly(t);
            double[] scores = scores(key, model);
            texts(t, index);
            return new TableRows(t, id, scores, text, matching(t, text, job), names);
        }, rows::set);
    }

    /** Lets go of what is kept of any other table (a closed one): on the runner's thread. */
    private Void keepOnly(BenchmarkTable t) {
        if (scoredKey != null && scoredKey.table() != t) {
            scoredKey = null;
            scored = null;
        }
        if (lowered != t) {
            lowered = null;
            names = null;
            lowerTexts = null;
        }
        return null;
    }

    /** The model's scores of every row, kept for the next request with the same key (on the runner's thread). */
    private double[] scores(ScoreKey key, SedModel model) {
        if (!key.equals(scoredKey)) {
            scored = Proxy.sed(model).scores(key.table());
            scoredKey = key;
        }
        return scored;
    }

    /**
     * Each row's name and everything a search looks in, lower-cased: the file's architecture text, the space's
     * canonical text, every text column (a TransNAS table's NB201 {@code cell} strings) and the row's name (on the
     * runner's thread).
     */
    private void texts(BenchmarkTable t, ApiIndex index) {
        if (lowered == t && loweredIndex == index) {
            return;
        }
        ArchitectureFormat canonical = ArchitectureFormats.forSpace(t.space());
        List<String> textColumns = t.textNames();
        int n = t.rows();
        names = new String[n];
        lowerTexts = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = RowName.of(t, i, index);
            Set<String> all = new LinkedHashSet<>();
            all.add(t.archText(i));
            all.add(canonical.format(t.architecture(i)));
            for (String column : textColumns) {
                all.add(Objects.requireNonNullElse(t.text(column, i), ""));
            }
            all.add(names[i]);
            lowerTexts[i] = String.join("\n", all).toLowerCase(Locale.ROOT);
        }
        lowered = t;
        loweredIndex = index;
    }

    /** The rows whose texts hold every space-separated term, case aside (on the runner's thread). */
    private int[] matching(BenchmarkTable t, String text, LatestWins.Job job) {
        String[] terms = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        int n = t.rows();
        if (terms.length == 1 && terms[0].isEmpty()) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] found = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0 && job.stale()) {
                throw new CancellationException("a newer search came first");
            }
            if (matchesAll(lowerTexts[i], terms)) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean matchesAll(String text, String[] terms) {
        for (String term : terms) {
            if (!text.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table's numeric columns in the order shown, after the score column: the targets (accuracies), then the other
     * proxies' scores, then the rest (indices, run counts); the text columns follow them.
     */
    public static List<String> metricOrder(BenchmarkTable t) {
        List<String> targets = ProxyComparison.accuracyColumns(t);
        Set<String> order = new LinkedHashSet<>(targets);
        ProxyComparison.columnProxies(t, targets).forEach(p -> order.add(p.name()));
        order.addAll(t.metricNames());
        return List.copyOf(order);
    }

    /** A click on a row (a table row index): it is selected, and the status line says which. */
    public void select(int row) {
        TableRows r = rows.get();
        if (r == null || row < 0 || row >= r.table().rows()) {
            return;
        }
        selected.set(row);
        notifier.info("Selected " + r.names()[row] + " of " + r.table().source() + ": " + r.table().archText(row));
    }

    /** The selected row (a table row index), or −1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Space-separated terms a row's texts must all hold, case aside; "" for every row. */
    public StringProperty searchProperty() {
        return search;
    }

    /** What the tab shows once computed; null while no table is shown. */
    public ReadOnlyObjectProperty<TableRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public TableRows rows() {
        return rows.get();
    }

    /** True while scores or matches are being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }

    @Override
    public TableWorkspace workspace() {
        return workspace;
    }
}
