package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.picture.AutoLayout;
import io.github.sedexplorer.picture.CellPicture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/**
 * Two or more cells of one search space side by side, each in its own panel, all drawn with the
 * first (reference) document's node positions when the node counts match, and always to one scale.
 * Edges and NAS-Bench-101 nodes that differ from the reference get an orange halo (style class
 * {@code diff}); under each drawing: score, weights, Δ to the reference and a table of the
 * differing edges with their contributions n(e)·Δ. Cells of different spaces are not compared:
 * a message says so. Draws its view-model's {@link Comparison}.
 */
public final class CompareView extends BorderPane {

    private final CompareViewModel vm;
    private final Label caption = new Label();
    private final Label message = new Label();
    /** The panels, wrapped to the window's width: side by side where they fit, below each other where not. */
    private final FlowPane row = new FlowPane(14, 14);
    private final ScrollPane scroll = new ScrollPane(row);
    private Consumer<CellDocument> onSendToEditor = d -> { };

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        getStyleClass().add("compare-view");
        setId("compare-view");
        caption.setId("compare-caption");
        caption.setPadding(new Insets(6, 10, 6, 10));
        caption.setWrapText(true);
        message.setId("compare-message");
        message.setWrapText(true);
        message.setStyle("-fx-font-size: 14px; -fx-text-fill: #92400e;");
        message.setPadding(new Insets(24));
        row.setPadding(new Insets(10));
        row.setAlignment(Pos.TOP_LEFT);
        row.setRowValignment(VPos.TOP);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> row.setPrefWrapLength(Math.max(200, b.getWidth() - 4)));
        scroll.setFitToWidth(true);
        row.setStyle("-fx-background-color: #f3f4f6;");
        scroll.setFitToHeight(false);
        scroll.setStyle("-fx-background-color: #f3f4f6;");
        setTop(caption);
        vm.comparisonProperty().addListener((o, a, c) -> rebuild(c));
        rebuild(vm.comparison());
    }

    /** The pictures the panels draw, in panel order (DARTS: normal, then reduce, per panel). */
    public List<CellPicture> pictures() {
        List<CellPicture> out = new ArrayList<>();
        for (javafx.scene.Node n : lookupAll(".compare-drawing")) {
            if (n instanceof CellDrawing d) {
                out.add(d.picture());
            }
        }
        return out;
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    /** Called with a panel's document when its "Open in editor" button is pressed. */
    public void setOnSendToEditor(Consumer<CellDocument> consumer) {
        this.onSendToEditor = consumer == null ? d -> { } : consumer;
    }

    private void showMessage(String text) {
        message.setText(text);
        caption.setText("");
        setCenter(message);
    }

    private void rebuild(Comparison c) {
        if (!c.compared()) {
            showMessage(c.message());
            return;
        }
        List<CellDocument> docs = c.documents();
        List<List<Map<Integer, NodePosition>>> layouts = layouts(docs);
        int cells = docs.get(0).architecture().cells().size();
        List<Frame> frames = new ArrayList<>();
        double widest = 1;
        for (int k = 0; k < cells; k++) {
            Frame f = Frame.EMPTY;
            for (List<Map<Integer, NodePosition>> l : layouts) {
                f = f.including(l.get(k).values());
            }
            frames.add(f);
            widest = Math.max(widest, f.width());
        }
        // one scale for every panel: the widest cell fits in about 380 pixels, so three panels fit a wide window
        double scale = Math.max(0.4, Math.min(0.9, 380 / widest));
        if (c.space().nodeLabelled()) {
            // NB101 boxes keep their size while positions scale: below this their layers overlap
            scale = Math.max(scale, 0.65);
        }
        row.getChildren().clear();
        List<Comparison.Panel> panels = c.panels();
        for (int i = 0; i < panels.size(); i++) {
            CellDocument doc = docs.get(i);
            row.getChildren().add(new ComparePanel(i, panels.get(i), panels.get(0), c.model(), layouts.get(i), frames, scale,
                    k -> onSendToEditor.accept(doc)));
        }
        caption.setText(c.space().displayName() + ", " + docs.size() + " cells, scored with " + c.model().id() + " at C=" + c.channels()
                + ". The first cell is the reference: what differs from it has an orange halo.");
        setCenter(scroll);
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    /** Per document and cell: the reference's positions where the node counts match, else the cell's own. */
    private static List<List<Map<Integer, NodePosition>>> layouts(List<CellDocument> docs) {
        List<Cell> refCells = docs.get(0).architecture().cells();
        List<Map<Integer, NodePosition>> ref = new ArrayList<>();
        for (int k = 0; k < refCells.size(); k++) {
            ref.add(complete(docs.get(0), k));
        }
        List<List<Map<Integer, NodePosition>>> out = new ArrayList<>();
        for (CellDocument d : docs) {
            List<Map<Integer, NodePosition>> mine = new ArrayList<>();
            for (int k = 0; k < d.architecture().cells().size(); k++) {
                boolean same = d.architecture().cells().get(k).nodeCount() == refCells.get(k).nodeCount();
                mine.add(same ? ref.get(k) : complete(d, k));
            }
            out.add(mine);
        }
        return out;
    }

    /** The document's saved positions when they place every node, else the automatic layout. */
    private static Map<Integer, NodePosition> complete(CellDocument d, int k) {
        Cell cell = d.architecture().cells().get(k);
        Map<Integer, NodePosition> saved = d.layout(k);
        return saved.size() == cell.nodeCount() ? saved : AutoLayout.positions(cell);
    }
}
