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
import io.github.sedexplorer.ui.editor.Selection;
import io.github.sedexplorer.ui.microscope.MicroscopeStrip;
import io.github.sedexplorer.ui.microscope.MicroscopeView;
import io.github.sedexplorer.ui.microscope.MicroscopeViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Microscope tab in the real window: one card per node with its thumbnails and numbers, following the editor; its
 * exports; and the editor's compact strip, which shares its measurement.
 */
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

    private static List<String> marked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        PseudoClass marked = PseudoClass.getPseudoClass("marked");
        return robot.lookup(".microscope-mini").queryAll().stream().filter(n -> n.getPseudoClassStates().contains(marked))
                .map(Node::getId).toList();
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
            for (List<String> row : MicroscopeViewModel.table(n)) {
                assertTrue(shown.contains(row.get(1)), row + " in " + shown);
            }
        }
        String legend = robot.lookup("#microscopeLegend").queryAs(Label.class).getText();
        assertTrue(legend.contains("blue −") && legend.contains("red +"), legend);
        assertTrue(robot.lookup("#microscopeCaption").queryAs(Label.class).getText().contains("random weights"));
    }

    @Test
    void exportsThePngAtomically(FxRobot robot, @TempDir Path dir) throws Exception {
        show(robot);
        Path file = dir.resolve("scope.png");
        robot.interact(() -> app.window().microscopeView().writePng(file));
        Image png = new Image(file.toUri().toString());
        assertTrue(png.getWidth() > 200 && png.getHeight() > 200, png.getWidth() + "×" + png.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void theSeedsSpinnerTakesNoBadValue(FxRobot robot) throws TimeoutException {
        MicroscopeViewModel vm = show(robot);
        @SuppressWarnings("unchecked")
        Spinner<Integer> seeds = robot.lookup("#microscopeSeeds").queryAs(Spinner.class);
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

    @Test
    void exportsTheSvgAtomically(FxRobot robot, @TempDir Path dir) throws Exception {
        MicroscopeViewModel vm = show(robot);
        Path file = dir.resolve("scope.svg");
        robot.interact(() -> app.window().microscopeView().writeSvg(file));
        String svg = Files.readString(file);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg.substring(0, 60));
        assertEquals(3 * vm.getMeasurement().nodes().size(), svg.split("<image ", -1).length - 1, "three thumbnails per node");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void eachNodeItsOwnScaleIsStatedOnItsCard(FxRobot robot) throws TimeoutException {
        MicroscopeViewModel vm = show(robot);
        assertTrue(robot.lookup(".microscope-scales").queryAll().isEmpty(), "one scale: stated once, in the legend");
        @SuppressWarnings("unchecked")
        ComboBox<String> scale = robot.lookup("#microscopeScale").queryAs(ComboBox.class);
        robot.interact(() -> scale.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.scaleEachNodeProperty().get());
        Measurement m = vm.getMeasurement();
        for (NodeMeasure n : m.nodes()) {
            Node card = robot.lookup("#microscopeCard-0-" + n.node()).query();
            assertTrue(texts(robot, card).contains(MicroscopeViewModel.scales(vm.mapScale(m, n), vm.heatScale(m, n))));
        }
        assertTrue(robot.lookup("#microscopeLegend").queryAs(Label.class).getText().contains("its own scale"));
    }

    @Test
    void theEditorsStripSharesTheMeasurementAndFollowsEdits(FxRobot robot) throws TimeoutException {
        MicroscopeViewModel vm = app.window().microscope();
        TitledPane strip = robot.lookup("#microscopeStrip").queryAs(MicroscopeStrip.class);
        robot.interact(() -> strip.setExpanded(true)); // open at first; an earlier run may have left it closed
        assertTrue(vm.shownProperty().get(), "the strip is open under the editor's cell");
        settle(vm);
        assertEquals(4, robot.lookup(".microscope-mini").queryAll().size(), "a small card per node");
        assertTrue(robot.lookup(".microscope-card").queryAll().isEmpty(), "the tab's view is not built yet");
        CellDocument pool = new CellDocument(Architecture.of(Nb201ArchString.parse(
                "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|avg_pool_3x3~2|")), null, "", "");
        robot.interact(() -> assertTrue(app.window().viewModel().edit("pooling chain", d -> pool)));
        settle(vm);
        assertSame(app.window().viewModel().getDocument().architecture(), vm.getMeasurement().architecture());
        NodeMeasure two = vm.getMeasurement().node(0, 2);
        Set<String> shown = texts(robot, robot.lookup("#microscopeMini-0-2").query());
        assertTrue(shown.containsAll(MicroscopeViewModel.compact(two)), shown::toString);
        assertTrue(two.rho1().mean() > 0.7, "two pools: neighbours alike");

        robot.clickOn("#microscopeMini-0-2");
        assertEquals(Selection.node(0, 2), app.window().viewModel().selectionProperty().get(), "a card selects its node");
        assertEquals(List.of("microscopeMini-0-2"), marked(robot));
        robot.interact(() -> app.window().viewModel().selectionProperty().set(Selection.node(0, 1)));
        assertEquals(List.of("microscopeMini-0-1"), marked(robot), "the editor's selection marks its card");
        robot.interact(() -> app.window().viewModel().selectionProperty().set(Selection.edge(0, 0, 1)));
        assertEquals(List.of(), marked(robot), "an edge marks none");

        robot.interact(() -> strip.setExpanded(false));
        assertFalse(vm.shownProperty().get(), "collapsed: nothing measured");
        Measurement kept = vm.getMeasurement();
        robot.interact(() -> assertTrue(app.window().viewModel().edit("undo the chain", d -> new CellDocument(Architecture.of(
                Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|avg_pool_3x3~2|")), null, "", ""))));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(kept, vm.getMeasurement(), "not re-measured while collapsed");
        robot.interact(() -> strip.setExpanded(true));
        settle(vm);
        assertSame(app.window().viewModel().getDocument().architecture(), vm.getMeasurement().architecture(), "caught up when opened");

        robot.clickOn("#openMicroscopeTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(vm, app.window().microscopeView().viewModel(), "one measurement serves the strip and the tab");
        assertTrue(app.window().microscopeView().isVisible(), "the link brings the tab to the front");
        robot.interact(() -> app.window().viewModel().selectionProperty().set(Selection.node(0, 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("microscopeCard-0-2"), robot.lookup(".microscope-card").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("marked"))).map(Node::getId).toList(),
                "the tab marks the selected node's card too");
    }
}
