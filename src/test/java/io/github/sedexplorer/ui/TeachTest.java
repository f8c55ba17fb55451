package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.whatif.SpaceHistogram;
import io.github.sedexplorer.ui.whatif.WhatIfGrid;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The what-if grid, the whole-space histogram and the lessons, driven through the real window. */
@GuiTest
class TeachTest {

    private SedExplorerApp app;

    @Start
    void start(Stage stage) {
        app = new SedExplorerApp();
        app.start(stage);
    }

    /** A clean exit after each test, so no recovery journal of this run is offered to the next. */
    @Stop
    void stop() {
        app.stop();
    }

    private String score(FxRobot robot) {
        return robot.lookup("#score").queryAs(Label.class).getText();
    }

    @Test
    void applyingASquareGivesTheSquaresScore(FxRobot robot) {
        robot.clickOn("#teachTab");
        WhatIfGrid grid = app.window().teachPane().grid();
        assertEquals(6 * 5, grid.squares().size(), "NB201: 6 edges × 5 operations");
        WhatIfGrid.Square square = grid.squares().stream()
                .filter(q -> q.from() == 0 && q.to() == 3 && q.op().equals(Op.CONV_3X3)).findFirst().orElseThrow();
        assertEquals(19.879253, square.score(), 5e-7, "the spec's all-conv value");
        assertEquals(1, grid.squares().stream().filter(q -> q.from() == 0 && q.to() == 3 && q.current()).count());
        robot.clickOn("#whatif-0-0-3-nor_conv_3x3");
        assertEquals("sed-path:  19.879253", score(robot), "applying the square gives the square's score");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("sed-path:  17.394347", score(robot), "and it is an ordinary undoable edit");
        WhatIfGrid.Square cut = grid.squares().stream()
                .filter(q -> q.from() == 0 && q.to() == 1 && q.op().equals(Op.NONE)).findFirst().orElseThrow();
        assertTrue(cut.score() < 17.394347, "cutting 0→1 removes two of the four paths");
    }

    @Test
    void histogramRanksTheCellInItsSpace(FxRobot robot) {
        robot.clickOn("#teachTab");
        SpaceHistogram h = app.window().teachPane().histogram();
        SedModel m = SedModels.create("sed-path", 16);
        double mine = app.window().viewModel().getScores().total();
        int above = 0;
        int tied = 0;
        for (Cell c : SpaceEnumerator.cells(SearchSpace.NB201)) {
            double s = m.score(c);
            if (Math.abs(s - mine) < 1e-9) {
                tied++;
            } else if (s > mine) {
                above++;
            }
        }
        assertEquals(above + 1, h.standing().rank());
        assertEquals(tied, h.standing().tied());
        assertEquals(15625, h.standing().size());
        robot.clickOn("#whatif-0-0-3-nor_conv_3x3");
        assertEquals(1, h.standing().rank(), "the all-conv cell is NB201's best under sed-path");
        assertTrue(robot.lookup("#spaceRank").queryAs(Label.class).getText().contains("rank 1 of 15,625"));
    }

    @Test
    void editsInAnotherTabAreCaughtUpWhenTheTabIsShown(FxRobot robot) {
        WhatIfGrid grid = app.window().teachPane().grid();
        SpaceHistogram h = app.window().teachPane().histogram();
        robot.clickOn("#teachTab");
        robot.clickOn("#whatif-0-0-3-nor_conv_3x3");
        assertEquals(1, h.standing().rank());
        robot.interact(() -> app.window().selectTab("editorTab"));
        robot.interact(() -> app.window().viewModel().undo());
        assertEquals("sed-path:  17.394347", score(robot));
        // hidden: the grid's every single-op change is not re-scored for the edit
        assertTrue(grid.squares().stream().anyMatch(q -> q.current() && q.from() == 0 && q.to() == 3 && q.op().equals(Op.CONV_3X3)));
        robot.clickOn("#teachTab");
        assertTrue(grid.squares().stream().noneMatch(q -> q.current() && q.from() == 0 && q.to() == 3 && q.op().equals(Op.CONV_3X3)),
                "shown again: the grid follows the undo");
        assertTrue(h.standing().rank() > 1, "the cell's rank follows too");
    }

    @Test
    void lessonsOpenWithTheirCaption(FxRobot robot) {
        robot.clickOn("Samples").clickOn("Lessons").clickOn("Lesson 1: a pooling chain collapses entropy");
        assertEquals(String.format(java.util.Locale.ROOT, "sed-path:  %.6f", -3 * Math.log(3)), score(robot));
        String caption = robot.lookup("#notes").queryAs(Label.class).getText();
        assertTrue(caption.startsWith("Three 3x3 average pools in a row."), caption);
        assertTrue(robot.lookup("#notes").query().isVisible());
    }
}
