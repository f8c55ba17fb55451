package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Editor tab: a lesson's notes, one canvas per cell of the architecture (DARTS: normal and reduce), and the
 * cell's encodings. The canvases are rebuilt only when the number of cells changes.
 */
public final class EditorView extends VBox {

    private final EditorViewModel vm;
    private final BooleanProperty overlay;
    private final VBox canvases = new VBox();
    private final List<CellCanvas> cellCanvases = new ArrayList<>();
    private final EncodingsPane encodings;

    public EditorView(EditorViewModel vm, BooleanProperty overlay) {
        this.vm = vm;
        this.overlay = overlay;
        Label notes = new Label();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("lesson-notes");
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        encodings = new EncodingsPane(vm);
        getChildren().addAll(notes, canvases, encodings);
        VBox.setVgrow(canvases, Priority.ALWAYS);
        vm.documentProperty().addListener((o, old, doc) -> {
            notes.setText(doc == null ? "" : doc.notes());
            if (doc != null && (old == null || old.architecture().cells().size() != doc.architecture().cells().size())) {
                rebuild();
            }
        });
        if (vm.getDocument() != null) {
            notes.setText(vm.getDocument().notes());
            rebuild();
        }
    }

    /** Where the encodings pane finds what the loaded tables say about the cell (its API index, text columns). */
    public void setTableLookup(Function<Architecture, List<String[]>> lookup) {
        encodings.setTableLookup(lookup);
    }

    private void rebuild() {
        canvases.getChildren().clear();
        cellCanvases.forEach(CellCanvas::dispose);
        cellCanvases.clear();
        CellDocument d = vm.getDocument();
        Architecture a = d.architecture();
        for (int i = 0; i < a.cells().size(); i++) {
            CellCanvas c = new CellCanvas(vm, i, overlay);
            cellCanvases.add(c);
            if (a.cells().size() > 1) {
                Label name = new Label(a.cellName(i) + " cell");
                name.getStyleClass().add("cell-title");
                canvases.getChildren().add(name);
            }
            VBox.setVgrow(c, Priority.ALWAYS);
            canvases.getChildren().add(c);
        }
    }

    public void fit() {
        cellCanvases.forEach(CellCanvas::fitAndFollow);
    }

    public void zoom(double factor) {
        cellCanvases.forEach(c -> c.zoom(factor, null));
    }

    /** The cells as drawn (PNG export). */
    public WritableImage snapshot() {
        return canvases.snapshot(null, null);
    }
}
