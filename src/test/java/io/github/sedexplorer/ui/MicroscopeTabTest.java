package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.microscope.Measurement;
import io.github.sedexplorer.microscope.NodeMeasure;
import io.github.sedexplorer.ui.microscope.MicroscopeView;
import io.github.sedexplorer.ui.microscope.MicroscopeViewModel;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Microscope tab in the real window: one card per node with its thumbnails and numbers, following the editor. */
@GuiTest
class MicroscopeTabTest {

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

    private MicroscopeViewModel show(FxRobot robot) throws TimeoutException {
        robot.clickOn("#microscopeTab");
        MicroscopeView view = app.window().microscopeView();
        settle(view.viewModel());
        return view.viewModel();
    }

    private static void settle(MicroscopeViewModel vm) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.runningProperty().get() && vm.getMeasurement() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Set<String> texts(FxRobot robot, Node under) {
        return robot.from(under).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.toSet());
    }

    @Test
    void oneCardPerNodeWithBothThumbnailsAndTheNumbers(FxRobot robot) throws TimeoutException {
        MicroscopeViewModel vm = show(robot);
        Measurement m = vm.getMeasurement();
        assertEquals(4, m.nodes().size(), "the default NB201 cell: four nodes");
        assertEquals(4, robot.lookup(".microscope-card").queryAll().size());
        for (NodeMeasure n : m.nodes()) {
            Node card = robot.lookup("#microscopeCard-0-" + n.node()).query();
            assertEquals(1, robot.from(card).lookup(".microscopeChannelThumb").queryAll().size(), "the channel's thumbnail");
            assertEquals(1, robot.from(card).lookup(".microscopeMeanThumb").queryAll().size(), "the channel mean's");
            assertEquals(1, robot.from(card).lookup(".microscopeHeatThumb").queryAll().size(), "the heat map");
            Set<String> shown = texts(robot, card);
            assertTrue(shown.contains(n.name()), shown::toString);
            for (java.util.List<String> row : MicroscopeViewModel.table(n)) {
                assertTrue(shown.contains(row.get(1)), row + " in " + shown);
            }
        }
        String legend = robot.lookup("#microscopeLegend").queryAs(Label.class).getText();
        assertTrue(legend.contains("blue −") && legend.contains("red +"), legend);
        assertTrue(robot.lookup("#microscopeCaption").queryAs(Label.class).getText().contains("random weights"));
    }

    @Test
    void exportsThePngAtomically(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        show(robot);
        java.nio.file.Path file = dir.resolve("scope.png");
        robot.interact(() -> app.window().microscopeView().writePng(file));
        javafx.scene.image.Image png = new javafx.scene.image.Image(file.toUri().toString());
        assertTrue(png.getWidth() > 200 && png.getHeight() > 200, png.getWidth() + "×" + png.getHeight());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void theSeedsSpinnerTakesNoBadValue(FxRobot robot) throws TimeoutException {
        MicroscopeViewModel vm = show(robot);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> seeds = robot.lookup("#microscopeSeeds").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> {
            seeds.getEditor().setText("x");
            seeds.getEditor().setText("99");
            seeds.commitValue();
        });
        settle(vm);
        assertEquals(16, vm.seedsProperty().get(), "out of range: clamped to 16");
        assertEquals(16, vm.getMeasurement().settings().seeds());
        robot.interact(() -> {
            seeds.getEditor().setText("");
            seeds.commitValue();
        });
        settle(vm);
        assertEquals(16, vm.seedsProperty().get(), "empty: the value stays");
    }

    @Test
    void followsAnEditInTheEditor(FxRobot robot) throws TimeoutException {
        MicroscopeViewModel vm = show(robot);
        Measurement before = vm.getMeasurement();
        CellDocument pool = new CellDocument(Architecture.of(Nb201ArchString.parse(
                "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|avg_pool_3x3~2|")), null, "", "");
        robot.interact(() -> assertTrue(app.window().viewModel().edit("pooling chain", d -> pool)));
        settle(vm);
        assertFalse(before == vm.getMeasurement(), "re-measured after the edit");
        assertSame(app.window().viewModel().getDocument().architecture(), vm.getMeasurement().architecture());
        assertEquals(4, robot.lookup(".microscope-card").queryAll().size());
        String out = MicroscopeViewModel.table(vm.getMeasurement().node(0, 3)).get(0).get(1);
        assertTrue(texts(robot, robot.lookup("#microscopeCard-0-3").query()).contains(out), out);
    }
}
