package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import io.github.sedexplorer.ui.tables.TableAdvice;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.ReadOptions;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.SedModels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The benchmark explorer's state: the loaded table, the chosen proxy and target, their scores and
 * rank statistics, and the comparison of every proxy with every target. Tables load on a background
 * thread with progress and cancel; a newer load cancels an older one.
 */
public final class ExplorerViewModel {

    private final ReadOnlyObjectWrapper<BenchmarkTable> table = new ReadOnlyObjectWrapper<>();
    /** The table being shown; {@link #table} follows once scores and statistics are ready, so listeners never see a mix. */
    private BenchmarkTable shown;
    private final ReadOnlyObjectWrapper<ProxyComparison.Result> ceiling = new ReadOnlyObjectWrapper<>();
    private final io.github.sedexplorer.ui.common.ModelCatalog models;
    private final StringProperty proxy = new SimpleStringProperty(SedModels.DEFAULT);
    private final StringProperty target = new SimpleStringProperty();
    private final StringProperty modelId;
    private final ReadOnlyObjectWrapper<double[]> proxyScores = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<double[]> targetValues = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Correlation> stats = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> proxies = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObservableList<ProxyComparison.Result> comparison = FXCollections.observableArrayList();
    private final ObservableList<ProxyComparison.RowsUsed> rowsUsed = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper();
    private final LatestWins comparer;
    private final Notifier notifier;
    private final TableWorkspace workspace;
    /** Compare proxies on the rows where every one has a value (the default), or each on its own rows. */
    private final javafx.beans.property.BooleanProperty sharedRows = new javafx.beans.property.SimpleBooleanProperty(true);

    /** Follows the workspace's shown table and scoring: changing the editor's model or C rescores the chart too. */
    public ExplorerViewModel(TableWorkspace workspace, StringProperty modelId, LatestWins comparer, Notifier notifier) {
        this.notifier = notifier;
        this.workspace = workspace;
        this.models = workspace.scoring().catalog();
        this.modelId = modelId;
        this.comparer = comparer;
        proxy.addListener((o, a, b) -> recompute());
        target.addListener((o, a, b) -> recompute());
        modelId.addListener((o, a, b) -> {
            recompute();
            compareAll();
        });
        sharedRows.addListener((o, a, b) -> compareAll());
        workspace.scoringProperty().addListener((o, a, b) -> {
            if (shown != null && b.changes(a, shown)) {
                recompute();
                compareAll();
            }
        });
        workspace.shownProperty().addListener((o, a, t) -> {
            if (t == null) {
                clear();
            } else {
                select(t);
            }
        });
        models.ids().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (table.get() != null) {
                select(table.get());
            }
        });
    }

    private void clear() {
        shown = null;
        table.set(null);
        proxyScores.set(null);
        targetValues.set(null);
        stats.set(null);
        ceiling.set(null);
        comparer.cancel();
        comparing.set(false);
        rowsUsed.clear();
        comparison.clear();
        proxies.clear();
        targets.clear();
    }

    /**
     * Shows one of the loaded tables: proxies are the models plus every numeric column; targets, the
     * accuracy-like columns first.
     */
    private void select(BenchmarkTable t) {
        shown = t;
        List<String> ps = new ArrayList<>(models.ids());
        ps.add(io.github.sedexplorer.sed.LiveConv.ID);
        ps.addAll(t.metricNames());
        proxies.setAll(ps);
        List<String> ts = new ArrayList<>(ProxyComparison.accuracyColumns(t));
        for (String m : t.metricNames()) {
            if (!ts.contains(m)) {
                ts.add(m);
            }
        }
        targets.setAll(ts);
        String p = proxy.get();
        if (p == null || !ps.contains(p)) {
            proxy.set(SedModels.DEFAULT);
        }
        if (target.get() == null || !ts.contains(target.get())) {
            target.set(ts.isEmpty() ? null : ts.get(0));
        }
        ceiling.set(io.github.sedexplorer.bench.Ceiling.of(t, 10).orElse(null));
        recompute();
        compareAll();
        table.set(t);
    }

    private Proxy proxyFor(String name) {
        if (models.contains(name)) {
            return Proxy.sed(models.create(name, channelsFor(shown)));
        }
        return name.equals(io.github.sedexplorer.sed.LiveConv.ID) && !shown.hasMetric(name) ? Proxy.liveConv() : Proxy.column(name);
    }

    private void recompute() {
        BenchmarkTable t = shown;
        if (t == null || proxy.get() == null || target.get() == null || !t.hasMetric(target.get())
                || !(models.contains(proxy.get()) || t.hasMetric(proxy.get())
                || proxy.get().equals(io.github.sedexplorer.sed.LiveConv.ID))) {
            return;
        }
        double[] x = proxyFor(proxy.get()).scores(t);
        double[] y = t.metric(target.get());
        proxyScores.set(x);
        targetValues.set(y);
        stats.set(CorrelationStats.of(x, y, 10));
    }

    /** Every proxy (SED models and numeric columns) against every accuracy-like target. */
    private void compareAll() {
        BenchmarkTable t = shown;
        if (t == null) {
            return;
        }
        List<String> accuracy = ProxyComparison.accuracyColumns(t);
        List<String> ts = !accuracy.isEmpty() || t.metricNames().isEmpty() ? accuracy : List.of(t.metricNames().get(0));
        List<Proxy> ps = new ArrayList<>();
        for (String id : models.ids()) {
            ps.add(Proxy.sed(models.create(id, channelsFor(t))));
        }
        ps.add(Proxy.liveConv());
        ps.addAll(ProxyComparison.columnProxies(t, ts));
        boolean shared = sharedRows.get();
        ProxyComparison.Result ceilingRow = ceiling.get();
        long g = comparer.next();
        comparing.set(true);
        // every proxy × every target is ~10 rank correlations over the whole table: off the FX thread, latest wins
        comparer.run(g, () -> {
            List<ProxyComparison.RowsUsed> used;
            List<ProxyComparison.Result> rows;
            try {
                used = ts.isEmpty() || !shared ? List.of() : ProxyComparison.sharedRows(t, ps, ts);
                rows = new ArrayList<>(ts.isEmpty() ? List.of()
                        : ProxyComparison.compare(t, ps, ts, 10, shared ? ProxyComparison.Rows.SHARED : ProxyComparison.Rows.OWN));
            } catch (RuntimeException e) {
                comparer.publish(g, () -> {
                    comparing.set(false);
                    notifier.failure("Cannot compare the proxies of " + t.source(), e);
                });
                return;
            }
            if (ceilingRow != null) {
                rows.add(ceilingRow);
            }
            comparer.publish(g, () -> {
                rowsUsed.setAll(used);
                comparison.setAll(rows);
                comparing.set(false);
            });
        });
    }

    /** The shown table's row holding this architecture, or -1. */
    public int rowOf(Architecture a) {
        return shown == null ? -1 : workspace.rowOf(shown, a);
    }

    /** How many rows have a disconnected cell (proxy score −∞). */
    public long disconnected() {
        double[] x = proxyScores.get();
        if (x == null) {
            return 0;
        }
        long n = 0;
        for (double v : x) {
            if (v == Double.NEGATIVE_INFINITY) {
                n++;
            }
        }
        return n;
    }

    public ReadOnlyObjectProperty<BenchmarkTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public BenchmarkTable getTable() {
        return table.get();
    }

    /** Run 1 against run 2 of the shown table's repeated target, when it has repeats; else null. */
    public ReadOnlyObjectProperty<ProxyComparison.Result> ceilingProperty() {
        return ceiling.getReadOnlyProperty();
    }

    public io.github.sedexplorer.ui.common.ModelCatalog models() {
        return models;
    }

    public StringProperty proxyProperty() {
        return proxy;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty modelIdProperty() {
        return modelId;
    }

    /**
     * The C a table's SED scores use: the editor's C when the editor holds a cell of the table's space (so
     * the cell's mark sits among the table's points), else the reconstruction's C for that space
     * (TransNAS 64, NB101 128, ...), so a table's figures are the documented ones by default.
     */
    public int channelsFor(BenchmarkTable t) {
        return workspace.scoring().channels(t);
    }

    public ReadOnlyObjectProperty<double[]> proxyScoresProperty() {
        return proxyScores.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<double[]> targetValuesProperty() {
        return targetValues.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Correlation> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ObservableList<String> proxies() {
        return proxies;
    }

    public ObservableList<String> targets() {
        return targets;
    }

    public TableWorkspace workspace() {
        return workspace;
    }

    public ObservableList<ProxyComparison.Result> comparison() {
        return comparison;
    }

    /** True while the comparison of every proxy with every target is being computed in the background. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** Which rows the comparison used, per target (empty when each proxy uses its own rows). */
    public ObservableList<ProxyComparison.RowsUsed> rowsUsed() {
        return rowsUsed;
    }

    public javafx.beans.property.BooleanProperty sharedRowsProperty() {
        return sharedRows;
    }
}
