package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.ui.editor.Selection;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The lesson bar in the real window, Help → Keyboard shortcuts and User guide, and View → Larger text. */
@GuiTest
class HelpTest {

    private SedExplorerApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SedExplorerApp();
        app.start(stage);
    }

    @Stop
    void stop() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage && w instanceof Stage s) {
                s.close();
            }
        }
        app.stop();
    }

    private MenuBar menuBar() {
        return (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
    }

    private static void accelerated(List<MenuItem> items, List<MenuItem> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu m) {
                accelerated(m.getItems(), out);
            } else if (item.getAccelerator() != null) {
                out.add(item);
            }
        }
    }

    @Test
    void everyAcceleratorOfTheMenuBarIsOnTheSheet(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        GridPane grid = (GridPane) robot.lookup("#shortcutSheet").queryAs(ScrollPane.class).getContent();
        List<String> rows = new ArrayList<>();
        List<Node> cells = grid.getChildren();
        for (int i = 0; i + 2 < cells.size(); i += 3) {
            rows.add(((Label) cells.get(i)).getText() + " | " + ((Label) cells.get(i + 1)).getText());
        }
        List<MenuItem> items = new ArrayList<>();
        for (Menu m : menuBar().getMenus()) {
            accelerated(m.getItems(), items);
        }
        assertTrue(items.size() >= 15, "the menu bar's accelerators: " + items.size());
        for (MenuItem item : items) {
            String row = item.getAccelerator().getDisplayText() + " | " + item.getText();
            assertTrue(rows.contains(row), row + " is on the sheet " + rows);
        }
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Delete, Backspace | ")), "and the editor's own keys");
    }

    @Test
    void theUserGuideShowsTheEditorSection(FxRobot robot) {
        robot.clickOn("Help").clickOn("User guide");
        ScrollPane guide = robot.lookup("#userGuide").queryAs(ScrollPane.class);
        StringBuilder text = new StringBuilder();
        for (Node p : ((Parent) guide.getContent()).getChildrenUnmodifiable()) {
            if (p instanceof TextFlow flow) {
                flow.getChildren().forEach(t -> text.append(((Text) t).getText()));
            }
        }
        assertTrue(text.toString().contains("Undo/Redo"), text.toString());
        assertTrue(text.toString().contains("Drag nodes to move them"), text.toString());
    }

    @Test
    void theLessonBarFollowsTheLesson(FxRobot robot) {
        assertFalse(robot.lookup("#lessonBar").query().isVisible(), "no bar for a cell that is no lesson");
        robot.clickOn("Samples").clickOn("Lessons").clickOn("Lesson 1: a pooling chain collapses entropy");
        assertTrue(robot.lookup("#lessonBar").query().isVisible());
        Label step = robot.lookup("#lessonStep").queryAs(Label.class);
        assertTrue(step.getText().startsWith("Step 1 of 4: Before any edit, look at the Microscope under the cell"), step.getText());
        Label check = robot.lookup("#lessonCheck").queryAs(Label.class);
        assertEquals("✓ done", check.getText(), "a step that asks to look is done on arrival");
        robot.clickOn("#nextStep");
        assertTrue(step.getText().startsWith("Step 2 of 4: Select the edge 1→2"), step.getText());
        assertEquals("…", check.getText());
        for (String id : List.of("#previousStep", "#nextStep", "#previousLesson", "#nextLesson", "#resetLesson")) {
            Button b = robot.lookup(id).queryAs(Button.class);
            assertTrue(b.getWidth() >= b.prefWidth(-1) - 0.5, id + " shows its whole name, not an ellipsis, beside the long step text");
        }
        robot.interact(() -> app.window().viewModel().selectionProperty().set(Selection.edge(0, 1, 2)));
        robot.clickOn("#lessonStep").type(KeyCode.DIGIT4);
        assertEquals(Op.CONV_3X3, app.window().viewModel().cell(0).edges().get(2).op(), "4 is nor_conv_3x3, as the step says");
        assertEquals("✓ done", check.getText());
        robot.clickOn("#nextStep");
        assertTrue(step.getText().startsWith("Step 3 of 4"), step.getText());
        robot.clickOn("#resetLesson");
        robot.clickOn("Don't Save"); // the lesson was edited: Reset asks as every replacing action does
        assertTrue(step.getText().startsWith("Step 1 of 4"), step.getText());
        assertEquals("✓ done", check.getText());
        robot.clickOn("#nextLesson");
        assertEquals("Lesson 2: skip-only paths vs convolution paths", app.window().viewModel().getDocument().title());
        assertTrue(robot.lookup("#lessonTitle").queryAs(Label.class).getText().endsWith("(2 of 3)"));
    }

    @Test
    void largerTextScalesTheWindowAndIsRemembered(FxRobot robot) {
        Label status = robot.lookup("#lessonStep").queryAs(Label.class);
        double normal = robot.lookup(".menu-bar .label").queryAs(Label.class).getFont().getSize();
        CheckMenuItem larger = (CheckMenuItem) menuBar().getMenus().stream().filter(m -> m.getText().equals("View"))
                .flatMap(m -> m.getItems().stream()).filter(i -> "largerText".equals(i.getId())).findFirst().orElseThrow();
        Preferences prefs = Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer"));
        try {
            robot.clickOn("View").clickOn("Larger text");
            assertTrue(larger.isSelected());
            assertEquals(17, robot.lookup(".menu-bar .label").queryAs(Label.class).getFont().getSize(), 0.01);
            assertTrue(normal < 17, "normal text " + normal);
            assertTrue(prefs.getBoolean("largerText", false), "remembered");
            robot.clickOn("Help").clickOn("Keyboard shortcuts");
            assertEquals(17, robot.lookup("#shortcutSheet .label").queryAs(Label.class).getFont().getSize(), 0.01,
                    "help windows take the main window's text size");
        } finally {
            robot.interact(() -> larger.setSelected(false));
        }
        assertFalse(prefs.getBoolean("largerText", true));
        assertEquals(normal, robot.lookup(".menu-bar .label").queryAs(Label.class).getFont().getSize(), 0.01);
        assertTrue(status.getText().isEmpty());
    }
}
