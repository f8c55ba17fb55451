package io.github.sedexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.table.BenchFixtures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The lab's layout at a small and a large window: reachable by scrolling, reflowed, growing, no label cut short. */
@GuiTest
class LabLayoutTest {

    @TempDir
    Path dir;

    private Stage stage;
    private LabPane pane;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, double width, double height) throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        StatusLine status = new StatusLine(dialogs::error);
        ObservableList<BenchmarkTable> tables = FXCollections.observableArrayList(BenchFixtures.table(dir));
        robot.interact(() -> {
            pane = new LabPane(new LabViewModel(tables, LatestWins.direct(status), LatestWins.direct(status), status, dialogs));
            stage.setScene(new Scene(pane, width, height));
            stage.setMaximized(false);
            stage.sizeToScene();
            stage.show();
        });
        robot.interact(() -> {
            pane.applyCss();
            pane.layout();
        });
    }

    private ScrollPane results() {
        return pane.resultsPane();
    }

    @Test
    void atTheDefaultWindowEverythingIsReachableAndTheHeldOutTableReflowsBelowThePlot(FxRobot robot) throws Exception {
        show(robot, 1024, 600); // the lab tab's room in a 1024 × 700 window (the SED panel is not shown beside the lab)
        robot.interact(() -> {
            ScrollPane sp = results();
            Region content = (Region) sp.getContent();
            assertTrue(content.getWidth() >= content.minWidth(-1) - 0.5 && content.getHeight() >= content.minHeight(-1) - 0.5,
                    "the results are never squeezed below their minimum: what does not fit scrolls");
            assertTrue(sp.getViewportBounds().getWidth() <= content.getWidth() + 0.5);
            assertTrue(content.getHeight() > sp.getViewportBounds().getHeight(), "too tall for 600 px: it scrolls");
            Bounds plot = bounds(pane.lookup("#labPlot"));
            Bounds held = bounds(pane.lookup("#labHeldOut"));
            assertTrue(held.getMinY() >= plot.getMaxY(), "held out below the plot: " + held + " vs " + plot);
            assertTrue(held.getMaxX() <= bounds(content).getMaxX() + 0.5, "the held-out table is not cut off on the right");
            assertNoTruncatedLabel(pane);
            TableCell<?, ?> cell = (TableCell<?, ?>) pane.lookup("#labFigures").lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && c.getItem() != null && c.getItem().toString().endsWith(".csv"))
                    .findFirst().orElseThrow();
            assertEquals(cell.getItem().toString(), cell.getTooltip().getText(), "an elided table name is whole in its tooltip");
        });
    }

    @Test
    void inALargeWindowThePlotTakesTheRoom(FxRobot robot) throws Exception {
        show(robot, 1600, 900); // the lab tab's room in a 1600 × 1000 window
        robot.interact(() -> {
            Region content = (Region) results().getContent();
            assertEquals(results().getViewportBounds().getHeight(), content.getHeight(), 0.5, "no scrolling: it fits");
            Region plot = (Region) pane.lookup("#labPlot");
            assertTrue(plot.getWidth() > 1000, "the plot takes the width: " + plot.getWidth());
            assertTrue(plot.getHeight() >= plot.prefHeight(-1), "and at least its height: " + plot.getHeight());
            assertTrue(pane.getItems().get(0).getLayoutBounds().getWidth() <= 360.5, "the controls keep their width");
            assertNoTruncatedLabel(pane);
        });
    }

    @Test
    void atFullHdThePlotGrowsBesideTheHeldOutTable(FxRobot robot) throws Exception {
        show(robot, 800, 600);
        robot.interact(() -> { // laid out off screen: the headless screen is 1600 × 1200
            stage.hide();
            Scene wide = new Scene(new Group(), 10, 10);
            pane.getScene().setRoot(new Pane());
            wide.setRoot(pane);
            pane.resize(1920, 1020);
            pane.applyCss();
            pane.layout();
            pane.layout();
            Region plot = (Region) pane.lookup("#labPlot");
            Bounds held = bounds(pane.lookup("#labHeldOut"));
            assertTrue(held.getMinX() >= bounds(plot).getMaxX(), "side by side: " + held + " vs " + bounds(plot));
            assertTrue(plot.getWidth() > 700, "the plot takes the width: " + plot.getWidth());
            assertTrue(plot.getHeight() > plot.prefHeight(-1) + 150, "and the height: " + plot.getHeight());
        });
    }

    @Test
    void sedLocalMcIsOfferedUncheckedAndCheckedShowsAColumnHeadedMeasured(FxRobot robot) throws Exception {
        show(robot, 1024, 600); // the narrowest: the measured columns do not fit beside the others without scrolling
        CheckBox box = (CheckBox) pane.lookup("#labMeasured");
        assertTrue(box.getText().contains("sed-local-mc") && box.getText().contains("measured"), box.getText());
        assertFalse(box.isSelected(), "off at first: seconds of work on a large table");
        robot.interact(() -> {
            assertEquals(List.of(), headers("#labFigures", "measured"), "no measured column while unchecked");
            assertEquals(List.of(), headers("#labHeldOut", "measured"));
            assertFalse(pane.lookup("#labMeasuredNote").isVisible());
        });
        robot.clickOn(box);
        robot.interact(() -> {
            pane.applyCss();
            pane.layout();
            assertTrue(box.isSelected());
            assertTrue(pane.viewModel().rows().stream().allMatch(r -> r.measured() != null), "measured at once (a direct runner)");
            assertEquals(List.of("sed-local-mc\n(measured)"), headers("#labFigures", "measured"));
            assertEquals(List.of("sed-local-mc (measured) τ"), headers("#labHeldOut", "measured"));
            TableView<?> figures = (TableView<?>) pane.lookup("#labFigures");
            double sum = 0;
            for (TableColumn<?, ?> c : figures.getVisibleLeafColumns()) {
                assertTrue(c.getWidth() >= c.getMinWidth() - 0.5, c.getText() + " squeezed: " + c.getWidth());
                sum += c.getWidth();
            }
            assertTrue(sum <= figures.getWidth() - figures.snappedLeftInset() - figures.snappedRightInset() + 0.5,
                    "no column cut off at the right: " + sum + " in " + figures.getWidth());
            Region content = (Region) results().getContent();
            assertTrue(content.getWidth() > results().getViewportBounds().getWidth(), "the results scroll sideways instead");
            Labeled note = (Labeled) pane.lookup("#labMeasuredNote");
            assertTrue(note.isVisible() && note.getText().contains("not the reconstruction"), note.getText());
            assertNoTruncatedLabel(pane);
        });
        robot.clickOn(box);
        robot.interact(() -> {
            pane.applyCss();
            pane.layout();
            assertEquals(List.of(), headers("#labFigures", "measured"), "unchecked: hidden again");
            assertEquals(List.of(), headers("#labHeldOut", "measured"));
        });
    }

    /** The shown headers of a table's columns whose text holds this. */
    private List<String> headers(String table, String part) {
        return pane.lookup(table).lookupAll(".column-header .label").stream()
                .filter(n -> n.isVisible() && n instanceof Labeled l && l.getText() != null && l.getText().contains(part))
                .map(n -> ((Labeled) n).getText()).distinct().toList();
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** A label cut short shows an ellipsis in its text node instead of its text. */
    private static void assertNoTruncatedLabel(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty() && !l.isWrapText()) {
                Node t = l.lookup(".text");
                if (t instanceof Text text && !text.getText().equals(l.getText())) {
                    cut.add(l.getText() + " → " + text.getText());
                }
            }
        }
        assertFalse(!cut.isEmpty(), "truncated: " + cut);
    }
}
