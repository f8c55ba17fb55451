package io.github.sedexplorer.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.EdgeGlyph;
import io.github.sedexplorer.picture.LabelGlyph;
import io.github.sedexplorer.ui.GuiTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Path;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The canvas redraws in place: a selection change restyles the two elements it concerns and makes no JavaFX node, an
 * op change updates the labels whose glyph changed and keeps every other shape, an added edge adds its own shapes only.
 */
@GuiTest
class CellCanvasTest {

    private final EditorViewModel vm = new EditorViewModel(AutoLayout::positions);
    private final SimpleBooleanProperty overlay = new SimpleBooleanProperty(false);
    private Stage stage;
    private CellCanvas canvas;

    /** A 30-node chain of 3x3 convolutions with a skip into every other node. */
    private static Cell chain() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nodes.add(i == 0 ? Node.INPUT : i == 29 ? Node.OUTPUT : Node.INTERMEDIATE);
            if (i > 0) {
                edges.add(new Edge(i - 1, i, Op.CONV_3X3));
            }
            if (i > 2 && i % 2 == 0) {
                edges.add(new Edge(i - 3, i, Op.SKIP));
            }
        }
        return Cell.of(SearchSpace.FREE, nodes, edges);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm.open(CellDocument.of(Architecture.of(chain())), null);
        EditorView view = new EditorView(vm, overlay);
        canvas = view.canvases().get(0);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    /** Runs a change on the FX thread and the CSS and layout pass of the pulse that draws it. */
    private void drawn(FxRobot robot, Runnable change) {
        robot.interact(() -> {
            change.run();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    /** Every JavaFX node the canvas draws the cell with: the layers' children and each node's shapes and texts. */
    private List<javafx.scene.Node> shapes() {
        List<javafx.scene.Node> out = new ArrayList<>();
        Group content = (Group) canvas.getChildrenUnmodifiable().get(0);
        for (javafx.scene.Node layer : content.getChildren().subList(0, 3)) {
            for (javafx.scene.Node n : ((Parent) layer).getChildrenUnmodifiable()) {
                out.add(n);
                if (n instanceof Group g) {
                    out.addAll(g.getChildren());
                }
            }
        }
        return out;
    }

    private Label label(int from, int to) {
        return (Label) stage.getScene().lookup("#edge-label-0-" + from + "-" + to);
    }

    private static void assertSameNodes(List<javafx.scene.Node> want, List<javafx.scene.Node> got, String why) {
        assertEquals(want.size(), got.size(), why);
        for (int i = 0; i < want.size(); i++) {
            assertSame(want.get(i), got.get(i), why + ": node " + i + " " + want.get(i).getId());
        }
    }

    @Test
    void aSelectionChangeKeepsThePictureAndEveryNode(FxRobot robot) {
        drawn(robot, () -> { });
        CellPicture picture = canvas.picture();
        int count = canvas.drawnNodeCount();
        List<javafx.scene.Node> before = shapes();
        double width = ((Path) ((Group) stage.getScene().lookup("#edge-0-3-4")).getChildren().get(1)).getStrokeWidth();

        drawn(robot, () -> vm.selectionProperty().set(Selection.edge(0, 3, 4)));
        assertSame(picture, canvas.picture(), "a selection change computes no picture");
        assertEquals(count, canvas.drawnNodeCount());
        assertSameNodes(before, shapes(), "a selection change makes no node");
        assertTrue(label(3, 4).getStyleClass().contains("edge-label-selected"));
        assertFalse(label(3, 4).getStyleClass().contains("edge-label"));
        Path line = (Path) ((Group) stage.getScene().lookup("#edge-0-3-4")).getChildren().get(1);
        assertEquals(width + 2.5, line.getStrokeWidth(), 1e-9, "the selected edge is drawn wider");

        drawn(robot, () -> vm.selectionProperty().set(Selection.node(0, 5)));
        assertSameNodes(before, shapes(), "nor does a node's selection");
        assertTrue(label(3, 4).getStyleClass().contains("edge-label"), "the edge is no longer selected");
        assertEquals(width, line.getStrokeWidth(), 1e-9);
        Shape outline = (Shape) ((Group) stage.getScene().lookup("#node-0-5")).getChildren().get(0);
        assertTrue(outline.getStyleClass().contains("selected"));

        drawn(robot, () -> vm.selectionProperty().set(null));
        assertFalse(outline.getStyleClass().contains("selected"));
        assertEquals(2, outline.getStrokeWidth(), 1e-9, "its own outline again");
        assertSameNodes(before, shapes(), "nor does clearing it");
    }

    @Test
    void anOpChangeUpdatesTheLabelsWhoseGlyphChangedAndKeepsEveryNode(FxRobot robot) {
        drawn(robot, () -> vm.selectionProperty().set(Selection.edge(0, 10, 11)));
        CellPicture old = canvas.picture();
        List<javafx.scene.Node> before = shapes();
        List<String> drawnBefore = labelsAsDrawn(old);

        drawn(robot, () -> vm.applyOp(Op.AVG_POOL_3X3));
        CellPicture now = canvas.picture();
        assertSame(vm.picture(0), now);
        assertSameNodes(before, shapes(), "an op change that moves no label in or out makes no node");
        assertEquals("avg_pool_3x3", label(10, 11).getText());
        Set<String> changedGlyphs = new HashSet<>();
        for (EdgeGlyph g : now.edges()) {
            LabelGlyph was = old.edge(g.from(), g.to()).label();
            if (!g.label().equals(was)) {
                changedGlyphs.add(g.from() + "-" + g.to());
            }
        }
        List<String> drawnAfter = labelsAsDrawn(now);
        Set<String> changedLabels = new HashSet<>();
        for (int k = 0; k < drawnAfter.size(); k++) {
            if (!drawnAfter.get(k).equals(drawnBefore.get(k))) {
                changedLabels.add(now.edges().get(k).from() + "-" + now.edges().get(k).to());
            }
            EdgeGlyph g = now.edges().get(k);
            Label l = label(g.from(), g.to());
            assertEquals(List.of(g.label().text(), g.label().box().minX(), g.label().box().minY()),
                    List.of(l.getText(), l.getLayoutX(), l.getLayoutY()), "label " + g.from() + "->" + g.to() + " as in the picture");
        }
        assertTrue(changedGlyphs.contains("10-11"));
        assertEquals(changedGlyphs, changedLabels, "exactly the labels whose glyph changed were updated");
    }

    @Test
    void anAddedEdgeAddsItsOwnNodesAndDeletingItTakesThemAway(FxRobot robot) {
        drawn(robot, () -> { });
        int count = canvas.drawnNodeCount();
        Label kept = label(3, 4);
        javafx.scene.Node keptEdge = stage.getScene().lookup("#edge-0-3-4");

        drawn(robot, () -> vm.drawEdge(0, 2, 9));
        assertNotNull(stage.getScene().lookup("#edge-0-2-9"));
        assertNotNull(label(2, 9));
        assertTrue(canvas.drawnNodeCount() >= count + 2, "the new edge's group and label");
        assertSame(kept, label(3, 4), "other edges keep their nodes");
        assertSame(keptEdge, stage.getScene().lookup("#edge-0-3-4"));
        assertEquals(vm.picture(0).edges().size(), ((Parent) ((Group) canvas.getChildrenUnmodifiable().get(0))
                .getChildren().get(0)).getChildrenUnmodifiable().size(), "one group per drawn edge");

        drawn(robot, vm::deleteSelection);
        assertNull(stage.getScene().lookup("#edge-0-2-9"));
        assertNull(label(2, 9));
        assertEquals(count, canvas.drawnNodeCount());
        assertSame(kept, label(3, 4));

        drawn(robot, vm::undo);
        assertNotNull(label(2, 9), "undo draws it again");
    }

    @Test
    void theOverlayTintsEveryRealEdgeAndUntintsThemAgain(FxRobot robot) {
        drawn(robot, () -> { });
        Path line = (Path) ((Group) stage.getScene().lookup("#edge-0-3-4")).getChildren().get(1);
        Object own = line.getStroke();
        List<javafx.scene.Node> before = shapes();
        drawn(robot, () -> overlay.set(true));
        assertFalse(own.equals(line.getStroke()), "tinted by its contribution");
        assertSameNodes(before, shapes(), "tinting makes no node");
        drawn(robot, () -> overlay.set(false));
        assertEquals(own, line.getStroke());
    }

    /** Each edge's label as drawn: text and place, in the picture's edge order. */
    private List<String> labelsAsDrawn(CellPicture p) {
        List<String> out = new ArrayList<>();
        for (EdgeGlyph g : p.edges()) {
            Label l = label(g.from(), g.to());
            out.add(l.getText() + "@" + l.getLayoutX() + "," + l.getLayoutY() + " " + l.getStyleClass());
        }
        return out;
    }
}
