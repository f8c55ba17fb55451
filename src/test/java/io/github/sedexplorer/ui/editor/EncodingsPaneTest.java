package io.github.sedexplorer.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.ui.GuiTest;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The encodings follow every edit; an edit that changes only values keeps the fields and sets their texts. */
@GuiTest
class EncodingsPaneTest {

    private final EditorViewModel vm = new EditorViewModel(AutoLayout::positions);
    private EncodingsPane pane;

    @Start
    void start(Stage stage) {
        vm.open(CellDocument.of(Architecture.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"))), null);
        pane = new EncodingsPane(vm);
        pane.setExpanded(true);
        stage.setScene(new Scene(pane, 600, 300));
        stage.show();
    }

    private List<TextField> fields(FxRobot robot) {
        return robot.lookup("#encodings .text-field").queryAllAs(TextField.class).stream()
                .sorted(java.util.Comparator.comparing(TextField::getId)).toList();
    }

    @Test
    void anEditSetsTheTextsOfTheSameFields(FxRobot robot) {
        List<TextField> before = fields(robot);
        String text = before.get(0).getText();
        robot.interact(() -> {
            vm.selectionProperty().set(Selection.edge(0, 0, 1));
            vm.applyOp(Op.AVG_POOL_3X3);
        });
        List<TextField> after = fields(robot);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i), "field " + i + " kept");
        }
        assertNotEquals(text, after.get(0).getText(), "the arch string follows the edit");
        assertEquals("|avg_pool_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|", after.get(0).getText());
        assertEquals(after.get(0).getText(), after.get(0).getTooltip().getText());
        String key = CellIsomorphism.key(vm.cell(0));
        assertTrue(after.stream().anyMatch(f -> f.getText().equals(key)), "the isomorphism key of the edited cell");
    }

    @Test
    void anotherSpaceLaysTheRowsOutAgain(FxRobot robot) {
        List<TextField> before = fields(robot);
        robot.interact(() -> vm.open(CellDocument.of(Architecture.of(Cell.of(SearchSpace.FREE, List.of(Node.INPUT, Node.OUTPUT), List.of(new Edge(0, 1, Op.CONV_3X3))))), null));
        List<TextField> after = fields(robot);
        assertNotEquals(before.size(), after.size(), "a free cell has no NB201 rows");
        assertEquals("free cells are saved as JSON cell files", after.get(0).getText());
    }
}
