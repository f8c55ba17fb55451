package io.github.sedexplorer.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellFile;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.GuiTest;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.StatusLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The compare view: one layout and scale for all panels, the differences highlighted and quantified (what differs
 * and by how much is {@code CompareViewModelTest}'s; here, how it is drawn).
 */
@GuiTest
class CompareViewTest {

    static final String CELL_9930 = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String ALL_CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String DARTS_V1 = "Genotype(normal=[('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 0), "
            + "('sep_conv_3x3', 1), ('skip_connect', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 2)], "
            + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 0), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('avg_pool_3x3', 0)], "
            + "reduce_concat=[2, 3, 4, 5])";
    private static final String[] NB201_EDGES = {"0-1", "0-2", "1-2", "0-3", "1-3", "2-3"};

    private final ObjectProperty<CellDocument> editor = new SimpleObjectProperty<>();
    private final ObjectProperty<SedModel> model = new SimpleObjectProperty<>(SedModels.create("sed-path", 16));
    private CompareViewModel vm;
    private CompareView view;

    @Start
    void start(Stage stage) {
        vm = new CompareViewModel(editor, model, LatestWins.direct(new StatusLine()));
        view = new CompareView(vm);
        stage.setScene(new Scene(view, 1560, 860));
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    private static CellDocument nb201(String arch, String title) {
        return new CellDocument(Architecture.of(Nb201ArchString.parse(arch)), null, title, "");
    }

    /** Compares the documents, the first as the editor's cell (the reference). */
    private void compare(FxRobot robot, CellDocument... docs) {
        robot.interact(() -> {
            editor.set(docs[0]);
            vm.clear();
            vm.keepAll(Arrays.asList(docs).subList(1, docs.length));
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean diff(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        assertNotNull(n, id);
        return n.getStyleClass().contains("diff");
    }

    @Test
    void cell9930AgainstAllConvDiffersOnlyOnTheSkip(FxRobot robot) {
        compare(robot, nb201(CELL_9930, "NB201 #9930"), CellFile.read(Path.of("samples", "nb201-all-conv3x3.json")));
        for (String e : NB201_EDGES) {
            assertEquals(e.equals("0-3"), diff(robot, "#compare-edge-1-" + e), e);
            assertFalse(diff(robot, "#compare-edge-0-" + e), "the reference is never marked: " + e);
        }
        assertEquals("sed-path: 17.394347", text(robot, "#compare-score-0"));
        assertEquals("sed-path: 19.879253", text(robot, "#compare-score-1"));
        assertEquals("Δ score +2.484907   Δ params +2,304", text(robot, "#compare-delta-1"));
        assertEquals("params: 11,520 (C=16)", text(robot, "#compare-params-0"), "five 3x3 convolutions of 9·16²");
    }

    @Test
    void panelsShareOneLayoutAndScale(FxRobot robot) {
        CellDocument allConv = CellFile.read(Path.of("samples", "nb201-all-conv3x3.json"));
        compare(robot, nb201(CELL_9930, "NB201 #9930"), allConv);
        for (String e : NB201_EDGES) {
            javafx.scene.shape.Path a = line(robot, "#compare-edge-0-" + e);
            javafx.scene.shape.Path b = line(robot, "#compare-edge-1-" + e);
            assertEquals(a.getElements().toString(), b.getElements().toString(), e);
        }
        for (int v = 0; v < 4; v++) {
            assertEquals(robot.lookup("#compare-node-0-" + v).query().getBoundsInParent(),
                    robot.lookup("#compare-node-1-" + v).query().getBoundsInParent(), "node " + v);
        }
    }

    /** The drawn line of an edge: the last curve of its group (a halo comes before it). */
    private static javafx.scene.shape.Path line(FxRobot robot, String id) {
        Group g = robot.lookup(id).queryAs(Group.class);
        javafx.scene.shape.Path last = null;
        for (Node n : g.getChildren()) {
            if (n instanceof javafx.scene.shape.Path q) {
                last = q;
            }
        }
        return last;
    }

    @Test
    void threeCellsAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> model.set(SedModels.create("sed-path", 16)));
        compare(robot, nb201(CELL_9930, "NB201 #9930: best on CIFAR-100"), CellFile.read(Path.of("samples", "nb201-all-conv3x3.json")),
                CellFile.read(Path.of("samples", "nb201-resnet-block.json")));
        for (String e : NB201_EDGES) {
            assertEquals(List.of("0-2", "1-3", "2-3").contains(e), diff(robot, "#compare-edge-2-" + e), e);
        }
        assertTrue(robot.lookup("#compare-panel-2").tryQuery().isPresent());
        assertEquals("sed-path: 19.879253", text(robot, "#compare-score-1"));
        snapshot(robot, Path.of("target", "compare.png"));
    }

    @Test
    void dartsPairDiffersInBothCells(FxRobot robot) throws Exception {
        CellDocument v2 = CellFile.read(Path.of("samples", "darts-v2.json"));
        CellDocument v1 = new CellDocument(DartsGenotype.parse(DARTS_V1), null, "DARTS (first order), DARTS_V1", "");
        compare(robot, v2, v1);
        assertTrue(diff(robot, "#compare-edge-1-0-3"));
        assertFalse(diff(robot, "#compare-edge-1-0-2"));
        assertTrue(diff(robot, "#compare-edge-1-reduce-1-3"), "present in the reference, absent here");
        assertTrue(diff(robot, "#compare-edge-1-reduce-0-5"), "absent in the reference, present here");
        assertFalse(diff(robot, "#compare-edge-1-reduce-0-2"));
        Node normal = robot.lookup("#compare-node-1-0").query();
        Node reduce = robot.lookup("#compare-node-1-reduce-0").query();
        assertTrue(normal.localToScene(normal.getBoundsInLocal()).getMaxY() < reduce.localToScene(reduce.getBoundsInLocal()).getMinY(),
                "normal drawn above reduce");
        snapshot(robot, Path.of("target", "compare-darts.png"));
    }

    @Test
    void openInEditorSendsThatPanelsDocument(FxRobot robot) {
        CellDocument a = nb201(CELL_9930, "a");
        CellDocument b = nb201(ALL_CONV, "b");
        CellDocument c = CellFile.read(Path.of("samples", "nb201-resnet-block.json"));
        AtomicReference<CellDocument> sent = new AtomicReference<>();
        robot.interact(() -> view.setOnSendToEditor(sent::set));
        compare(robot, a, b, c);
        robot.clickOn("#compare-open-1");
        assertSame(vm.comparison().document(1), sent.get());
        assertEquals(b.architecture(), sent.get().architecture());
        robot.clickOn("#compare-open-0");
        assertSame(vm.comparison().document(0), sent.get());
        assertEquals(a.architecture(), sent.get().architecture());
    }

    @Test
    void mixedSpacesShowAMessage(FxRobot robot) {
        compare(robot, nb201(CELL_9930, "a"), CellFile.read(Path.of("samples", "darts-v2.json")));
        String msg = text(robot, "#compare-message");
        assertTrue(msg.contains("different search spaces") && msg.contains("NAS-Bench-201") && msg.contains("DARTS"), msg);
        assertFalse(robot.lookup("#compare-panel-0").tryQuery().isPresent());
    }

    @Test
    void changingTheModelRescores(FxRobot robot) {
        compare(robot, nb201(CELL_9930, "a"), nb201(ALL_CONV, "b"));
        robot.interact(() -> model.set(SedModels.create("sed-flow", 16)));
        assertTrue(text(robot, "#compare-score-0").startsWith("sed-flow: "), text(robot, "#compare-score-0"));
    }

    /** The row of panels, whole, whatever the window shows of it. */
    private void snapshot(FxRobot robot, Path png) throws Exception {
        Files.createDirectories(png.getParent());
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(robot.lookup("#compare-panel-0").query().getParent().snapshot(null, null), null), "png", png.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 5_000);
    }
}
