package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.recovery.RecoveryJournal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Crash recovery through the real window: a start with a journal left by a program that died offers it (naming the
 * cell and when it was edited), Restore brings the edit back unsaved with its file, Discard drops it; edits in the
 * running app are journalled, and a save removes the journal.
 */
@GuiTest
class RecoveryTest {

    @TempDir
    Path dir;
    private SedExplorerApp app;
    private Stage stage;
    private Path recovery;
    private Path cellFile;
    private CellDocument edit;

    /** A program that opened cell.json, changed an edge and died: its journal is left in the recovery directory. */
    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        recovery = dir.resolve("recovery");
        cellFile = dir.resolve("cell.json");
        CellDocument saved = Samples.load(Samples.DEFAULT);
        CellFile.write(saved, cellFile);
        EditorViewModel crashed = new EditorViewModel(AutoLayout::positions);
        crashed.open(saved, cellFile);
        crashed.selectionProperty().set(io.github.sedexplorer.ui.editor.Selection.edge(0, 0, 3));
        crashed.applyOp(Op.AVG_POOL_3X3);
        edit = crashed.getDocument();
        RecoveryJournal dead = RecoveryJournal.open(recovery);
        dead.update(new RecoveryJournal.Snapshot(edit, cellFile, "sed-path", 16, Instant.now()));
        dead.flush();
        io.github.sedexplorer.ui.recovery.Crash.kill(dead);

        app = new SedExplorerApp(recovery);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    private EditorViewModel vm() {
        return app.window().viewModel();
    }

    private DialogPane offer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recoveryDialog").tryQuery().isPresent());
        return robot.lookup("#recoveryDialog").queryAs(DialogPane.class);
    }

    private long journals() throws Exception {
        try (Stream<Path> files = Files.list(recovery)) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void aStartAfterACrashOffersTheEditAndRestoreBringsItBack(FxRobot robot) throws Exception {
        DialogPane d = offer(robot);
        String text = d.getContentText();
        assertTrue(text.contains("“" + edit.title() + "”"), "names the cell: " + text);
        assertTrue(text.contains(cellFile.toString()), "and its file: " + text);
        assertTrue(text.contains("last edited today at "), "and when: " + text);
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edit, vm().getDocument(), "the edit is back");
        assertTrue(vm().isDirty(), "unsaved");
        assertEquals(cellFile, vm().fileProperty().get(), "with its original file");
        assertTrue(stage.getTitle().startsWith("* cell.json"), stage.getTitle());
        assertEquals(Op.AVG_POOL_3X3, vm().cell(0).edge(vm().cell(0).edgeIndex(0, 3)).op());

        app.journal().flush();
        assertEquals(1, journals(), "the dead program's journal lives on as this one's");
        assertTrue(Files.exists(app.journal().file()));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm().isDirty());
        assertEquals(edit, CellFile.read(cellFile), "Save wrote the original file");
        app.journal().flush();
        assertEquals(0, journals(), "a save removes the journal");
    }

    @Test
    void discardDropsIt(FxRobot robot) throws Exception {
        offer(robot);
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm().isDirty());
        assertEquals(Samples.load(Samples.DEFAULT).architecture(), vm().getDocument().architecture());
        app.journal().flush();
        assertEquals(0, journals(), "discarded");
    }

    @Test
    void editsInTheRunningAppAreJournalled(FxRobot robot) throws Exception {
        offer(robot);
        robot.clickOn("Discard");
        robot.clickOn("#edge-label-0-0-3");
        robot.type(KeyCode.DIGIT3);
        CellDocument now = vm().getDocument();
        Path mine = app.journal().file();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(mine));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> CellFile.read(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(mine)).get("document").toString()).equals(now));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertFalse(vm().isDirty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(mine));
    }
}
