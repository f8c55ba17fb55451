package io.github.sedexplorer.ui.compare;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.editor.Layouts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Two or more cells of one search space side by side, each in its own panel, all drawn with the
 * first (reference) document's node positions when the node counts match, and always to one scale.
 * Edges and NAS-Bench-101 nodes that differ from the reference get an orange halo (style class
 * {@code diff}); under each drawing: score, weights, Δ to the reference and a table of the
 * differing edges with their contributions n(e)·Δ. Cells of different spaces are not compared:
 * a message says so.
 */
public final class CompareView extends BorderPane {

    private final Label caption = new Label();
    private final Label message = new Label();
    private final HBox row = new HBox(14);
    private final ScrollPane scroll = new ScrollPane(row);
    private List<CellDocument> docs = List.of();
    private String modelId = SedModels.DEFAULT;
    private io.github.sedexplorer.ui.common.ModelCatalog models = new io.github.sedexplorer.ui.common.ModelCatalog();
    private Integer channels;
    private Consumer<CellDocument> onSendToEditor = d -> { };

    public CompareView() {
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
        row.setStyle("-fx-background-color: #f3f4f6;");
        scroll.setFitToHeight(false);
        scroll.setStyle("-fx-background-color: #f3f4f6;");
        setTop(caption);
        showMessage("Choose two or more cells to compare.");
    }

    /**
     * The cells to compare; the first is the reference. Fewer than two documents, or documents of
     * different search spaces, show a message instead of a comparison.
     */
    public void setDocuments(List<CellDocument> docs) {
        this.docs = docs == null ? List.of() : List.copyOf(docs);
        rebuild();
    }

    /** The documents shown, the reference first. */
    public List<CellDocument> documents() {
        return docs;
    }

    /**
     * Rescores every panel with the model {@code modelId} at {@code channels} channels.
     *
     * @throws io.github.sedexplorer.cell.SedException for an unknown model id
     */
    /** The catalog model ids are looked up in (the app's, so custom models work here too). */
    public void setModels(io.github.sedexplorer.ui.common.ModelCatalog models) {
        this.models = models;
    }

    public void setModel(String modelId, int channels) {
        models.create(modelId, channels);
        this.modelId = modelId;
        this.channels = channels;
        rebuild();
    }

    /** Called with a panel's document when its "Open in editor" button is pressed. */
    public void setOnSendToEditor(Consumer<CellDocument> consumer) {
        this.onSendToEditor = consumer == null ? d -> { } : consumer;
    }

    /**
     * The from→to pairs of the first (for DARTS: normal) cell of document i whose operation differs
     * from the reference's; an edge absent in one and present in the other counts.
     */
    public List<int[]> differingEdges(int i) {
        return differingEdges(i, 0);
    }

    /** As {@link #differingEdges(int)} for cell {@code cell} of the architecture (DARTS: 1 = reduce). */
    public List<int[]> differingEdges(int i, int cell) {
        List<int[]> out = new ArrayList<>();
        for (CellDiff.EdgeChange c : CellDiff.edges(docs.get(0).architecture(), docs.get(i).architecture())) {
            if (c.cell() == cell) {
                out.add(new int[] {c.from(), c.to()});
            }
        }
        return out;
    }

    private void showMessage(String text) {
        message.setText(text);
        caption.setText("");
        setCenter(message);
    }

    private void rebuild() {
        if (docs.size() < 2) {
            showMessage("Choose two or more cells to compare.");
            return;
        }
        Set<SearchSpace> spaces = docs.stream().map(d -> d.architecture().space()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (spaces.size() > 1) {
            showMessage("These cells come from different search spaces ("
                    + spaces.stream().map(SearchSpace::displayName).collect(Collectors.joining(", "))
                    + "): only cells of one space can be compared edge by edge.");
            return;
        }
        SearchSpace space = spaces.iterator().next();
        int c = channels != null ? channels : space.defaultChannels();
        SedModel model = models.create(modelId, c);
        List<Scored> scored = new ArrayList<>();
        for (CellDocument d : docs) {
            scored.add(Scored.of(d, model, c));
        }
        List<List<Map<Integer, NodePosition>>> layouts = layouts();
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
        if (space.nodeLabelled()) {
            // NB101 boxes keep their size while positions scale: below this their layers overlap
            scale = Math.max(scale, 0.65);
        }
        row.getChildren().clear();
        for (int i = 0; i < docs.size(); i++) {
            int index = i;
            row.getChildren().add(new ComparePanel(i, scored.get(i), scored.get(0), model, c, layouts.get(i), frames, scale,
                    k -> onSendToEditor.accept(docs.get(index))));
        }
        caption.setText(space.displayName() + ", " + docs.size() + " cells, scored with " + model.id() + " at C=" + c
                + ". The first cell is the reference: what differs from it has an orange halo.");
        setCenter(scroll);
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    /** Per document and cell: the reference's positions where the node counts match, else the cell's own. */
    private List<List<Map<Integer, NodePosition>>> layouts() {
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
        return saved.size() == cell.nodeCount() ? saved : Layouts.auto(cell);
    }
}
