package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.ui.compare.CompareViewModel;
import io.github.sedexplorer.ui.search.SearchPane;
import io.github.sedexplorer.ui.search.SearchViewModel.Result;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Compare and search through the real window. */
@GuiTest
class CompareSearchTest {

    private static final String ALL_CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";

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

    @Test
    void compareHighlightsTheEdgeThatDiffers(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);   // keep cell #9930
        robot.clickOn("Samples").clickOn("nb201-all-conv3x3");
        robot.clickOn("#compareTab");
        CompareViewModel compare = app.window().compareView().viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !compare.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("sed-path: 19.879253", robot.lookup("#compare-score-0").queryAs(Label.class).getText());
        assertEquals("sed-path: 17.394347", robot.lookup("#compare-score-1").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#compare-edge-1-0-3").query().getStyleClass().contains("diff"), "0→3 differs");
        for (String same : new String[] {"0-1", "0-2", "1-2", "1-3", "2-3"}) {
            assertFalse(robot.lookup("#compare-edge-1-" + same).query().getStyleClass().contains("diff"), same);
        }
        assertEquals(1, compare.comparison().differingEdges(1).size());
        robot.clickOn("#compare-open-1");
        assertEquals("sed-path:  17.394347", robot.lookup("#score").queryAs(Label.class).getText(), "sent to the editor");
    }

    private void runSearch(FxRobot robot) throws Exception {
        robot.clickOn("#searchRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#searchRun").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exhaustiveSearchFindsTheAllConvCellAndABudgetChangesIt(FxRobot robot) throws Exception {
        robot.clickOn("#searchTab");
        runSearch(robot);
        SearchPane pane = app.window().searchPane();
        Result best = pane.results().getItems().get(0);
        assertEquals(ALL_CONV, best.arch(), "NB201's best under sed-path, C = 16");
        assertEquals(19.879253, best.candidate().score(), 5e-7);
        robot.interact(() -> robot.lookup("#searchBudget").queryAs(TextField.class).setText("11520"));
        runSearch(robot);
        Result capped = pane.results().getItems().get(0);
        assertTrue(capped.candidate().params() <= 11520, "within the budget");
        assertEquals(6 * Math.log(3) + 4 * Math.log(16), capped.candidate().score(), 1e-9, "the best within 11,520 weights");
        assertFalse(ALL_CONV.equals(capped.arch()));
        robot.clickOn("#searchOpenBest");
        assertEquals(Nb201ArchString.parse(capped.arch()), app.window().viewModel().cell(0), "the best opens in the editor");
    }
}
