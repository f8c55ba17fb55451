package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.CellDocument;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The Compare tab's state: the editor's cell (always the reference, following every edit) and the cells kept
 * beside it, titled for their panels.
 */
public final class CompareViewModel {

    private final ObservableValue<CellDocument> editor;
    private final List<CellDocument> kept = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<CellDocument>> documents = new ReadOnlyObjectWrapper<>(List.of());

    public CompareViewModel(ObservableValue<CellDocument> editor) {
        this.editor = editor;
        editor.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Keeps a cell for comparison; returns how many are kept. */
    public int keep(CellDocument d) {
        kept.add(d);
        refresh();
        return kept.size();
    }

    public void keepAll(List<CellDocument> docs) {
        kept.addAll(docs);
        refresh();
    }

    public void clear() {
        kept.clear();
        refresh();
    }

    private void refresh() {
        CellDocument now = editor.getValue();
        if (now == null) {
            return;
        }
        List<CellDocument> docs = new ArrayList<>();
        docs.add(new CellDocument(now.architecture(), now.layouts(), "In the editor: " + now.title(), now.notes()));
        for (int i = 0; i < kept.size(); i++) {
            CellDocument k = kept.get(i);
            docs.add(new CellDocument(k.architecture(), k.layouts(), "Kept " + (i + 1) + ": " + k.title(), k.notes()));
        }
        documents.set(List.copyOf(docs));
    }

    /** The editor's cell first, then the kept ones. */
    public ReadOnlyObjectProperty<List<CellDocument>> documentsProperty() {
        return documents.getReadOnlyProperty();
    }
}
