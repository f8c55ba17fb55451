package io.github.sedexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Selection;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The editor driven through the real window: drag, keys, menus, undo, files. */
@GuiTest
class EditorTest {

    private SedExplorerApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SedExplorerApp();
        app.start(stage);
    }

    /** A clean exit after each test, so no recovery journal of this run is offered to the next. */
    @Stop
    void stop() {
        app.stop();
    }

    private String score(FxRobot robot) {
        return robot.lookup("#score").queryAs(Label.class).getText();
    }

    private EditorViewModel vm() {
        return app.window().viewModel();
    }

    @Test
    void changingAnOpRescoresAndUndoRestores(FxRobot robot) {
        assertEquals("sed-path:  17.394347", score(robot));
        robot.clickOn("#edge-label-0-0-3");                 // the skip_connect edge of cell #9930
        assertEquals(Selection.edge(0, 0, 3), vm().selectionProperty().get());
        robot.type(KeyCode.DIGIT4);                    // 4 = nor_conv_3x3
        assertEquals("sed-path:  19.879253", score(robot), "every edge a 3x3 convolution: the spec's value");
        assertTrue(stage.getTitle().startsWith("* "), "dirty marker: " + stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("sed-path:  17.394347", score(robot));
        assertFalse(stage.getTitle().startsWith("* "), "back at the opened state: " + stage.getTitle());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("sed-path:  19.879253", score(robot), "redo");
    }

    @Test
    void dragFromAPortDrawsAnEdge(FxRobot robot) {
        robot.clickOn("File").clickOn("New").clickOn("#new-nb201");
        // File → New NB201: only the skip 0→3 is alive
        assertEquals("sed-path:  0.000000", score(robot));
        robot.drag("#port-0-0").dropTo("#node-0-1");
        assertEquals(Op.CONV_3X3, vm().cell(0).edge(vm().cell(0).edgeIndex(0, 1)).op());
        robot.drag("#port-0-1").dropTo("#node-0-3");
        // paths: 0→3 (skip, Δ 0) and 0→1→3 (two 3x3 convs): 2·(ln 3 + ½ ln 16)
        assertEquals("sed-path:  4.969813", score(robot));
        robot.clickOn("#op-avg_pool_3x3");             // the new edge 1→3 is selected: make it a pool
        assertEquals(String.format(java.util.Locale.ROOT, "sed-path:  %.6f", Math.log(3) + 0.5 * Math.log(16) - Math.log(3)), score(robot));
    }

    @Test
    void aCycleIsRefusedWithItsReason(FxRobot robot) {
        CellDocument before = vm().getDocument();
        robot.drag("#port-0-2").dropTo("#node-0-1");
        assertEquals(before, vm().getDocument(), "nothing changed");
        String message = robot.lookup("#message").queryAs(Label.class).getText();
        assertTrue(message.contains("would close a cycle"), message);
        assertTrue(robot.lookup("#message").queryAs(Label.class).getStyleClass().contains("error"));
    }

    @Test
    void fixedEdgesAreCutNotDeleted(FxRobot robot) {
        robot.clickOn("#edge-label-0-1-2");
        robot.type(KeyCode.DELETE);
        assertEquals(Op.NONE, vm().cell(0).edge(vm().cell(0).edgeIndex(1, 2)).op());
        assertEquals(6, vm().cell(0).edgeCount(), "NB201 keeps its 6 edges");
    }

    @Test
    void saveAndReopenGiveTheSameCell(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#edge-label-0-0-3");
        robot.type(KeyCode.DIGIT3);
        CellDocument edited = vm().getDocument();
        Path file = dir.resolve("cell.json");
        robot.interact(() -> assertTrue(app.window().files().saveTo(file)));
        assertFalse(vm().isDirty());
        assertTrue(stage.getTitle().startsWith("cell.json"), stage.getTitle());
        assertEquals(edited, CellFile.read(file));
        robot.clickOn("Samples").clickOn("nb201-skip-only");
        robot.interact(() -> assertTrue(app.window().files().open(file)));
        assertEquals(edited.architecture(), vm().getDocument().architecture());
        assertEquals(edited.layouts(), vm().getDocument().layouts());
        assertEquals(Nb201ArchString.parse("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_1x1~0|nor_conv_3x3~1|nor_conv_3x3~2|"),
                vm().cell(0));
    }

    @Test
    void aBadFileIsExplainedAndTheCellStays(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"sed-explorer-cell\", \"version\": 1, \"space\": \"nb201\", \"cells\": [");
        CellDocument before = vm().getDocument();
        robot.interact(() -> assertFalse(app.window().files().open(bad)));
        assertEquals(before, vm().getDocument());
        assertTrue(robot.lookup("#errorDialog").tryQuery().isPresent(), "an error dialog explains it");
        String message = robot.lookup("#message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Cannot open bad.json: malformed JSON"), message);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void importAnArchString(FxRobot robot) {
        String arch = "|nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|";
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        javafx.scene.control.TextArea text = robot.lookup("#importText").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> text.setText(arch));
        robot.clickOn("OK");
        assertEquals(Nb201ArchString.parse(arch), vm().cell(0));
        assertEquals("sed-path:  2.772589", score(robot), "the spec's worked value");
        assertEquals(4, vm().getDocument().layout(0).size(), "an imported cell is laid out");
    }

    /**
     * Edit → score → repaint on a 50-node free cell: after each edit the canvas names the edge's new op and the panel
     * shows the new score. Its time per edit is EditorEditBenchmark's (src/jmh), not this test's.
     */
    @Test
    void fiftyNodeCellFollowsEveryEdit(FxRobot robot) {
        java.util.List<io.github.sedexplorer.cell.Node> nodes = new java.util.ArrayList<>();
        java.util.List<io.github.sedexplorer.cell.Edge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nodes.add(i == 0 ? io.github.sedexplorer.cell.Node.INPUT : i == 49 ? io.github.sedexplorer.cell.Node.OUTPUT
                    : io.github.sedexplorer.cell.Node.INTERMEDIATE);
            if (i > 0) {
                edges.add(new io.github.sedexplorer.cell.Edge(i - 1, i, Op.CONV_3X3));
            }
            if (i > 2 && i % 2 == 0) {
                edges.add(new io.github.sedexplorer.cell.Edge(i - 3, i, Op.SKIP));
            }
        }
        io.github.sedexplorer.cell.Cell big = io.github.sedexplorer.cell.Cell.of(SearchSpace.FREE, nodes, edges);
        robot.interact(() -> vm().open(CellDocument.of(io.github.sedexplorer.cell.Architecture.of(big)), null));
        String before = score(robot);
        // edges at the start, middle and end of the chain, each edit a different op than the one before
        int[] from = {0, 15, 31, 48, 15, 7};
        Op[] ops = {Op.AVG_POOL_3X3, Op.CONV_1X1, Op.AVG_POOL_3X3, Op.CONV_1X1, Op.AVG_POOL_3X3, Op.SKIP};
        for (int k = 0; k < from.length; k++) {
            int a = from[k];
            Op op = ops[k];
            robot.interact(() -> {
                vm().selectionProperty().set(Selection.edge(0, a, a + 1));
                vm().applyOp(op);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            assertEquals(op, vm().cell(0).edge(vm().cell(0).edgeIndex(a, a + 1)).op(), "edit " + k);
            assertEquals(SearchSpace.FREE.opName(op), robot.lookup("#edge-label-0-" + a + "-" + (a + 1)).queryAs(Label.class).getText(),
                    "the canvas redraws edge " + a + "→" + (a + 1) + " after edit " + k);
            assertEquals("sed-path:  " + io.github.sedexplorer.ui.editor.Palette.score(vm().getScores().total()), score(robot),
                    "the panel shows edit " + k + "'s score");
        }
        assertFalse(before.equals(score(robot)), "the edits changed the score: " + before);
        assertEquals(Op.AVG_POOL_3X3, vm().cell(0).edge(vm().cell(0).edgeIndex(15, 16)).op());
    }

    @Test
    void pngExportIsThePictureWithoutSelectionAtItsScale(FxRobot robot) throws Exception {
        Path png = Path.of("target", "editor-export.png");
        Path selected = Path.of("target", "editor-export-selected.png");
        Path twice = Path.of("target", "editor-export-2x.png");
        Files.createDirectories(png.getParent());
        robot.interact(() -> app.window().exports().writePng(png, 1));
        robot.clickOn("#edge-label-0-0-3");
        robot.interact(() -> app.window().exports().writePng(selected, 1));
        robot.interact(() -> app.window().exports().writePng(twice, 2));
        assertTrue(Files.size(png) > 5_000, "a real image was written");
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(selected), "the selection is not exported");
        javafx.scene.image.Image one = new javafx.scene.image.Image(png.toUri().toString());
        javafx.scene.image.Image two = new javafx.scene.image.Image(twice.toUri().toString());
        assertTrue(one.getWidth() > 300 && one.getHeight() > 200);
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
    }

    @Test
    void exportsSvgOfBothDartsCells(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("Samples").clickOn("darts-v2");
        Path svg = dir.resolve("darts.svg");
        robot.interact(() -> app.window().exports().writeSvg(svg));
        String text = Files.readString(svg);
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile());
        assertEquals("svg", xml.getDocumentElement().getLocalName() == null ? xml.getDocumentElement().getTagName()
                : xml.getDocumentElement().getLocalName());
        assertTrue(text.contains("normal cell") && text.contains("reduce cell"), "both cells drawn");
        assertTrue(text.contains("sep_conv_3x3") && text.contains("max_pool_3x3"));
        assertTrue(text.contains("sed-path"), "the score is the caption");
    }

    @Test
    void unsavedWorkIsNotLostWithoutAsking(FxRobot robot) {
        robot.clickOn("#edge-label-0-0-3");
        robot.type(KeyCode.DIGIT3);
        CellDocument edited = vm().getDocument();
        robot.clickOn("Samples").clickOn("nb201-skip-only");
        assertTrue(robot.lookup("Save the changes first?").tryQuery().isPresent(), "the app asks");
        robot.clickOn("Cancel");
        assertEquals(edited, vm().getDocument(), "cancel keeps the edited cell");
        robot.clickOn("Samples").clickOn("nb201-skip-only");
        robot.clickOn("Don't Save");
        assertEquals(0.0, vm().getScores().total(), 0, "now the skip-only sample is open");
    }

    @Test
    void freeCellsGainAndLoseNodes(FxRobot robot) {
        robot.clickOn("Samples").clickOn("free-inception");
        int before = vm().cell(0).nodeCount();
        robot.clickOn("#addNode");
        assertEquals(before + 1, vm().cell(0).nodeCount());
        robot.drag("#port-0-0").dropTo("#node-0-" + before);
        robot.drag("#port-0-" + before).dropTo("#node-0-5");
        assertEquals(8 + 2, vm().cell(0).edgeCount(), "two edges drawn to and from the new node");
        robot.clickOn("#node-0-" + before);
        robot.type(KeyCode.DELETE);
        assertEquals(before, vm().cell(0).nodeCount());
        assertEquals(8, vm().cell(0).edgeCount(), "its edges went with it");
        robot.clickOn("#node-0-0");
        robot.type(KeyCode.DELETE);
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().contains("cannot be deleted"));
    }

    @Test
    void windowSizeAndPositionAreRemembered(FxRobot robot) throws Exception {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer-tests") + "/window-test");
        WindowState state = new WindowState(prefs);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
            state.save(stage);
            stage.setWidth(900);
            state.restore(stage);
        });
        assertEquals(1100, stage.getWidth(), 0.5);
        assertEquals(700, stage.getHeight(), 0.5);
        assertEquals(40, stage.getX(), 0.5);
        prefs.removeNode();
    }

    @Test
    void newOffersEverySpace(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu file = bar.getMenus().get(0);
        javafx.scene.control.Menu newMenu = (javafx.scene.control.Menu) file.getItems().get(0);
        assertEquals(SearchSpace.values().length, newMenu.getItems().size());
        for (SearchSpace s : SearchSpace.values()) {
            javafx.scene.control.MenuItem item = newMenu.getItems().stream()
                    .filter(i -> ("new-" + s.id()).equals(i.getId())).findFirst().orElseThrow();
            assertEquals(s.displayName(), item.getText());
            robot.interact(item::fire);
            assertEquals(s, vm().getDocument().architecture().space());
            assertTrue(robot.lookup("#canvas-0").tryQuery().isPresent());
            assertTrue(robot.lookup("#node-0-0").tryQuery().isPresent(), s + " drawn");
        }
    }

    /** A DARTS node fed twice by one node: each of the two edges can be selected and edited, and redrawing them is no error. */
    @Test
    void theSecondOfTwoParallelEdgesCanBeSelectedAndEdited(FxRobot robot) {
        String pairs = "[('skip_connect', 0), ('skip_connect', 1), ('sep_conv_3x3', 2), ('dil_conv_5x5', 2), "
                + "('skip_connect', 3), ('skip_connect', 2), ('skip_connect', 4), ('skip_connect', 3)]";
        io.github.sedexplorer.cell.Architecture a = io.github.sedexplorer.cell.DartsGenotype.parse("Genotype(normal=" + pairs
                + ", normal_concat=range(2, 6), reduce=" + pairs + ", reduce_concat=range(2, 6))");
        robot.interact(() -> app.window().show(new CellDocument(a, null, "parallel", ""), null));
        robot.clickOn("#edge-label-0-2-3-1");
        assertEquals(io.github.sedexplorer.ui.editor.Selection.edge(0, 2, 3, 1), vm().selectionProperty().get());
        robot.type(KeyCode.DIGIT2); // max_pool_3x3
        io.github.sedexplorer.cell.Cell normal = vm().cell(0);
        assertEquals("sep_conv_3x3", normal.space().opName(normal.edge(normal.edgeIndex(2, 3, 0)).op()), "the first is left alone");
        assertEquals("max_pool_3x3", normal.space().opName(normal.edge(normal.edgeIndex(2, 3, 1)).op()));
        robot.clickOn("#edge-label-0-2-3");
        assertEquals(io.github.sedexplorer.ui.editor.Selection.edge(0, 2, 3, 0), vm().selectionProperty().get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup(".edge").queryAll().stream().filter(n -> n.getId() != null && n.getId().startsWith("edge-0-2-3")).count(),
                "both edges drawn, once each");
    }
}
