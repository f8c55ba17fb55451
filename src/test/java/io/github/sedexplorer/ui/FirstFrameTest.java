package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as the command line starts it: the first frame holds the frame and the editor only; the side panels
 * and a table named on the command line come after it, and nothing of either is lost.
 */
@GuiTest
class FirstFrameTest {

    private SedExplorerApp app;
    private boolean panelsBeforeFirstFrame;
    private boolean tableBeforeFirstFrame;

    @Start
    void start(Stage stage) throws IOException {
        Path table = Files.createTempFile("first-frame", ".csv");
        table.toFile().deleteOnExit();
        Files.writeString(table, "arch,acc\n"
                + "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|,94.4\n"
                + "|avg_pool_3x3~0|+|avg_pool_3x3~0|avg_pool_3x3~1|+|skip_connect~0|avg_pool_3x3~1|avg_pool_3x3~2|,60.1\n"
                + "|nor_conv_1x1~0|+|nor_conv_1x1~0|nor_conv_1x1~1|+|skip_connect~0|nor_conv_1x1~1|nor_conv_1x1~2|,88.0\n");
        app = new SedExplorerApp(null, true);
        app.setArgs(List.of(table.toString()));
        app.start(stage);
        // still inside start-up, before any pulse: what the first frame will hold
        panelsBeforeFirstFrame = stage.getScene().lookup(".palette") != null || stage.getScene().lookup("#score") != null;
        tableBeforeFirstFrame = app.window().workspace().loadingProperty().get() || !app.window().workspace().tables().isEmpty();
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void panelsAndTablesComeAfterTheEditorsFirstFrame(FxRobot robot) throws TimeoutException {
        assertFalse(panelsBeforeFirstFrame, "the palette and the SED panel are built after the first frame");
        assertFalse(tableBeforeFirstFrame, "a table on the command line starts loading after the first frame");
        assertTrue(robot.lookup("#canvas-0").tryQuery().isPresent(), "the editor is in the first frame");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#score").tryQuery().isPresent()
                && app.window().workspace().tables().size() == 1 && !app.window().workspace().loadingProperty().get());
        // the panels show the editor's cell as if built with the window (sed-model.md §5: NB201 #9930)
        assertEquals("sed-path:  17.394347", robot.lookup("#score").queryAs(Label.class).getText());
        assertEquals(3, app.window().workspace().tables().get(0).rows());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "chartTab".equals(
                robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()));
        robot.interact(() -> app.window().selectTab("editorTab"));
        assertTrue(robot.lookup(".palette").tryQuery().isPresent(), "the editor's palette is back beside it");
    }
}
