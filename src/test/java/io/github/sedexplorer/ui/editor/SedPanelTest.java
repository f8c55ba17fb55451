package io.github.sedexplorer.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.ui.GuiTest;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The panel's path list changes when the paths do, not on every new score: a moved node lists the same paths. */
@GuiTest
class SedPanelTest {

    private final EditorViewModel vm = new EditorViewModel(AutoLayout::positions);

    @Start
    void start(Stage stage) {
        vm.open(CellDocument.of(Architecture.of(Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.INTERMEDIATE, Node.OUTPUT),
                List.of(new Edge(0, 1, Op.CONV_3X3), new Edge(1, 2, Op.CONV_3X3), new Edge(0, 2, Op.SKIP))))), null);
        stage.setScene(new Scene(new SedPanel(vm, new SimpleBooleanProperty(false)), 400, 700));
        stage.show();
    }

    @Test
    void theListChangesOnlyWithThePaths(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<String> paths = robot.lookup("#paths").queryAs(ListView.class);
        int[] changes = new int[1];
        robot.interact(() -> paths.getItems().addListener((ListChangeListener<String>) c -> changes[0]++));
        List<String> before = List.copyOf(paths.getItems());
        assertEquals(2, before.size());

        robot.interact(() -> vm.moveNode(0, 1, new NodePosition(300, 200)));
        assertEquals(0, changes[0], "a move rescores the same paths");
        assertEquals(before, paths.getItems());

        robot.interact(() -> {
            vm.selectionProperty().set(Selection.edge(0, 0, 1));
            vm.applyOp(Op.AVG_POOL_3X3);
        });
        assertEquals(1, changes[0], "an op change lists new entropies");
        assertNotEquals(before, paths.getItems());
    }
}
