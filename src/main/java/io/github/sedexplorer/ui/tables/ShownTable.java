package io.github.sedexplorer.ui.tables;

import io.github.sedexplorer.bench.BenchmarkTable;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/**
 * A view-model of a tab that shows the workspace's shown table (Chart, Proxies, Table): what the
 * table selector binds to, the same for all three.
 */
public interface ShownTable {

    TableWorkspace workspace();

    /** The loaded tables, for the table selector. */
    default ObservableList<BenchmarkTable> tables() {
        return workspace().tables();
    }

    /** The table shown: the workspace's, shared by every table tab. */
    default ReadOnlyObjectProperty<BenchmarkTable> tableProperty() {
        return workspace().shownProperty();
    }

    default void show(BenchmarkTable t) {
        workspace().show(t);
    }

    /** Closes the shown table; the other loaded tables stay. */
    default void close() {
        if (workspace().shown() != null) {
            workspace().close(workspace().shown());
        }
    }
}
