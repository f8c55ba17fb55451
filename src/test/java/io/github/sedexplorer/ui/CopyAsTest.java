package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.NaslibTuple;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Edit → Copy as ▸ lists the editor's cell in each of its encodings, follows the cell, and copies the one chosen. */
@GuiTest
class CopyAsTest {

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

    private Menu copyAs(FxRobot robot) {
        Menu edit = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow();
        return (Menu) edit.getItems().stream().filter(i -> "copyAs".equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<String> names(Menu m) {
        return m.getItems().stream().map(MenuItem::getText).toList();
    }

    private String copied(FxRobot robot, Menu m, String name) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            m.getItems().stream().filter(i -> i.getText().equals(name)).findFirst().orElseThrow().fire();
            text.set(Clipboard.getSystemClipboard().getString());
        });
        return text.get();
    }

    @Test
    void copiesEachEncodingOfTheEditorsCell(FxRobot robot) {
        Menu m = copyAs(robot);
        assertEquals(List.of("NB201 arch string", "NASLib tuple"), names(m));
        assertEquals(app.window().viewModel().getDocument().architecture().cell(), NaslibTuple.parse(copied(robot, m, "NASLib tuple")));
        robot.interact(() -> app.window().viewModel().open(Samples.load("darts-v2.json"), null));
        assertEquals(List.of("DARTS genotype", "AutoDL-Projects genotype"), names(m), "the menu follows the cell");
        String autoDl = copied(robot, m, "AutoDL-Projects genotype");
        assertTrue(autoDl.startsWith("Genotype(normal=[(("), autoDl);
        assertEquals(app.window().viewModel().getDocument().architecture().cells(), DartsGenotype.parse(autoDl).cells());
        robot.interact(() -> app.window().viewModel().open(Samples.load("free-inception.json"), null));
        assertTrue(m.getItems().get(0).isDisable(), "a free cell has no one-line text");
    }
}
