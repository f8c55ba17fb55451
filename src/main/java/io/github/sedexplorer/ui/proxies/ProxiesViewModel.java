package io.github.sedexplorer.ui.proxies;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Ceiling;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.bench.ProxyComparison;
import io.github.sedexplorer.bench.ProxyComparison.Result;
import io.github.sedexplorer.bench.ProxyComparison.RowsUsed;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.LiveConv;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.tables.ShownTable;
import io.github.sedexplorer.ui.tables.TableScoring;
import io.github.sedexplorer.ui.tables.TableWorkspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Proxies tab: every chosen proxy (the catalog's models, live-conv, the table's other numeric columns) against
 * every accuracy-like target of the shown table, on the rows all of them have or each on its own, with the noise
 * ceiling when the table repeats a target. Computed in the background, latest wins: a newer table, scoring, choice
 * of proxies or of rows makes older work stale.
 * <p>
 * The measured {@code sed-local-mc} is offered too ({@link ModelCatalog#proxyIds()}) but left out until chosen, as
 * {@code correlate} leaves it out unless named: a Monte-Carlo forward pass per distinct cell (~1.5 ms each, cached by
 * isomorphism) would hold up every comparison of a large table. Its rows are {@linkplain #label labelled} measured.
 */
public final class ProxiesViewModel implements ShownTable {

    /**
     * One comparison of a table, published whole.
     *
     * @param onCeilingRows each (proxy, target) of {@code results} again on the noise ceiling's rows only, the figures its
     *                      share of the ceiling is taken of; empty when the table has no ceiling
     */
    public record Comparison(BenchmarkTable table, List<Result> results, List<RowsUsed> rowsUsed, List<Result> onCeilingRows) {

        public Comparison {
            results = List.copyOf(results);
            rowsUsed = List.copyOf(rowsUsed);
            onCeilingRows = List.copyOf(onCeilingRows);
        }

        /**
         * One line per measured proxy compared ({@code sed-local-mc}): "sed-local-mc: measured (Monte Carlo …), not the
         * reconstruction", as {@code correlate --proxy sed-local-mc} notes it; empty when none is compared.
         */
        public List<String> measuredNotes() {
            return results.stream().map(Result::proxy).filter(ModelCatalog::isMeasured).distinct()
                    .map(ModelCatalog::measuredNote).toList();
        }

        /** The proxy's statistics against the target on the ceiling's rows, if the table has a ceiling. */
        public Optional<Result> onCeilingRows(String proxy, String target) {
            return onCeilingRows.stream().filter(r -> r.proxy().equals(proxy) && r.target().equals(target)).findFirst();
        }
    }

    private final TableWorkspace workspace;
    private final ModelCatalog catalog;
    private final LatestWins runner;
    private final ObservableList<String> proxies = FXCollections.observableArrayList();
    /** Proxies the user left out, by name: they stay out on other tables too; the measured ones until chosen. */
    private final Set<String> leftOut = new HashSet<>(Models.measuredIds());
    private final BooleanProperty sharedRows = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();

    /** @param runner compares off the FX thread */
    public ProxiesViewModel(TableWorkspace workspace, LatestWins runner) {
        this.workspace = workspace;
        this.catalog = workspace.scoring().catalog();
        this.runner = runner;
        workspace.shownProperty().addListener((o, a, t) -> select());
        workspace.scoringProperty().addListener((o, a, b) -> {
            if (b.catalogChanged(a)) {
                select(); // a model added or saved again: offered, and compared
            } else if (table() != null && b.changes(a, table())) {
                compare();
            }
        });
        sharedRows.addListener((o, a, b) -> compare());
        select();
    }

    private BenchmarkTable table() {
        return workspace.shown();
    }

    /** The targets compared: the accuracy-like columns; failing those, the first numeric column. */
    private static List<String> targets(BenchmarkTable t) {
        List<String> accuracy = ProxyComparison.accuracyColumns(t);
        return !accuracy.isEmpty() || t.metricNames().isEmpty() ? accuracy : List.of(t.metricNames().get(0));
    }

    /** The proxies the shown table offers, then its comparison. */
    private void select() {
        BenchmarkTable t = table();
        if (t == null) {
            runner.cancel();
            proxies.clear();
            comparison.set(null);
            return;
        }
        Set<String> names = new LinkedHashSet<>(catalog.proxyIds());
        names.add(LiveConv.ID);
        for (Proxy column : ProxyComparison.columnProxies(t, targets(t))) {
            names.add(column.name());
        }
        proxies.setAll(names);
        compare();
    }

    private void compare() {
        BenchmarkTable t = table();
        if (t == null) {
            return;
        }
        List<String> ts = targets(t);
        TableScoring scoring = workspace.scoring();
        List<Proxy> ps = proxies.stream().filter(this::isCompared).map(name -> scoring.proxy(name, t)).toList();
        ProxyComparison.Rows rows = sharedRows.get() ? ProxyComparison.Rows.SHARED : ProxyComparison.Rows.OWN;
        // every proxy × every target is a rank correlation over the whole table each
        runner.submit("Cannot compare the proxies of " + t.source(), job -> {
            if (ts.isEmpty()) {
                return new Comparison(t, List.of(), List.of(), List.of());
            }
            List<RowsUsed> used = rows == ProxyComparison.Rows.SHARED ? ProxyComparison.sharedRows(t, ps, ts) : List.of();
            List<Result> results = new ArrayList<>(ProxyComparison.compare(t, ps, ts, 10, rows));
            Optional<Result> ceiling = Ceiling.of(t, 10);
            ceiling.ifPresent(results::add);
            return new Comparison(t, results, used, ceiling.isPresent() ? onCeilingRows(t, ps, ts) : List.of());
        }, comparison::set);
    }

    /** Every proxy against every target on the ceiling's rows (on the runner's thread). */
    private static List<Result> onCeilingRows(BenchmarkTable t, List<Proxy> ps, List<String> ts) {
        List<Result> out = new ArrayList<>();
        for (Proxy p : ps) {
            double[] x = p.scores(t);
            for (String target : ts) {
                Ceiling.onCeilingRows(t, x, t.metric(target), 10).ifPresent(c -> out.add(new Result(p.name(), target, c)));
            }
        }
        return out;
    }

    /** The proxies the shown table offers, each to be compared or left out. */
    public ObservableList<String> proxies() {
        return proxies;
    }

    /** How a proxy is named where it is shown: {@code sed-local-mc (measured)} for a measured model, else its name. */
    public static String label(String proxy) {
        return ModelCatalog.label(proxy);
    }

    public boolean isCompared(String proxy) {
        return !leftOut.contains(proxy);
    }

    /** Compares these of the offered proxies and leaves the others out (every proxy is compared until left out). */
    public void setCompared(Collection<String> chosen) {
        boolean changed = false;
        for (String p : proxies) {
            changed |= chosen.contains(p) ? leftOut.remove(p) : leftOut.add(p);
        }
        if (changed) {
            compare();
        }
    }

    /** Compare proxies on the rows where every one has a value (the default), or each on its own rows. */
    public BooleanProperty sharedRowsProperty() {
        return sharedRows;
    }

    /** The latest comparison of the shown table; null while none is shown. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The latest comparison's rows, the ceiling last when there is one; empty before any. */
    public List<Result> results() {
        return comparison.get() == null ? List.of() : comparison.get().results();
    }

    /** True while a comparison is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }

    @Override
    public TableWorkspace workspace() {
        return workspace;
    }
}
