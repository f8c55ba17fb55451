package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.OpFamily;
import io.github.sedexplorer.cell.SearchSpace;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/** The operations of the current space, numbered for the keyboard; a click sets the selection's operation. */
public final class PalettePane extends VBox {

    private final EditorViewModel vm;
    private final ToggleGroup group = new ToggleGroup();
    private SearchSpace shown;

    public PalettePane(EditorViewModel vm) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(12, 8, 12, 8));
        setPrefWidth(200);
        getStyleClass().add("palette");
        vm.documentProperty().addListener((o, a, d) -> {
            if (d != null && d.architecture().space() != shown) {
                rebuild(d.architecture().space());
            }
        });
        vm.highlightedOpProperty().addListener((o, a, op) -> select(op));
        if (vm.getDocument() != null) {
            rebuild(vm.getDocument().architecture().space());
        }
    }

    private void rebuild(SearchSpace space) {
        shown = space;
        getChildren().clear();
        group.getToggles().clear();
        Label title = new Label("Operations");
        title.getStyleClass().add("panel-title");
        Label hint = new Label(space.nodeLabelled() ? "on nodes: select a node, then pick" : "select an edge, then pick; or " + OpKeys.hint(space.ops().size()));
        hint.setWrapText(true);
        hint.getStyleClass().add("note");
        Label name = new Label(space.displayName());
        name.setWrapText(true);
        getChildren().addAll(title, name, hint);
        int k = 1;
        for (Op op : space.ops()) {
            Rectangle swatch = new Rectangle(12, 12, Palette.of(op));
            ToggleButton b = new ToggleButton(k++ + " " + space.opName(op), swatch);
            b.setId("op-" + space.opName(op));
            b.setMnemonicParsing(false);
            b.setUserData(op);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setTooltip(new Tooltip((space.nodeLabelled() ? "Set the selected node to " : "Set the selected edge to ")
                    + space.opName(op) + " (key " + (k - 1) + "); with nothing selected, new edges get it"));
            b.setOnAction(e -> {
                vm.applyOp(op);
                select(vm.highlightedOpProperty().get()); // a toggle click must not leave its own state behind
            });
            getChildren().add(b);
        }
        if (space == SearchSpace.FREE) {
            getChildren().add(customOp());
        }
        if (CellEdits.nodesEditable(space)) {
            Button add = new Button("Add node");
            add.setId("addNode");
            add.setMaxWidth(Double.MAX_VALUE);
            add.setOnAction(e -> vm.addNode(0, new NodePosition(0, 160)));
            Label tip = new Label("or double-click the canvas");
            tip.getStyleClass().add("note");
            getChildren().addAll(new Label(" "), add, tip);
        }
        Label drawing = new Label("Draw an edge: drag from a node's dot to another node. Drag a node to move it. "
                + "Wheel zooms, dragging the background pans.");
        drawing.setWrapText(true);
        drawing.getStyleClass().add("note");
        getChildren().addAll(new Label(" "), drawing);
        select(vm.highlightedOpProperty().get());
    }

    /** Free cells take any family at any kernel size: pick both and apply. */
    private VBox customOp() {
        ChoiceBox<OpFamily> family = new ChoiceBox<>();
        for (OpFamily f : OpFamily.values()) {
            if (f.sized()) {
                family.getItems().add(f);
            }
        }
        family.setValue(OpFamily.CONV);
        family.setConverter(new StringConverter<>() {
            @Override
            public String toString(OpFamily f) {
                return f == null ? "" : f.prefix();
            }

            @Override
            public OpFamily fromString(String s) {
                return null;
            }
        });
        family.setId("customFamily");
        Spinner<Integer> kernel = new Spinner<>(1, Op.MAX_KERNEL, 7, 2);
        kernel.setId("customKernel");
        kernel.setPrefWidth(70);
        kernel.setTooltip(new Tooltip("kernel size k (k×k), 1 to " + Op.MAX_KERNEL));
        Button apply = new Button("Apply");
        apply.setId("customApply");
        apply.setOnAction(e -> vm.applyOp(new Op(family.getValue(), kernel.getValue())));
        Label title = new Label("any family and kernel:");
        title.getStyleClass().add("note");
        family.setMaxWidth(Double.MAX_VALUE);
        kernel.setMinWidth(70);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(4, kernel, apply); // two rows: one row is wider than a narrow palette
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, new Label(" "), title, family, row);
    }

    private void select(Op op) {
        group.getToggles().forEach(t -> t.setSelected(op != null && op.equals(t.getUserData())));
    }
}
