package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.EdgeGlyph;
import io.github.sedexplorer.picture.PictureStyle;
import io.github.sedexplorer.ui.compare.CompareViewModel;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.search.SearchPane;
import io.github.sedexplorer.ui.search.SearchViewModel.Result;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
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

    /** The editor and Compare draw one geometry: the same names and labels, each where its picture puts it. */
    @Test
    void editorAndCompareDrawFromTheOneGeometry(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);   // keep cell #9930
        robot.clickOn("Samples").clickOn("nb201-all-conv3x3");
        EditorViewModel vm = app.window().viewModel();
        CellPicture editor = app.window().editorView().canvases().get(0).picture();
        assertSame(vm.picture(0), editor, "the canvas draws the view-model's picture");
        for (EdgeGlyph e : editor.edges()) {
            Label label = robot.lookup("#edge-label-0-" + e.from() + "-" + e.to()).queryAs(Label.class);
            assertEquals(e.label().text(), label.getText());
            assertEquals(e.label().box().minX(), label.getLayoutX(), 1e-9);
            assertEquals(e.label().box().minY(), label.getLayoutY(), 1e-9);
        }
        robot.clickOn("#compareTab");
        CompareViewModel compare = app.window().compareView().viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !compare.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<CellPicture> panels = app.window().compareView().pictures();
        assertEquals(2, panels.size());
        CellPicture shown = panels.get(0);
        assertEquals(vm.cell(0), shown.cell());
        assertEquals(editor.texts().stream().map(CellPicture.Text::text).toList(),
                shown.texts().stream().map(CellPicture.Text::text).toList(), "one geometry, two styles");
        assertEquals(PictureStyle.COMPARE, shown.style());
        for (EdgeGlyph e : shown.edges()) {
            Group g = robot.lookup("#compare-edge-0-" + e.from() + "-" + e.to() + "-label").queryAs(Group.class);
            Rectangle bg = (Rectangle) g.getChildren().get(0);
            assertEquals(e.label().box().minX(), bg.getX(), 1e-9);
            assertEquals(e.label().box().minY(), bg.getY(), 1e-9);
        }
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
        Button open = robot.lookup("#compare-open-1").queryAs(Button.class); // the reflowed panel may sit below the fold
        robot.interact(open::fire);
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
