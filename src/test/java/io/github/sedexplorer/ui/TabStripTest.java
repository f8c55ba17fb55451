package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab strip at the smallest window the README promises, 1024×700: it spans the window above the side panels,
 * so every one of the nine names shows (none in the overflow menu) and stays where it is whichever tab is in front.
 */
@GuiTest
class TabStripTest {

    private SedExplorerApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SedExplorerApp();
        app.start(stage);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static TabPane strip(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAs(TabPane.class);
    }

    /** Each tab header's left edge in the scene, in tab order; fails for a header hidden in the overflow menu. */
    private static List<Double> headers(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> xs = new ArrayList<>();
        for (var tab : strip(robot).getTabs()) {
            Node header = robot.lookup("#" + tab.getId()).query();
            assertTrue(header.isVisible(), tab.getText() + "'s header is shown, not in the ▾ menu");
            Bounds b = header.localToScene(header.getBoundsInLocal());
            assertTrue(b.getMaxX() <= strip(robot).getWidth() + 0.5, tab.getText() + " ends at " + b.getMaxX());
            xs.add(b.getMinX());
        }
        return xs;
    }

    @Test
    void everyNameShowsAndStaysPutWhateverTabIsInFront(FxRobot robot) {
        assertEquals(1024, stage.getWidth(), 0.5);
        List<Double> editor = headers(robot);
        assertEquals(9, editor.size());
        assertEquals(0, editor.get(0), 12, "the strip starts at the window's left edge, not beside the palette");
        for (String id : List.of("chartTab", "labTab", "microscopeTab")) {
            robot.interact(() -> app.window().selectTab(id));
            assertEquals(editor, headers(robot), "the headers beside " + id);
        }
    }

    @Test
    void controlTabSwitchesTabsWhereverTheFocusIs(FxRobot robot) {
        robot.interact(() -> app.window().editorView().canvases().get(0).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("teachTab", strip(robot).getSelectionModel().getSelectedItem().getId());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tableTab", strip(robot).getSelectionModel().getSelectedItem().getId(), "back past the first: the last");
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("editorTab", strip(robot).getSelectionModel().getSelectedItem().getId());
    }
}
