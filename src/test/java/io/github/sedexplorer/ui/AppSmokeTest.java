package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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
}
