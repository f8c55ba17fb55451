package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.Correlation;
import io.github.sedexplorer.bench.SharedTables;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.NaslibTuple;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.ui.chart.ChartData;
import io.github.sedexplorer.ui.chart.ChartViewModel;
import io.github.sedexplorer.ui.chart.ScatterChart;
import io.github.sedexplorer.ui.proxies.ProxiesViewModel;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.StatusBar;
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

    private MainWindow window() {
        return app.window();
    }

    private ChartViewModel chart() {
        return app.window().chart();
    }

    private ProxiesViewModel proxies() {
        return app.window().proxies();
    }

    private ChartData data() {
        return chart().data();
    }

    private void waitLoaded() throws Exception {
        TableTabs.settle(window());
    }

    @Test
    void theComparisonFollowsTheLatestC(FxRobot robot) throws Exception {
        // the table as a finished load shows it (loading is the next test's): the comparison is this one's
        BenchmarkTable t = SharedTables.of("nb201-nats-landscape.csv");
        robot.interact(() -> app.window().workspace().add(t));
        waitLoaded();
        // three changes in a row: the comparison is computed in the background and only the last one lands
        robot.interact(() -> {
            app.window().viewModel().channelsProperty().set(2);
            app.window().viewModel().channelsProperty().set(4);
            app.window().viewModel().channelsProperty().set(8);
        });
        waitLoaded();
        double tau = proxies().results().stream()
                .filter(r -> r.proxy().equals("sed-path") && r.target().equals("CIFAR10TestAccuracy200Epochs"))
                .findFirst().orElseThrow().stats().kendall();
        assertEquals(0.723, Math.round(tau * 1000) / 1000.0, "sed-path at C = 8 (the lab's sensitivity peak)");
        assertEquals(tau, data().stats().kendall(), 1e-12, "the chart agrees");
    }

    @Test
    void loadsTheNb201TableWithTheCliFigures(FxRobot robot) throws Exception {
        Path f = Path.of(System.getProperty("sed.benchmarks", "../shared/benchmarks"), "nb201-nats-landscape.csv");
        assumeTrue(Files.isReadable(f), "skipping: " + f + " is absent");
        robot.interact(() -> app.window().workspace().load(f));
        waitLoaded();
        assertEquals(15625, chart().getTable().rows());
        assertEquals("CIFAR10TestAccuracy200Epochs", chart().targetProperty().get());
        Correlation c = data().stats();
        assertEquals(15625, c.n());
        assertEquals(0.707, Math.round(c.kendall() * 1000) / 1000.0, "the correlate CLI's τ");
        assertEquals(341, data().disconnected());
        assertEquals(3 * 3, proxies().results().size(), "two SED models and live-conv × three targets (no other columns)");
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().startsWith("Loaded nb201-nats-landscape.csv"));
        // the chart: same n and τ as the CLI, and a click opens the cell under the pointer
        assertTrue(robot.lookup("#chartTab").tryQuery().isPresent());
        String statsText = data().caption();
        assertTrue(statsText.contains("n = 15,625") && statsText.contains("τ 0.707") && statsText.contains("341 disconnected"), statsText);
        ScatterChart scatter = app.window().chartView().chart();
        int row = chart().rowOf(Architecture.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|")));
        double[] xs = data().x();
        double[] ys = data().y();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = scatter.toScreen(xs[row], ys[row]));
        robot.moveTo(at[0]).clickOn(at[0]);
        String title = app.window().viewModel().getDocument().title();
        assertTrue(title.startsWith("API index "), "a row was opened, named by its API index: " + title);
        int opened = Integer.parseInt(title.substring(10, title.indexOf(' ', 10))); // the landscape's row i is index i
        assertEquals(xs[opened], app.window().viewModel().getScores().total(), 1e-9, "the editor scores the opened cell as the chart did");
        assertEquals(xs[row], xs[opened], 0.05, "the opened cell is the one under the pointer");
        robot.interact(() -> assertTrue(scatter.toSvg().contains("id=\"marker\""), "the open cell is marked on the chart"));
        String info = robot.lookup("#markerInfo").queryAs(Label.class).getText();
        assertTrue(info.contains("(API index " + opened + ")"), info);
        robot.clickOn("#proxiesTab");
        TableView<?> comparison = robot.lookup("#comparisonTable").queryAs(TableView.class);
        assertEquals(9, comparison.getItems().size(), "the comparison tab lists every proxy × target");
        robot.clickOn("#tableTab");
        // the search box's text set at once: typed, each of its 91 keys would filter 15,625 rows (typing is ImportDialogTest's)
        TextField search = robot.lookup("#benchSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"));
        waitLoaded();
        TableView<?> rows = robot.lookup("#benchTable").queryAs(TableView.class);
        assertEquals(1, rows.getItems().size(), "search finds cell #9930");
        robot.interact(() -> app.window().show(Samples.load(Samples.DEFAULT), null));
        robot.clickOn("#tableTab");
        // Enter on the selected row opens it (clicking a row is covered by BenchmarkTableViewTest)
        robot.interact(() -> {
            rows.getSelectionModel().select(0);
            rows.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertEquals("API index 9930 of nb201-nats-landscape.csv", app.window().viewModel().getDocument().title());
        assertEquals("editorTab", robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals("sed-path:  17.394347", robot.lookup("#score").queryAs(Label.class).getText(), "the row opens in the editor");
        assertTrue(robot.lookup("#editorTab").tryQuery().isPresent());
        List<String> encodings = robot.lookup("#encodings .text-field").queryAllAs(TextField.class)
                .stream().map(TextField::getText).toList();
        assertTrue(encodings.contains("9930"), "the API index of cell #9930, from the landscape's row order: " + encodings);
        String unique = chart().getTable().text("UniqueString", 9930);
        assertTrue(unique != null && encodings.contains(unique), "the table's own UniqueString beside our isomorphism key: " + encodings);
        assertTrue(encodings.contains(NaslibTuple.format(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"))), encodings.toString());
        // the proxy chosen in the chart's searchable chooser
        @SuppressWarnings("unchecked")
        SearchableComboBox<String> proxy = robot.lookup("#chartProxy").queryAs(SearchableComboBox.class);
        robot.interact(() -> proxy.getSelectionModel().select("sed-flow"));
        waitLoaded();
        assertEquals("sed-flow", chart().proxyProperty().get());
        assertEquals(0.640, Math.round(data().stats().kendall() * 1000) / 1000.0, "proxy change rescores");
        robot.interact(() -> app.window().viewModel().channelsProperty().set(2));
        waitLoaded();
        // the editor's C drives the chart too: sed-flow at C = 2
        assertTrue(Math.abs(data().stats().kendall() - 0.640) > 0.005, "C change rescores");
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
        robot.interact(() -> app.window().workspace().load(big));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window().workspace().progressProperty().get() > 0.01);
        assertTrue(robot.lookup("#loadCancel").query().isVisible() && robot.lookup("#status").queryAs(StatusBar.class).getProgress() != 0,
                "a progress bar shows while loading");
        robot.clickOn("#loadCancel");
        waitLoaded();
        assertNull(chart().getTable(), "nothing half-loaded is shown");
        assertEquals(0.0, robot.lookup("#status").queryAs(StatusBar.class).getProgress(), "the progress bar is gone");
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().contains("cancelled"));
        robot.clickOn("#edge-label-0-0-3");
        robot.type(KeyCode.DIGIT4);
        assertEquals("sed-path:  19.879253", robot.lookup("#score").queryAs(Label.class).getText(), "the editor still works");
    }

    @Test
    void aPartialLoadSaysWhatWasSkipped(FxRobot robot, @TempDir Path dir) throws Exception {
        Path part = dir.resolve("part.csv");
        Files.writeString(part, "arch,acc\n" + "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|,94\n"
                + "|nor_conv_5x5~0|+|,50\n" + "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|,10\n");
        robot.interact(() -> app.window().workspace().load(part));
        waitLoaded();
        assertEquals(2, chart().getTable().rows());
        DialogPane dialog = robot.lookup("#partialLoadDialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("1 × not a NB201 arch string, e.g. line 3: unknown operation 'nor_conv_5x5'"),
                dialog.getContentText());
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aBadTableIsExplained(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,acc\nresnet,94\n");
        robot.interact(() -> app.window().workspace().load(bad));
        waitLoaded();
        assertTrue(robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#message").queryAs(Label.class).getText();
        assertTrue(message.contains("no column holds architectures"), message);
        robot.type(KeyCode.ENTER);
    }
}
