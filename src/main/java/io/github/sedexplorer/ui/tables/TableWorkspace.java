package io.github.sedexplorer.ui.tables;

import io.github.sedexplorer.bench.ApiIndex;
import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.LoadMonitor;
import io.github.sedexplorer.bench.ReadOptions;
import io.github.sedexplorer.bench.RowName;
import io.github.sedexplorer.bench.SampleTables;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.ui.common.Dialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.Notifier;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The benchmark tables the app holds, shared by the chart, proxies, table, lab and search tabs: loading (in the
 * background, one file after another, with progress and cancel), closing, which one is shown, the NB201 API
 * index a table provides, and at which C its rows are scored ({@link TableScoring}).
 */
public final class TableWorkspace {

    private final ObservableList<BenchmarkTable> tables = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BenchmarkTable> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TableScoring> scoring = new ReadOnlyObjectWrapper<>();
    private final Map<BenchmarkTable, Optional<ApiIndex>> apiIndices = new IdentityHashMap<>();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final LatestWins loader;
    private final Notifier notifier;
    private final Dialogs dialogs;
    private Pending loading;
    private long catalogRevision;

    /**
     * @param editorSpace    the space of the editor's cell (its C applies to tables of that space)
     * @param editorChannels the editor's C for the built-in models
     */
    public TableWorkspace(ModelCatalog catalog, ObservableValue<SearchSpace> editorSpace, ObservableIntegerValue editorChannels,
            LatestWins loader, Notifier notifier, Dialogs dialogs) {
        this.loader = loader;
        this.notifier = notifier;
        this.dialogs = dialogs;
        Runnable rescore = () -> scoring.set(new TableScoring(catalog, catalogRevision, editorSpace.getValue(), editorChannels.get(),
                this::rowName));
        editorSpace.addListener((o, a, b) -> rescore.run());
        editorChannels.addListener((o, a, b) -> rescore.run());
        // a custom model saved again under its name scores differently: the same ids, a new revision
        catalog.ids().addListener((ListChangeListener<String>) c -> {
            catalogRevision++;
            rescore.run();
        });
        rescore.run();
    }

    /** A table waiting to load: its name for the status line, and how to read it. */
    private record Pending(String name, BiFunction<ReadOptions, LoadMonitor, BenchmarkTable> reader) {
    }

    /** Loads tables one after another in the background; a load already running goes on first. */
    public void load(List<Path> files) {
        for (Path f : files) {
            queue.add(new Pending(String.valueOf(f.getFileName()), (options, monitor) -> TableReader.read(f, options, monitor)));
        }
        if (loading == null) {
            next();
        }
    }

    public void load(Path file) {
        load(List.of(file));
    }

    /** Loads a table embedded in the program as a file is loaded: in the background, after the loads before it. */
    public void load(SampleTables.Sample sample) {
        queue.add(new Pending(sample.file(), sample::read));
        if (loading == null) {
            next();
        }
    }

    private void next() {
        Pending p = queue.poll();
        loading = p;
        if (p == null) {
            return;
        }
        notifier.info("Loading " + p.name() + " …");
        ReadOptions options = readOptions();
        loader.submit("Cannot load " + p.name(), job -> read(p, options, new LoadMonitor() {
            @Override
            public void progress(long done, long total) {
                job.progress(done, total);
            }

            @Override
            public boolean cancelled() {
                return job.stale();
            }
        }), t -> {
            add(t);
            next();
        }, this::next); // a failed load is told by the runner's notifier; the files after it still load
    }

    /** The reader's table, or its message in the app's terms (which menu to use instead of which option). */
    private static BenchmarkTable read(Pending p, ReadOptions options, LoadMonitor monitor) {
        try {
            return p.reader().apply(options, monitor);
        } catch (SedException e) {
            throw new SedException(TableAdvice.inAppTerms(e));
        }
    }

    /** A table keyed only by NB201 API index is resolved through a loaded NB201 table that maps indices. */
    private ReadOptions readOptions() {
        return anyApiIndex().map(ReadOptions.detect()::withApiIndex).orElse(ReadOptions.detect());
    }

    /** The first API index a loaded table provides. */
    private Optional<ApiIndex> anyApiIndex() {
        for (BenchmarkTable loaded : tables) {
            Optional<ApiIndex> index = apiIndexOf(loaded);
            if (index.isPresent()) {
                return index;
            }
        }
        return Optional.empty();
    }

    /**
     * A row as it is named wherever a row is named (chart tooltip, the editor's title, the Table tab, status lines):
     * "API index 9930" (the table's own index, else any loaded table's), a TransNAS code, an NB101 hash, else its
     * place in the file, "line 9932". On the FX thread (it reads the loaded tables).
     */
    public String rowName(BenchmarkTable t, int row) {
        return RowName.of(t, row, apiIndexFor(t).orElse(null));
    }

    /** The API index a table's rows are named by: its own, else the first a loaded table provides. */
    public Optional<ApiIndex> apiIndexFor(BenchmarkTable t) {
        return apiIndexOf(t).or(this::anyApiIndex);
    }

    /** A table as the selectors and titles name it: its file and its space. */
    public static String title(BenchmarkTable t) {
        return t == null ? "" : t.source() + " (" + t.space().displayName() + ")";
    }

    /** Stops the running load and drops the files waiting after it. */
    public void cancel() {
        if (loading != null) {
            notifier.info("Loading " + loading.name() + " cancelled");
        }
        queue.clear();
        loading = null;
        loader.cancel();
    }

    /** Adds a loaded table (replacing one from the same source) and shows it; skipped rows are reported. */
    public void add(BenchmarkTable t) {
        int same = -1;
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).source().equals(t.source())) {
                same = i;
            }
        }
        if (same >= 0) {
            apiIndices.remove(tables.get(same));
            tables.set(same, t);
        } else {
            tables.add(t);
        }
        shown.set(t);
        notifier.info(String.format(Locale.ROOT, "Loaded %s: %s", t.source(), t.report().summary().lines().findFirst().orElse("")));
        if (t.report().rowsSkipped() > 0) {
            dialogs.report("Some rows were skipped", t.report().summary(), "partialLoadDialog");
        }
    }

    /** Closes a loaded table; the last one left is shown. */
    public void close(BenchmarkTable t) {
        tables.remove(t);
        apiIndices.remove(t);
        if (t == shown.get()) {
            shown.set(tables.isEmpty() ? null : tables.get(tables.size() - 1));
        }
    }

    /** Shows one of the loaded tables. */
    public void show(BenchmarkTable t) {
        if (t != null && tables.contains(t)) {
            shown.set(t);
        }
    }

    /** The NB201 API index a loaded table provides, if any (an inconsistent table provides none). */
    public Optional<ApiIndex> apiIndexOf(BenchmarkTable t) {
        return apiIndices.computeIfAbsent(t, k -> {
            try {
                return ApiIndex.from(k);
            } catch (SedException e) {
                return Optional.empty();
            }
        });
    }

    /** The row of a table holding this architecture, or −1. */
    public int rowOf(BenchmarkTable t, Architecture a) {
        return t.rowOf(a);
    }

    /**
     * What the loaded tables say about a cell, as (name, value) pairs: its NB201 API index and their text columns,
     * each fact once.
     */
    public List<String[]> factsAbout(Architecture arch) {
        List<String[]> facts = new ArrayList<>();
        for (BenchmarkTable t : tables) {
            int row = rowOf(t, arch);
            if (row < 0) {
                continue;
            }
            // from the table's own index column, or the NATS landscape's row order (ApiIndex.from says which)
            apiIndexOf(t).ifPresent(index -> index.indexOf(arch).ifPresent(i -> facts.add(new String[] {"API index", String.valueOf(i)})));
            for (String text : t.textNames()) {
                String v = t.text(text, row);
                if (v != null) {
                    facts.add(new String[] {text + " (" + t.source() + ")", v});
                }
            }
        }
        Set<String> seen = new HashSet<>();
        return facts.stream().filter(r -> seen.add(r[0] + "\n" + r[1])).toList();
    }

    public ObservableList<BenchmarkTable> tables() {
        return tables;
    }

    /** The table the chart, proxies and table tabs show; null when none is loaded. */
    public ReadOnlyObjectProperty<BenchmarkTable> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public BenchmarkTable shown() {
        return shown.get();
    }

    /** At which C the rows of each table are scored; a new value whenever that may have changed. */
    public ReadOnlyObjectProperty<TableScoring> scoringProperty() {
        return scoring.getReadOnlyProperty();
    }

    public TableScoring scoring() {
        return scoring.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return loader.progressProperty();
    }
}
