package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel;
import io.github.sedexplorer.ui.whatif.WhatIfViewModel.Square;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The what-if grid, the whole-space histogram and the lessons, driven through the real window (what the squares
 * and the standing are is {@code WhatIfViewModelTest}'s).
 */
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

    /** Shows the What if tab and waits for its view-model's state to be computed. */
    private WhatIfViewModel showWhatIf(FxRobot robot) throws TimeoutException {
        robot.clickOn("#teachTab");
        WhatIfViewModel vm = app.window().whatIfView().viewModel();
        settle(vm);
        return vm;
    }

    /** Waits until the background work of the What if tab is done and its result drawn. */
    private static void settle(WhatIfViewModel vm) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Square square(WhatIfViewModel vm, int from, int to, Op op) {
        return vm.squares().stream().filter(q -> q.from() == from && q.to() == to && q.op().equals(op)).findFirst().orElseThrow();
    }

    @Test
    void applyingASquareGivesTheSquaresScore(FxRobot robot) throws TimeoutException {
        WhatIfViewModel vm = showWhatIf(robot);
        assertEquals(6 * 5, vm.squares().size(), "NB201: 6 edges × 5 operations");
        assertEquals(1, robot.lookup("#whatif-0-0-3-nor_conv_3x3").queryAll().size(), "each square drawn");
        robot.clickOn("#whatif-0-0-3-nor_conv_3x3");
        assertEquals("sed-path:  19.879253", score(robot), "applying the square gives the square's score");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("sed-path:  17.394347", score(robot), "and it is an ordinary undoable edit");
        settle(vm);
        assertTrue(square(vm, 0, 1, Op.NONE).score() < 17.394347, "cutting 0→1 removes two of the four paths");
    }

    @Test
    void histogramRanksTheCellInItsSpace(FxRobot robot) throws TimeoutException {
        WhatIfViewModel vm = showWhatIf(robot);
        assertEquals(15625, vm.standing().size());
        assertTrue(robot.lookup("#spaceRank").queryAs(Label.class).getText().contains(
                String.format(Locale.ROOT, "rank %,d of 15,625", vm.standing().rank())));
        robot.clickOn("#whatif-0-0-3-nor_conv_3x3");
        settle(vm);
        assertEquals(1, vm.standing().rank(), "the all-conv cell is NB201's best under sed-path");
        assertTrue(robot.lookup("#spaceRank").queryAs(Label.class).getText().contains("rank 1 of 15,625"));
    }

    @Test
    void editsInAnotherTabAreCaughtUpWhenTheTabIsShown(FxRobot robot) throws TimeoutException {
        WhatIfViewModel vm = showWhatIf(robot);
        robot.clickOn("#whatif-0-0-3-nor_conv_3x3");
        settle(vm);
        assertEquals(1, vm.standing().rank());
        robot.interact(() -> app.window().selectTab("editorTab"));
        robot.interact(() -> app.window().viewModel().undo());
        assertEquals("sed-path:  17.394347", score(robot));
        settle(vm);
        // hidden: the grid's every single-op change is not re-scored for the edit
        assertTrue(vm.squares().stream().anyMatch(q -> q.current() && q.from() == 0 && q.to() == 3 && q.op().equals(Op.CONV_3X3)));
        showWhatIf(robot);
        assertTrue(vm.squares().stream().noneMatch(q -> q.current() && q.from() == 0 && q.to() == 3 && q.op().equals(Op.CONV_3X3)),
                "shown again: the grid follows the undo");
        assertTrue(vm.standing().rank() > 1, "the cell's rank follows too");
    }

    @Test
    void lessonsOpenWithTheirCaption(FxRobot robot) {
        robot.clickOn("Samples").clickOn("Lessons").clickOn("Lesson 1: a pooling chain collapses entropy");
        assertEquals(String.format(Locale.ROOT, "sed-path:  %.6f", -3 * Math.log(3)), score(robot));
        String caption = robot.lookup("#notes").queryAs(Label.class).getText();
        assertTrue(caption.startsWith("Three 3x3 average pools in a row."), caption);
        assertTrue(robot.lookup("#notes").query().isVisible());
    }
}
