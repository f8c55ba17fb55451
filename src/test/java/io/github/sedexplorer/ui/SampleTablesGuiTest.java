package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.SampleTables;
import io.github.sedexplorer.ui.controls.SampleOffer;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The embedded tables in the app: File → Open sample table, the offer of the empty table tabs, and the notices. */
@GuiTest
class SampleTablesGuiTest {

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

    private MainWindow window() {
        return app.window();
    }

    private Menu sampleMenu() {
        Menu file = ((MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop()).getMenus().get(0);
        return (Menu) file.getItems().stream().filter(i -> "sampleTables".equals(i.getId())).findFirst().orElseThrow();
    }

    private String frontTab(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void theFileMenuHasOneItemPerSampleTableAndOneLoadsLikeAFile(FxRobot robot) throws Exception {
        List<String> items = sampleMenu().getItems().stream().map(MenuItem::getText).toList();
        List<String> expected = new ArrayList<>();
        for (SampleTables.Sample s : SampleTables.all()) {
            expected.add(s.name() + " — " + s.description());
        }
        assertEquals(expected, items);
        assertEquals("tnb101-micro-naslib — TransNAS-Bench-101 micro, all 4,096 cells: 7 tasks' val metric, Zen-NAS score",
                items.get(4));
        robot.clickOn("File").clickOn("#sampleTables");
        robot.moveBy(300, 0); // into the submenu along its first row: a diagonal would cross the File menu's rows and close it
        robot.clickOn("#sample-tnb101-micro-naslib");
        TableTabs.settle(window());
        BenchmarkTable t = window().workspace().shown();
        assertEquals("tnb101-micro-naslib.csv", t.source());
        assertEquals(4_096, t.rows());
        assertEquals("chartTab", frontTab(robot), "shown in the chart, as a loaded file is");
        assertEquals(4_096, window().chart().data().x().length);
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().startsWith("Loaded tnb101-micro-naslib.csv: 4,096 rows"),
                robot.lookup("#message").queryAs(Label.class).getText());
    }

    @Test
    void theEmptyTableTabsOfferTheNb201SampleTable(FxRobot robot) throws Exception {
        for (String tab : List.of("proxiesTab", "tableTab", "chartTab", "labTab")) {
            robot.interact(() -> window().selectTab(tab));
            String offer = "#" + tab.replace("Tab", "Offer");
            Node shown = robot.lookup(offer).query();
            assertTrue(shown.isVisible(), tab + " offers the sample table");
            assertEquals(SampleOffer.BUTTON_TEXT, robot.lookup(offer + "Button").queryAs(Button.class).getText());
        }
        assertFalse(window().chartView().isVisible(), "the offer, not an empty chart");
        robot.interact(() -> window().selectTab("tableTab"));
        robot.clickOn("#tableOfferButton");
        TableTabs.settle(window());
        assertEquals("nb201-naswot-v1-c10.csv", window().workspace().shown().source());
        assertEquals(15_625, window().workspace().shown().rows());
        assertEquals("tableTab", frontTab(robot), "loaded from the Table tab, the Table tab stays in front");
        assertFalse(robot.lookup("#tableOffer").query().isVisible(), "the table's rows in its place");
        robot.interact(() -> window().selectTab("chartTab"));
        assertFalse(robot.lookup("#chartOffer").query().isVisible());
        assertTrue(window().chartView().isVisible());
        assertEquals(15_625, window().chart().data().x().length);
        // closed again: the offer is back
        robot.interact(() -> window().workspace().close(window().workspace().shown()));
        assertTrue(robot.lookup("#chartOffer").query().isVisible());
    }

    @Test
    void helpShowsTheThirdPartyNoticesAndAboutSaysWhereTheyAre(FxRobot robot) {
        robot.clickOn("Help").clickOn("Third-party notices");
        ScrollPane notices = robot.lookup("#thirdPartyNotices").queryAs(ScrollPane.class);
        StringBuilder text = new StringBuilder();
        for (Node n : ((Parent) notices.getContent()).getChildrenUnmodifiable()) {
            text.append(((Text) n).getText()).append('\n');
        }
        for (SampleTables.Sample s : SampleTables.all()) {
            assertTrue(text.indexOf(s.file()) >= 0, s.file());
        }
        assertTrue(text.indexOf("Copyright (c) 2021 zerocostptnas") >= 0);
        assertTrue(text.indexOf("Copyright (2019) the contributors and AutoML-Freiburg") >= 0);
        robot.interact(() -> ((Stage) notices.getScene().getWindow()).close());
        robot.clickOn("Help").clickOn("About SED Explorer");
        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertTrue(about.getContentText().contains(MainWindow.ABOUT_SAMPLES), about.getContentText());
        assertTrue(about.getContentText().contains("Help → Third-party notices"));
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }
}
