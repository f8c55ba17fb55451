package io.github.sedexplorer.ui.chart;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Metrics;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.LiveConv;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.tables.ShownTable;
import io.github.sedexplorer.ui.tables.TableScoring;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Chart tab: the workspace's shown table, the chosen proxy and target, and their {@link ChartData} computed in
 * the background (latest wins: a newer proxy, target, table or scoring makes older work stale), plus where the
 * editor's cell sits ({@link ChartMark}). Proxies are the catalog's models ({@link ModelCatalog#proxyIds()}: the
 * measured {@code sed-local-mc} too, its axis labelled measured, not the reconstruction), live-conv and every numeric
 * column; targets, the accuracy-like columns first, then the other numeric columns.
 */
public final class ChartViewModel implements ShownTable {

    private final TableWorkspace workspace;
    private final ModelCatalog catalog;
    private final ObservableValue<CellDocument> editorDocument;
    private final LatestWins runner;
    private final StringProperty proxy = new SimpleStringProperty(SedModels.DEFAULT);
    private final StringProperty target = new SimpleStringProperty();
    private final ObservableList<String> proxies = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartMark> mark = new ReadOnlyObjectWrapper<>(ChartMark.NONE);
    /** True while the lists and choices follow a new table: one recompute at the end, not one per change. */
    private boolean selecting;

    /**
     * @param editorDocument the editor's document, marked on the chart
     * @param runner         computes the chart's data off the FX thread
     */
    public ChartViewModel(TableWorkspace workspace, ObservableValue<CellDocument> editorDocument, LatestWins runner) {
        this.workspace = workspace;
        this.catalog = workspace.scoring().catalog();
        this.editorDocument = editorDocument;
        this.runner = runner;
        proxy.addListener((o, a, b) -> recompute());
        target.addListener((o, a, b) -> recompute());
        workspace.shownProperty().addListener((o, a, t) -> select(t));
        workspace.scoringProperty().addListener((o, a, b) -> {
            if (b.catalogChanged(a)) {
                select(getTable()); // a model added, or saved again under its name: offered, and the chart rescored
            } else if (getTable() != null && b.changes(a, getTable())) {
                recompute();
            }
        });
        editorDocument.addListener((o, a, b) -> mark());
        data.addListener((o, a, b) -> mark());
        select(getTable());
    }

    /** Follows the shown table: its proxies and targets, the choices kept where the table has them. */
    private void select(BenchmarkTable t) {
        if (t == null) {
            runner.cancel();
            proxies.clear();
            targets.clear();
            data.set(null);
            return;
        }
        selecting = true;
        try {
            List<String> ps = new ArrayList<>(catalog.proxyIds());
            ps.add(LiveConv.ID);
            ps.addAll(t.metricNames());
            proxies.setAll(ps);
            List<String> ts = new ArrayList<>(ProxyComparison.accuracyColumns(t));
            for (String m : t.metricNames()) {
                if (!ts.contains(m)) {
                    ts.add(m);
                }
            }
            targets.setAll(ts);
            if (proxy.get() == null || !ps.contains(proxy.get())) {
                proxy.set(SedModels.DEFAULT);
            }
            if (target.get() == null || !ts.contains(target.get())) {
                target.set(ts.isEmpty() ? null : ts.get(0));
            }
        } finally {
            selecting = false;
        }
        recompute();
    }

    /** Asks for the chart of the current choice; a choice the table cannot chart keeps what is shown. */
    private void recompute() {
        BenchmarkTable t = getTable();
        String p = proxy.get();
        String y = target.get();
        if (selecting || t == null || p == null || y == null || !t.hasMetric(y) || !proxies.contains(p)) {
            return;
        }
        TableScoring scoring = workspace.scoring();
        boolean measured = ModelCatalog.isMeasured(p);
        SedModel model = catalog.isProxyModel(p) ? scoring.model(p, t) : null;
        // a measured model runs at its own fixed sizes, so no C is named; it is named measured instead
        String xLabel = measured ? label(p) : model != null ? p + " (C = " + model.opEntropy().channels() + ")" : p;
        // the mark scores the editor's cell on the FX thread: a Monte-Carlo model marks only a cell among the rows
        SedModel markModel = measured ? null : model;
        Metrics.Metric metric = Metrics.describe(t.space(), y);
        String yLabel = y + (metric.known() ? " — " + metric.label() : "");
        ChartData.Request request = new ChartData.Request(t, p, y, scoring, markModel, scoring.proxy(p, t), xLabel, yLabel);
        ChartData before = data.get();
        runner.submit("Cannot chart " + p + " against " + y, job -> request.compute(before), data::set);
    }

    /** Marks the editor's cell on the data shown (so the mark and the points always agree). */
    private void mark() {
        ChartData d = data.get();
        CellDocument doc = editorDocument.getValue();
        if (d == null || doc == null) {
            mark.set(ChartMark.NONE);
            return;
        }
        Architecture a = doc.architecture();
        mark.set(ChartMark.of(d, a, workspace.rowOf(d.table(), a)));
    }

    /** Shows another of the loaded tables. */
    public BenchmarkTable getTable() {
        return workspace.shown();
    }

    /** The shown table's row holding this architecture, or −1. */
    public int rowOf(Architecture a) {
        return getTable() == null ? -1 : workspace.rowOf(getTable(), a);
    }

    public StringProperty proxyProperty() {
        return proxy;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** How a proxy is shown: {@code sed-local-mc (measured, not the reconstruction)} for a measured one, else its name. */
    public static String label(String proxy) {
        return ModelCatalog.isMeasured(proxy) ? proxy + " (measured, not the reconstruction)" : proxy;
    }

    /** What can be chosen as the proxy for the shown table. */
    public ObservableList<String> proxies() {
        return proxies;
    }

    /** What can be chosen as the target, the accuracy-like columns first. */
    public ObservableList<String> targets() {
        return targets;
    }

    /** The chart of the latest choice once computed; null while no table is shown. */
    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ChartData data() {
        return data.get();
    }

    /** The editor's cell on the chart; never null. */
    public ReadOnlyObjectProperty<ChartMark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    /** True while the chart's data is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }

    /** The chart's points as CSV: arch, proxy score, target; the header alone before any table is charted. */
    public String dataCsv() {
        ChartData d = data.get();
        return d == null ? ChartData.header(proxy.get(), target.get()).toString() : d.csv();
    }

    /** The chart's points as CSV (atomically). @throws SedException when it cannot be written */
    public void writeCsv(Path f) {
        CellFile.writeAtomically(dataCsv(), f, "CSV file");
    }

    @Override
    public TableWorkspace workspace() {
        return workspace;
    }
}
