package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The operations of the current space, numbered for the keyboard; a click sets the selection's operation. */
public final class PalettePane extends VBox {

    private final EditorViewModel vm;
    private final ToggleGroup group = new ToggleGroup();
    private SearchSpace shown;

    public PalettePane(EditorViewModel vm) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(14));
        setPrefWidth(220);
        setMinWidth(200);
        getStyleClass().add("palette");
        vm.documentProperty().addListener((o, a, d) -> {
            if (d != null && d.architecture().space() != shown) {
                rebuild(d.architecture().space());
            }
        });
        vm.paletteOpProperty().addListener((o, a, op) -> select(op));
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
        Label hint = new Label(space.nodeLabelled() ? "on nodes: select a node, then pick" : "select an edge, then pick; or press 1–" + space.ops().size());
        hint.setWrapText(true);
        hint.getStyleClass().add("note");
        getChildren().addAll(title, new Label(space.displayName()), hint);
        int k = 1;
        for (Op op : space.ops()) {
            Rectangle swatch = new Rectangle(12, 12, Palette.of(op));
            ToggleButton b = new ToggleButton(k++ + "  " + space.opName(op), swatch);
            b.setId("op-" + space.opName(op));
            b.setMnemonicParsing(false);
            b.setUserData(op);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setOnAction(e -> {
                vm.applyOp(op);
                b.setSelected(true);
            });
            getChildren().add(b);
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
        select(vm.paletteOpProperty().get());
    }

    private void select(Op op) {
        group.getToggles().forEach(t -> t.setSelected(op != null && op.equals(t.getUserData())));
    }
}
