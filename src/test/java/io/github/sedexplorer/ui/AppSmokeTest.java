package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Selection;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The real window opens headless on the default cell and shows its spec values (sed-model.md §5). */
@GuiTest
class AppSmokeTest {

    private Stage stage;
    private SedExplorerApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SedExplorerApp();
        app.start(stage);
    }

    /** A clean exit after each test, so no recovery journal of this run is offered to the next. */
    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void showsTheDefaultCellScored(FxRobot robot) {
        assertEquals("sed-path:  17.394347", robot.lookup("#score").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ChoiceBox<String> model = robot.lookup("#modelChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> model.setValue("sed-flow"));
        assertEquals("sed-flow:  7.461617", robot.lookup("#score").queryAs(Label.class).getText());
        assertTrue(stage.getTitle().contains("SED Explorer"), stage.getTitle());
        assertTrue(robot.lookup(".status-bar .note").queryAs(Label.class).getText().contains("reconstructed"));
    }

    @Test
    void samplesMenuOpensASample(FxRobot robot) {
        robot.clickOn("Samples").clickOn("nb201-pooling-chain");
        // three 3x3 average pools in a chain: 3 · (−ln 3)
        assertEquals("sed-path:  -3.295837", robot.lookup("#score").queryAs(Label.class).getText());
        robot.clickOn("Samples").clickOn("darts-v2");
        assertEquals("params: 4,400 weights", robot.lookup("#params").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#canvas-1").tryQuery().isPresent(), "DARTS has the reduce cell too");
        assertTrue(robot.lookup("#canvas-0").query().getParent().isVisible());
        assertFalse(robot.lookup("#canvas-1").query().getParent().isVisible(), "one cell at a time, readable");
        robot.clickOn("#showCell-all");
        assertTrue(robot.lookup("#canvas-1").query().getParent().isVisible(), "side by side");
        robot.clickOn("#showCell-1");
        assertFalse(robot.lookup("#canvas-0").query().getParent().isVisible());
        assertTrue(robot.lookup("#canvas-1").query().getParent().isVisible());
    }

    /** The keyboard alone edits: the canvas takes focus, arrows move the selection, a digit sets the op. */
    @Test
    void theCanvasAnswersTheKeyboard(FxRobot robot) {
        EditorViewModel vm = app.window().viewModel();
        robot.clickOn(robot.point("#canvas-0").atPosition(Pos.TOP_LEFT).atOffset(new Point2D(12, 12))); // the background
        robot.type(KeyCode.RIGHT);
        assertEquals(Selection.edge(0, 0, 1), vm.selectionProperty().get());
        robot.type(KeyCode.RIGHT);
        assertEquals(Selection.edge(0, 0, 2), vm.selectionProperty().get());
        robot.type(KeyCode.DIGIT5);
        assertEquals("Set edge in→2 to avg_pool_3x3", vm.undoStack().undoNameProperty().get());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, vm.selectionProperty().get());
    }

    /** Side panels hide from the View menu, and no menu item parses underscores away ("avg_pool_3x3"). */
    @Test
    void panelsHideAndMenusKeepUnderscores(FxRobot robot) {
        robot.clickOn("View").clickOn("SED panel");
        assertFalse(robot.lookup("#scoreDetail").tryQuery().map(n -> n.getScene() != null && n.isVisible()
                && n.getParent() != null && isShown(n)).orElse(false), "the SED panel is gone");
        robot.clickOn("View").clickOn("SED panel");
        assertTrue(isShown(robot.lookup("#scoreDetail").query()));
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        bar.getMenus().forEach(AppSmokeTest::noMnemonics);
    }

    private static void noMnemonics(Menu m) {
        for (MenuItem item : m.getItems()) {
            if (item instanceof Menu sub) {
                noMnemonics(sub);
            } else if (!(item instanceof SeparatorMenuItem)) {
                assertFalse(item.isMnemonicParsing(), m.getText() + " → " + item.getText() + " would eat underscores");
            }
        }
    }

    private static boolean isShown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p.getParent() == null) {
                return p.getScene() != null && p == p.getScene().getRoot();
            }
        }
        return false;
    }
}
