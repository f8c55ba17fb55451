package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Editor tab: a lesson's notes, one canvas per cell of the architecture (DARTS: normal and reduce), and the
 * cell's encodings. The canvases are rebuilt only when the number of cells changes.
 */
public final class EditorView extends VBox {

    private final EditorViewModel vm;
    private final BooleanProperty overlay;
    private final HBox canvases = new HBox(12);
    private final HBox cellChoice = new HBox(0);
    private final ToggleGroup shown = new ToggleGroup();
    private final List<CellCanvas> cellCanvases = new ArrayList<>();
    private final EncodingsPane encodings;

    public EditorView(EditorViewModel vm, BooleanProperty overlay) {
        this.vm = vm;
        this.overlay = overlay;
        Label notes = new Label();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE); // a lesson's notes wrap in full, never elided, in a short window
        notes.getStyleClass().add("lesson-notes");
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        encodings = new EncodingsPane(vm);
        cellChoice.setId("cellChoice");
        cellChoice.getStyleClass().add("cell-choice");
        cellChoice.managedProperty().bind(cellChoice.visibleProperty());
        shown.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true); // one choice is always on
            } else {
                showCells();
            }
        });
        getChildren().addAll(notes, cellChoice, canvases, encodings);
        VBox.setVgrow(canvases, Priority.ALWAYS);
        vm.editedProperty().addListener((o, a, b) -> notes.setText(notes(vm)));
        vm.documentProperty().addListener((o, old, doc) -> {
            notes.setText(notes(vm));
            if (doc != null && (old == null || old.architecture().cells().size() != doc.architecture().cells().size())) {
                rebuild();
            }
        });
        if (vm.getDocument() != null) {
            notes.setText(notes(vm));
            rebuild();
        }
    }

    /** The document's notes; once the cell is edited they describe the cell as it was opened, and say so. */
    static String notes(EditorViewModel vm) {
        CellDocument d = vm.getDocument();
        if (d == null || d.notes().isBlank()) {
            return "";
        }
        return Boolean.TRUE.equals(vm.editedProperty().getValue()) ? "As opened, before your edits: " + d.notes() : d.notes();
    }

    /** Puts a pane (the compact microscope) under the cells, above the encodings; once. */
    public void setFooter(Node pane) {
        getChildren().add(getChildren().indexOf(encodings), pane);
    }

    /** Where the encodings pane finds what the loaded tables say about the cell (its API index, text columns). */
    public void setTableLookup(Function<Architecture, List<String[]>> lookup) {
        encodings.setTableLookup(lookup);
    }

    private void rebuild() {
        canvases.getChildren().clear();
        cellCanvases.forEach(CellCanvas::dispose);
        cellCanvases.clear();
        cellChoice.getChildren().clear();
        shown.getToggles().clear();
        Architecture a = vm.getDocument().architecture();
        for (int i = 0; i < a.cells().size(); i++) {
            CellCanvas c = new CellCanvas(vm, i, overlay);
            cellCanvases.add(c);
            VBox column = new VBox(2);
            if (a.cells().size() > 1) {
                Label name = new Label(a.cellName(i) + " cell");
                name.getStyleClass().add("cell-title");
                column.getChildren().add(name);
                choice(a.cellName(i) + " cell", "showCell-" + i, i);
            }
            column.getChildren().add(c);
            VBox.setVgrow(c, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.managedProperty().bind(column.visibleProperty());
            canvases.getChildren().add(column);
        }
        cellChoice.setVisible(a.cells().size() > 1);
        if (a.cells().size() > 1) {
            choice("Side by side", "showCell-all", -1);
            shown.getToggles().get(0).setSelected(true);
        }
        showCells();
    }

    /** One toggle of the cell choice: a cell alone (readable at the default window size) or all side by side. */
    private void choice(String text, String id, int cell) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(cell);
        b.setToggleGroup(shown);
        cellChoice.getChildren().add(b);
    }

    private void showCells() {
        Toggle t = shown.getSelectedToggle();
        int only = t == null ? -1 : (Integer) t.getUserData();
        for (int i = 0; i < canvases.getChildren().size(); i++) {
            VBox column = (VBox) canvases.getChildren().get(i);
            column.setVisible(only < 0 || only == i);
            if (column.getChildren().size() > 1) { // the cell's title, needed only beside the other cell
                column.getChildren().get(0).setVisible(only < 0);
                column.getChildren().get(0).setManaged(only < 0);
            }
        }
        cellCanvases.forEach(CellCanvas::fitAndFollow);
    }

    /** The canvases, one per cell (DARTS: normal and reduce). */
    public List<CellCanvas> canvases() {
        return List.copyOf(cellCanvases);
    }

    public void fit() {
        cellCanvases.forEach(CellCanvas::fitAndFollow);
    }

    public void zoom(double factor) {
        cellCanvases.forEach(c -> c.zoom(factor, null));
    }

}
