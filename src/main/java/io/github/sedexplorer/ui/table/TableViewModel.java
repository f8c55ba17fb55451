package io.github.sedexplorer.ui.table;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.tables.TableScoring;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Table tab: the workspace's shown table with a column of the editor's model's scores (at the table's C), and
 * the rows an architecture search matches. Scores and matches are computed in the background, latest wins; the
 * scores are kept while only the search changes.
 */
public final class TableViewModel {

    /**
     * What the tab shows, published whole.
     *
     * @param scoreName the score column's name: the model's id
     * @param scores    the model's score per row (−∞ for a disconnected cell); not copied, nobody may change it
     * @param rows      the rows the search matches, in table order
     */
    public record TableRows(BenchmarkTable table, String scoreName, double[] scores, String search, int[] rows) {
    }

    /** What the scores depend on: the same key gives the same scores. */
    private record ScoreKey(BenchmarkTable table, String modelId, int channels, long catalogVersion) {
    }

    private final TableWorkspace workspace;
    private final ModelCatalog catalog;
    private final ObservableValue<String> modelId;
    private final LatestWins runner;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TableRows> rows = new ReadOnlyObjectWrapper<>();
    // the runner's thread only (its work runs one at a time): the latest scores and lower-cased arch texts
    private ScoreKey scoredKey;
    private double[] scored;
    private BenchmarkTable lowered;
    private String[] lowerArchTexts;

    /** @param modelId the editor's model: its scores are the table's score column */
    public TableViewModel(TableWorkspace workspace, ObservableValue<String> modelId, LatestWins runner) {
        this.workspace = workspace;
        this.catalog = workspace.scoring().catalog();
        this.modelId = modelId;
        this.runner = runner;
        workspace.shownProperty().addListener((o, a, t) -> recompute());
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
        runner.submit("Cannot show " + t.source(), job -> {
            keepOnly(t);
            double[] scores = scores(key, model);
            return new TableRows(t, id, scores, text, matching(t, text, job));
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
            lowerArchTexts = null;
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

    /** The rows whose architecture text holds every space-separated term, case aside (on the runner's thread). */
    private int[] matching(BenchmarkTable t, String text, LatestWins.Job job) {
        String[] terms = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        int n = t.rows();
        if (terms.length == 1 && terms[0].isEmpty()) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        if (lowered != t) {
            lowerArchTexts = new String[n];
            for (int i = 0; i < n; i++) {
                lowerArchTexts[i] = t.archText(i).toLowerCase(Locale.ROOT);
            }
            lowered = t;
        }
        int[] found = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0 && job.stale()) {
                throw new CancellationException("a newer search came first");
            }
            if (matchesAll(lowerArchTexts[i], terms)) {
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

    /** Space-separated terms an architecture's text must all hold, case aside; "" for every row. */
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
}
