package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.common.LatestWins;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The Compare tab's state: the editor's cell (always the reference, following every edit) and the cells kept
 * beside it, titled for their panels, and their {@link Comparison}: scored in the background (the newest cells and
 * model win) and published whole, once per change.
 *
 * <p>Every panel is scored with the editor's resolved model at that model's C (a custom model's own, else the
 * editor's), whatever the space: as the compare view did when MainWindow handed it the editor's model id and C.
 * Since the editor's cell is always the reference, kept cells of another space than the editor's are never
 * compared: they give the different-spaces message instead.
 */
public final class CompareViewModel {

    private final ObservableValue<CellDocument> editor;
    private final ObservableValue<SedModel> model;
    private final LatestWins runner;
    private final List<CellDocument> kept = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<CellDocument>> documents = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(Comparison.message(Comparison.CHOOSE));

    /**
     * @param editor the editor's document
     * @param model  the editor's resolved model (it carries its C)
     * @param runner scores the panels; results are published on its FX executor
     */
    public CompareViewModel(ObservableValue<CellDocument> editor, ObservableValue<SedModel> model, LatestWins runner) {
        this.editor = editor;
        this.model = model;
        this.runner = runner;
        editor.addListener((o, a, b) -> refresh());
        model.addListener((o, a, b) -> compare());
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
        compare();
    }

    private void compare() {
        List<CellDocument> docs = documents.get();
        SedModel m = model.getValue();
        if (m == null || docs.isEmpty()) {
            return;
        }
        runner.submit("Cannot compare the cells", job -> Comparison.of(docs, m), comparison::set);
    }

    /** The editor's cell first, then the kept ones. */
    public ReadOnlyObjectProperty<List<CellDocument>> documentsProperty() {
        return documents.getReadOnlyProperty();
    }

    /** The latest comparison of {@link #documentsProperty} under the model (a message until there are two cells). */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Comparison comparison() {
        return comparison.get();
    }

    /** True while a comparison is being scored. */
    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }
}
