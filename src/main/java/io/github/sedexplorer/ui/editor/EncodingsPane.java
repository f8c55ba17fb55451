package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.Encodings;
import io.github.sedexplorer.cell.Encodings.Encoding;
import io.github.sedexplorer.cell.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The editor's cell in every encoding that applies, side by side and copyable: the benchmark's own
 * text, the TransNAS code, the API index when a loaded table knows it, and the isomorphism key.
 */
public final class EncodingsPane extends TitledPane {

    private final EditorViewModel vm;
    private final GridPane grid = new GridPane();
    private Function<Architecture, List<String[]>> fromTables = a -> List.of();
    /** The rows shown, their value fields, and the space they were laid out for. */
    private List<String[]> shown = List.of();
    private final List<TextField> fields = new ArrayList<>();
    private SearchSpace shownSpace;

    public EncodingsPane(EditorViewModel vm) {
        this.vm = vm;
        setText("Encodings");
        setId("encodings");
        setExpanded(false);
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(6));
        setContent(grid);
        vm.documentProperty().addListener((o, a, d) -> update());
        update();
    }

    /**
     * What the loaded tables know of a cell, as (name, value) rows: the API index (row order of the NATS
     * landscape, or arch_index) and the table's own text columns such as NATS' UniqueString.
     */
    public void setTableLookup(Function<Architecture, List<String[]>> lookup) {
        fromTables = lookup;
        update();
    }

    /**
     * Shows the document's encodings. After an edit the rows are usually the same names with a new value or two (the
     * isomorphism key): the fields are then kept and only their texts set, as making a field and its tooltip for
     * every row again took a good part of an edit's time.
     */
    private void update() {
        if (vm.getDocument() == null) {
            grid.getChildren().clear();
            shown = List.of();
            shownSpace = null;
            return;
        }
        Architecture a = vm.getDocument().architecture();
        List<String[]> rows = new ArrayList<>();
        for (Encoding e : Encodings.of(a)) {
            rows.add(new String[] {e.name(), e.text()});
        }
        if (rows.isEmpty()) {
            rows.add(new String[] {"text", "free cells are saved as JSON cell files"});
        }
        rows.addAll(fromTables.apply(a));
        for (int i = 0; i < a.cells().size() && a.space() != SearchSpace.DARTS; i++) { // two inputs: no key
            Cell c = a.cells().get(i);
            String key;
            try {
                key = CellIsomorphism.key(c);
            } catch (IllegalArgumentException e) {
                key = "(none: " + e.getMessage() + ")";
            }
            rows.add(new String[] {"isomorphism key" + (a.cells().size() > 1 ? " (" + a.cellName(i) + ")" : ""), key});
        }
        if (a.space() == shownSpace && sameNames(rows, shown)) {
            for (int i = 0; i < rows.size(); i++) {
                String value = rows.get(i)[1];
                if (!value.equals(fields.get(i).getText())) {
                    fields.get(i).setText(value);
                    fields.get(i).getTooltip().setText(value);
                }
            }
            shown = rows;
            return;
        }
        grid.getChildren().clear();
        fields.clear();
        shown = rows;
        shownSpace = a.space();
        int r = 0;
        for (String[] row : rows) {
            Label name = new Label(row[0]);
            name.setMinWidth(Label.USE_PREF_SIZE);
            TextField value = new TextField(row[1]);
            value.setEditable(false);
            value.setId("encoding-" + r);
            value.setTooltip(new Tooltip(row[1])); // long genotypes do not fit the field
            GridPane.setHgrow(value, Priority.ALWAYS);
            fields.add(value);
            grid.addRow(r++, name, value);
        }
        if (a.space() != SearchSpace.NB201) {
            return;
        }
        Label note = new Label("The isomorphism key identifies the pruned cell up to renumbering of its interior nodes "
                + "(dead edges and nodes dropped, input and output fixed): 8,764 classes among NB201's connected cells. "
                + "NATS-Bench's UniqueString is another notion — the computed function, 6,466 classes.");
        note.setWrapText(true);
        note.getStyleClass().add("note");
        grid.add(note, 0, r, 2, 1);
    }

    private static boolean sameNames(List<String[]> a, List<String[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i)[0].equals(b.get(i)[0])) {
                return false;
            }
        }
        return true;
    }
}
