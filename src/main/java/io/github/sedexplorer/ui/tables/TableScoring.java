package io.github.sedexplorer.ui.tables;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.LiveConv;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.common.ModelCatalog;

/**
 * The one place that decides at which C a table's rows are scored: the editor's C when the editor holds a cell of
 * the table's space (so the cell's mark sits among the table's points), else that space's own C (TransNAS 64,
 * NB101 128, ...), so a table's figures are the documented ones by default. A custom model keeps its own C
 * ({@link ModelCatalog#create}). Immutable: the workspace publishes a new one when the editor's space or C changes.
 *
 * @param catalogRevision counts the catalog's changes (a custom model saved again under its id scores differently)
 * @param editorSpace    the space of the editor's cell, or null
 * @param editorChannels the editor's C for the built-in models
 * @param rowNames       how the workspace names a row ({@link TableWorkspace#rowName}), for what is computed from this
 */
public record TableScoring(ModelCatalog catalog, long catalogRevision, SearchSpace editorSpace, int editorChannels,
        RowNames rowNames) {

    /** Names a table's row by its benchmark identity. */
    @FunctionalInterface
    public interface RowNames {
        String of(BenchmarkTable t, int row);
    }

    /** The row's name: "API index 9930", a TransNAS code, … "line 12" ({@link TableWorkspace#rowName}). */
    public String rowName(BenchmarkTable t, int row) {
        return rowNames.of(t, row);
    }

    /** The C the built-in models score this table's rows at. */
    public int channels(BenchmarkTable t) {
        return editorSpace == t.space() ? editorChannels : t.space().defaultChannels();
    }

    /** The model with this id, resolved for this table. */
    public SedModel model(String id, BenchmarkTable t) {
        return catalog.create(id, channels(t));
    }

    /**
     * The proxy a name stands for on this table: a catalog model (the measured {@code sed-local-mc} too) at the table's
     * C; the live-conv baseline, unless the table has a column of that name; else the table's numeric column.
     */
    public Proxy proxy(String name, BenchmarkTable t) {
        if (catalog.isProxyModel(name)) {
            return Proxy.sed(model(name, t));
        }
        return name.equals(LiveConv.ID) && !t.hasMetric(name) ? Proxy.liveConv() : Proxy.column(name);
    }

    /** Whether a change from {@code before} to this one changes any score of this table. */
    public boolean changes(TableScoring before, BenchmarkTable t) {
        return before == null || catalogChanged(before) || before.channels(t) != channels(t);
    }

    /** Whether the catalog's models changed since {@code before}: one added, or saved again under its name. */
    public boolean catalogChanged(TableScoring before) {
        return before == null || before.catalogRevision != catalogRevision;
    }
}
