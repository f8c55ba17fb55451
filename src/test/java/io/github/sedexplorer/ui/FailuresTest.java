package io.github.sedexplorer.ui;

import io.github.sedexplorer.ui.common.Failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.log.ErrorLog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An unexpected error anywhere is logged with its stack trace and shown as one line naming the log (no stack trace,
 * no class name); bad input (SedException) is shown as its message and not logged as a bug; messages are escaped.
 */
@GuiTest
class FailuresTest {

    private SedExplorerApp app;

    @Start
    void start(Stage stage) {
        app = new SedExplorerApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.lookup("#unexpectedErrorDialog").tryQuery().ifPresent(n -> robot.interact(() -> ((Stage) n.getScene().getWindow()).close()));
        robot.lookup("#errorDialog").tryQuery().ifPresent(n -> robot.interact(() -> ((Stage) n.getScene().getWindow()).close()));
    }

    private static String log() throws Exception {
        Path file = ErrorLog.file();
        return file == null ? "" : Files.readString(file);
    }

    private static DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unexpectedErrorDialog").tryQuery().isPresent());
        return robot.lookup("#unexpectedErrorDialog").queryAs(DialogPane.class);
    }

    private static void assertOneLineNamingTheLog(String shown) {
        assertTrue(shown.contains(ErrorLog.where()), shown);
        assertFalse(shown.contains("\n"), "one line: " + shown);
        assertFalse(shown.contains("Exception"), "no class names: " + shown);
        assertFalse(shown.contains("boom"), "not even the bug's own message: " + shown);
    }

    @Test
    void aBugOnTheFxThreadIsLoggedAndShownAsOneLine(FxRobot robot) throws Exception {
        String tag = "boom-" + UUID.randomUUID();
        Platform.runLater(() -> {
            throw new IllegalStateException(tag);
        });
        DialogPane d = dialog(robot);
        assertOneLineNamingTheLog(d.getContentText());
        String log = log();
        assertTrue(log.contains(tag), "the log has the error");
        assertTrue(log.substring(log.indexOf(tag)).contains("\tat io.github.sedexplorer.ui.FailuresTest"), "and its stack trace");
    }

    @Test
    void aBugOnAnotherThreadToo(FxRobot robot) throws Exception {
        String tag = "boom-" + UUID.randomUUID();
        Thread t = new Thread(() -> {
            throw new ArrayIndexOutOfBoundsException(tag);
        }, "worker");
        t.start();
        t.join();
        assertOneLineNamingTheLog(dialog(robot).getContentText());
        assertTrue(log().contains(tag));
    }

    @Test
    void badInputIsItsMessageAndNotABug(FxRobot robot) throws Exception {
        String tag = "no such op 'x" + UUID.randomUUID() + "\u001b[31m'";
        Platform.runLater(() -> {
            throw new SedException(tag);
        });
        DialogPane d = dialog(robot);
        assertEquals(tag.replace("\u001b", "\\u001b"), d.getContentText(), "the message, escaped");
        assertFalse(log().contains(tag.substring(0, 30)), "bad input is not logged as a bug");
    }

    @Test
    void describeSaysWhereTheLogIs() throws Exception {
        String tag = "boom-" + UUID.randomUUID();
        String line = Failures.describe("testing", new NullPointerException(tag));
        assertOneLineNamingTheLog(line);
        assertTrue(log().contains("testing"));
        assertEquals("bad \\u0007 input", Failures.describe("testing", new SedException("bad \u0007 input")));
    }

    @Test
    void anIndexOnlyTableSaysWhatToDoInTheApp(FxRobot robot, @TempDir Path dir) throws Exception {
        Path indexOnly = Files.writeString(dir.resolve("index-only.csv"), "arch_index,c10_test\n1,90.5\n2,91.25\n3,80\n");
        robot.interact(() -> app.window().workspace().load(indexOnly));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String shown = robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText();
        assertFalse(shown.contains("--"), "no command-line flags in the app: " + shown);
        assertTrue(shown.contains("File → Open benchmark table…"), shown);
        String status = robot.lookup("#message").queryAs(Label.class).getText();
        assertFalse(status.contains("--"), status);
    }

    @Test
    void aTableWithoutArchitecturesToo(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "name,acc\nresnet,94\n");
        robot.interact(() -> app.window().workspace().load(bad));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String shown = robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText();
        assertFalse(shown.contains("--"), shown);
        assertTrue(shown.contains("no column holds architectures"), shown);
        assertTrue(shown.contains("File → Import architecture…"), shown);
    }
}
