package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.ui.chart.ExplorerViewModel;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Benchmark tables in the app: background loading with progress, cancel, and the statistics the CLI gives. */
@GuiTest
class ExplorerTest {

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

    private ExplorerViewModel explorer() {
        return app.window().explorer();
    }

    private void waitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !explorer().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !explorer().comparingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theComparisonFollowsTheLatestC(FxRobot robot) throws Exception {
        // the table as a finished load shows it (loading is the next test's): the comparison is this one's
        io.github.sedexplorer.bench.BenchmarkTable t = io.github.sedexplorer.bench.SharedTables.of("nb201-nats-landscape.csv");
        robot.interact(() -> explorer().show(t));
        waitLoaded();
        // three changes in a row: the comparison is computed in the background and only the last one lands
        robot.interact(() -> {
            app.window().viewModel().channelsProperty().set(2);
            app.window().viewModel().channelsProperty().set(4);
            app.window().viewModel().channelsProperty().set(8);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !explorer().comparingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        double tau = explorer().comparison().stream()
                .filter(r -> r.proxy().equals("sed-path") && r.target().equals("CIFAR10TestAccuracy200Epochs"))
                .findFirst().orElseThrow().stats().kendall();
        assertEquals(0.723, Math.round(tau * 1000) / 1000.0, "sed-path at C = 8 (the lab's sensitivity peak)");
        assertEquals(tau, explorer().statsProperty().get().kendall(), 1e-12, "the chart agrees");
    }

    @Test
    void loadsTheNb201TableWithTheCliFigures(FxRobot robot) throws Exception {
        Path f = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "nb201-nats-landscape.csv");
        assumeTrue(Files.isReadable(f), "skipping: " + f + " is absent");
        robot.interact(() -> app.window().loadTable(f));
        waitLoaded();
        assertEquals(15625, explorer().getTable().rows());
        assertEquals("CIFAR10TestAccuracy200Epochs", explorer().targetProperty().get());
        Correlation c = explorer().statsProperty().get();
        assertEquals(15625, c.n());
        assertEquals(0.707, Math.round(c.kendall() * 1000) / 1000.0, "the correlate CLI's τ");
        assertEquals(341, explorer().disconnected());
        assertEquals(3 * 3, explorer().comparison().size(), "two SED models and live-conv × three targets (no other columns)");
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().startsWith("Loaded nb201-nats-landscape.csv"));
        // the chart: same n and τ as the CLI, and a click opens the cell under the pointer
        assertTrue(robot.lookup("#chartTab").tryQuery().isPresent());
        String statsText = app.window().chartPane().captionText();
        assertTrue(statsText.contains("n = 15,625") && statsText.contains("τ 0.707") && statsText.contains("341 disconnected"), statsText);
        io.github.sedexplorer.ui.chart.ScatterChart chart = app.window().chartPane().chart();
        int row = explorer().rowOf(io.github.sedexplorer.cell.Architecture.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|")));
        double[] xs = explorer().proxyScoresProperty().get();
        double[] ys = explorer().targetValuesProperty().get();
        javafx.geometry.Point2D[] at = new javafx.geometry.Point2D[1];
        robot.interact(() -> at[0] = chart.toScreen(xs[row], ys[row]));
        robot.moveTo(at[0]).clickOn(at[0]);
        String title = app.window().viewModel().getDocument().title();
        assertTrue(title.startsWith("Row "), "a row was opened: " + title);
        int opened = Integer.parseInt(title.substring(4, title.indexOf(' ', 4))) - 1;
        assertEquals(xs[opened], app.window().viewModel().getScores().total(), 1e-9, "the editor scores the opened cell as the chart did");
        assertEquals(xs[row], xs[opened], 0.05, "the opened cell is the one under the pointer");
        robot.interact(() -> assertTrue(chart.toSvg().contains("id=\"marker\""), "the open cell is marked on the chart"));
        String info = robot.lookup("#markerInfo").queryAs(Label.class).getText();
        assertTrue(info.contains("(row " + (opened + 1) + ")"), info);
        robot.clickOn("#proxiesTab");
        javafx.scene.control.TableView<?> comparison = robot.lookup("#comparisonTable").queryAs(javafx.scene.control.TableView.class);
        assertEquals(9, comparison.getItems().size(), "the comparison tab lists every proxy × target");
        robot.clickOn("#tableTab");
        // the search box's text set at once: typed, each of its 91 keys would filter 15,625 rows (typing is ImportDialogTest's)
        javafx.scene.control.TextField search = robot.lookup("#benchSearch").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> search.setText("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"));
        javafx.scene.control.TableView<?> rows = robot.lookup("#benchTable").queryAs(javafx.scene.control.TableView.class);
        assertEquals(1, rows.getItems().size(), "search finds cell #9930");
        robot.interact(() -> app.window().show(io.github.sedexplorer.ui.Samples.load(io.github.sedexplorer.ui.Samples.DEFAULT), null));
        robot.clickOn("#tableTab");
        // Enter on the selected row opens it (clicking a row is covered by BenchmarkTableViewTest)
        robot.interact(() -> {
            rows.getSelectionModel().select(0);
            rows.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("Row 9931 of nb201-nats-landscape.csv", app.window().viewModel().getDocument().title());
        assertEquals("editorTab", robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals("sed-path:  17.394347", robot.lookup("#score").queryAs(Label.class).getText(), "the row opens in the editor");
        assertTrue(robot.lookup("#editorTab").tryQuery().isPresent());
        java.util.List<String> encodings = robot.lookup("#encodings .text-field").queryAllAs(javafx.scene.control.TextField.class)
                .stream().map(javafx.scene.control.TextField::getText).toList();
        assertTrue(encodings.contains("9930"), "the API index of cell #9930, from the landscape's row order: " + encodings);
        String unique = explorer().getTable().text("UniqueString", 9930);
        assertTrue(unique != null && encodings.contains(unique), "the table's own UniqueString beside our isomorphism key: " + encodings);
        assertTrue(encodings.contains(io.github.sedexplorer.cell.NaslibTuple.format(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"))), encodings.toString());
        robot.interact(() -> explorer().proxyProperty().set("sed-flow"));
        assertEquals(0.640, Math.round(explorer().statsProperty().get().kendall() * 1000) / 1000.0, "proxy change rescores");
        robot.interact(() -> app.window().viewModel().channelsProperty().set(2));
        // the editor's C drives the chart too: sed-flow at C = 2
        assertTrue(Math.abs(explorer().statsProperty().get().kendall() - 0.640) > 0.005, "C change rescores");
    }

    @Test
    void cancelDuringLoadLeavesTheAppUsable(FxRobot robot, @TempDir Path dir) throws Exception {
        List<String> cells = SpaceEnumerator.cells(SearchSpace.NB201).stream().map(Nb201ArchString::format).toList();
        Path big = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("arch,acc\n");
            for (int i = 0; i < 1_500_000; i++) {
                w.write(cells.get(i % cells.size()) + "," + (i % 97) + "\n");
            }
        }
        robot.interact(() -> app.window().loadTable(big));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> explorer().progressProperty().get() > 0.01);
        assertTrue(robot.lookup("#loadProgress").query().isVisible(), "a progress bar shows while loading");
        robot.clickOn("#loadCancel");
        waitLoaded();
        assertNull(explorer().getTable(), "nothing half-loaded is shown");
        assertFalse(robot.lookup("#loadProgress").query().isVisible());
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().contains("cancelled"));
        robot.clickOn("#edge-label-0-0-3");
        robot.type(javafx.scene.input.KeyCode.DIGIT4);
        assertEquals("sed-path:  19.879253", robot.lookup("#score").queryAs(Label.class).getText(), "the editor still works");
    }

    @Test
    void aPartialLoadSaysWhatWasSkipped(FxRobot robot, @TempDir Path dir) throws Exception {
        Path part = dir.resolve("part.csv");
        Files.writeString(part, "arch,acc\n" + "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|,94\n"
                + "|nor_conv_5x5~0|+|,50\n" + "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|,10\n");
        robot.interact(() -> app.window().loadTable(part));
        waitLoaded();
        assertEquals(2, explorer().getTable().rows());
        javafx.scene.control.DialogPane dialog = robot.lookup("#partialLoadDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().contains("1 × not a NB201 arch string, e.g. line 3: unknown operation 'nor_conv_5x5'"),
                dialog.getContentText());
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }

    @Test
    void aBadTableIsExplained(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,acc\nresnet,94\n");
        robot.interact(() -> app.window().loadTable(bad));
        waitLoaded();
        assertTrue(robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#message").queryAs(Label.class).getText();
        assertTrue(message.contains("no column holds architectures"), message);
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }
}
