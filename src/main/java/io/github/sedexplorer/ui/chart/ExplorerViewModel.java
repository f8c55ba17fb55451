package io.github.sedexplorer.ui.chart;

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
    /** Every loaded table, in load order; {@link #table} is the one the chart, comparison and table views show. */
    private final ObservableList<BenchmarkTable> tables = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProxyComparison.Result> ceiling = new ReadOnlyObjectWrapper<>();
    private final io.github.sedexplorer.ui.common.ModelCatalog models;
    private final StringProperty proxy = new SimpleStringProperty(SedModels.DEFAULT);
    private final StringProperty target = new SimpleStringProperty();
    private final StringProperty modelId;
    private final IntegerProperty channels;
    /** The space of the editor's cell: its C applies to tables of that space only. */
    private final ObjectProperty<io.github.sedexplorer.cell.SearchSpace> editorSpace = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<double[]> proxyScores = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<double[]> targetValues = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Correlation> stats = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> proxies = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObservableList<ProxyComparison.Result> comparison = FXCollections.observableArrayList();
    private final ObservableList<ProxyComparison.RowsUsed> rowsUsed = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper();
    private final io.github.sedexplorer.ui.common.LatestWins comparer = new io.github.sedexplorer.ui.common.LatestWins("proxy-comparison");
    /** Compare proxies on the rows where every one has a value (the default), or each on its own rows. */
    private final javafx.beans.property.BooleanProperty sharedRows = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ObjectProperty<Consumer<String>> onError = new SimpleObjectProperty<>(m -> { });
    private final ObjectProperty<Consumer<String>> onPartialLoad = new SimpleObjectProperty<>(m -> { });
    private final StringProperty message = new SimpleStringProperty("");
    private Task<BenchmarkTable> task;

    /** Shares the editor's models, model and C: changing them rescores the chart too. */
    public ExplorerViewModel(io.github.sedexplorer.ui.common.ModelCatalog models, StringProperty modelId, IntegerProperty channels) {
        this.models = models;
        this.modelId = modelId;
        this.channels = channels;
        proxy.addListener((o, a, b) -> recompute());
        target.addListener((o, a, b) -> recompute());
        modelId.addListener((o, a, b) -> {
            recompute();
            compareAll();
        });
        channels.addListener((o, a, b) -> {
            recompute();
            compareAll();
        });
        sharedRows.addListener((o, a, b) -> compareAll());
        editorSpace.addListener((o, a, b) -> {
            if (shown != null && (a == shown.space() || b == shown.space())) {
                recompute();
                compareAll();
            }
        });
        models.ids().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (table.get() != null) {
                select(table.get());
            }
        });
    }

    /** Loads a table in the background; the result (or the reader's message) arrives on the FX thread. */
    public Task<BenchmarkTable> load(Path file) {
        if (task != null) {
            task.cancel();
        }
        // a table keyed only by NB201 API index is resolved through a loaded NB201 table that maps indices
        ReadOptions options = ReadOptions.detect();
        for (BenchmarkTable loaded : tables) {
            var index = apiIndexOf(loaded);
            if (index.isPresent()) {
                options = options.withApiIndex(index.get());
                break;
            }
        }
        ReadOptions readOptions = options;
        Task<BenchmarkTable> t = new Task<>() {
            @Override
            protected BenchmarkTable call() {
                return TableReader.read(file, readOptions, new io.github.sedexplorer.bench.LoadMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, Math.max(1, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task = t;
        loading.set(true);
        progress.bind(t.progressProperty());
        t.setOnSucceeded(e -> {
            finished(t);
            show(t.getValue());
        });
        t.setOnFailed(e -> {
            finished(t);
            Throwable x = t.getException();
            // bad input: the reader's message in the app's terms; anything else: logged, one line naming the log
            String why = x instanceof SedException bad ? io.github.sedexplorer.cell.Quote.safe(TableAdvice.inAppTerms(bad))
                    : io.github.sedexplorer.ui.common.Failures.describe("loading the table " + file, x);
            message.set("Cannot load " + file.getFileName() + ": " + why);
            onError.get().accept(why);
        });
        t.setOnCancelled(e -> {
            finished(t);
            message.set("Loading " + file.getFileName() + " cancelled");
        });
        Thread thread = new Thread(t, "load-" + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        return t;
    }

    private void finished(Task<?> t) {
        if (t == task) {
            progress.unbind();
            loading.set(false);
            task = null;
        }
    }

    public void cancelLoad() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Adds a loaded table (replacing one from the same file) and shows it. */
    public void show(BenchmarkTable t) {
        int same = -1;
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).source().equals(t.source())) {
                same = i;
            }
        }
        if (same >= 0) {
            tables.set(same, t);
        } else {
            tables.add(t);
        }
        select(t);
        message.set(String.format(java.util.Locale.ROOT, "Loaded %s: %s", t.source(), t.report().summary().lines().findFirst().orElse("")));
        if (t.report().rowsSkipped() > 0) {
            onPartialLoad.get().accept(t.report().summary());
        }
    }

    /** Closes a loaded table; the chart moves to the last one left. */
    public void close(BenchmarkTable t) {
        tables.remove(t);
        apiIndices.remove(t);
        if (t == table.get()) {
            if (tables.isEmpty()) {
                shown = null;
                table.set(null);
                proxyScores.set(null);
                targetValues.set(null);
                stats.set(null);
                ceiling.set(null);
                comparer.next();
                comparing.set(false);
                rowsUsed.clear();
                comparison.clear();
                proxies.clear();
                targets.clear();
            } else {
                select(tables.get(tables.size() - 1));
            }
        }
    }

    /**
     * Shows one of the loaded tables: proxies are the models plus every numeric column; targets, the
     * accuracy-like columns first.
     */
    public void select(BenchmarkTable t) {
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
                String why = io.github.sedexplorer.ui.common.Failures.describe("comparing the proxies of " + t.source(), e);
                comparer.publish(g, () -> {
                    comparing.set(false);
                    message.set("Cannot compare the proxies: " + why);
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

    private final Map<BenchmarkTable, java.util.Optional<io.github.sedexplorer.bench.ApiIndex>> apiIndices = new java.util.IdentityHashMap<>();

    /** The NB201 API index a loaded table provides, if any (an inconsistent table provides none). */
    public java.util.Optional<io.github.sedexplorer.bench.ApiIndex> apiIndexOf(BenchmarkTable t) {
        return apiIndices.computeIfAbsent(t, k -> {
            try {
                return io.github.sedexplorer.bench.ApiIndex.from(k);
            } catch (SedException e) {
                return java.util.Optional.empty();
            }
        });
    }

    /** The row of a loaded table holding this architecture, or -1. */
    public int rowOf(BenchmarkTable t, Architecture a) {
        return t.rowOf(a);
    }

    /** The shown table's row holding this architecture, or -1. */
    public int rowOf(Architecture a) {
        return shown == null ? -1 : rowOf(shown, a);
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

    public ObservableList<BenchmarkTable> tables() {
        return tables;
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
        return t == null || editorSpace.get() == t.space() ? Math.max(1, channels.get()) : t.space().defaultChannels();
    }

    public ObjectProperty<io.github.sedexplorer.cell.SearchSpace> editorSpaceProperty() {
        return editorSpace;
    }

    public IntegerProperty channelsProperty() {
        return channels;
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObjectProperty<Consumer<String>> onErrorProperty() {
        return onError;
    }

    /** Told the load report when rows were skipped, so the user sees how many and why. */
    public ObjectProperty<Consumer<String>> onPartialLoadProperty() {
        return onPartialLoad;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
