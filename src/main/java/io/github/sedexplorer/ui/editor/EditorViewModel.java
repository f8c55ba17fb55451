package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.picture.CellGeometry;
import io.github.sedexplorer.picture.CellPicture;
import io.github.sedexplorer.picture.PictureStyle;
import io.github.sedexplorer.sed.SedAnalysis;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.ModelCatalog;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.common.StatusLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * The editor's state as JavaFX properties: the document, its file, the selection, the model and C,
 * the live scores, and the undo history. Every change to the document is a named edit; an edit the
 * space refuses leaves the document as it was and says why through its {@link Notifier}.
 */
public final class EditorViewModel {

    private final ReadOnlyObjectWrapper<CellDocument> document = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<CellDocument> saved = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final StringProperty modelId = new SimpleStringProperty(SedModels.DEFAULT);
    private final IntegerProperty channels = new SimpleIntegerProperty(16);
    private final ObjectProperty<Op> paletteOp = new SimpleObjectProperty<>(Op.CONV_3X3);
    private final ReadOnlyObjectWrapper<Op> highlighted = new ReadOnlyObjectWrapper<>();
    /** Whether the user picked the palette's op with nothing selected (the op new edges get), so the palette shows it. */
    private boolean brushPicked;
    /** The architecture as opened: a sample's title and notes describe it, not the cell after edits. */
    private final ObjectProperty<Architecture> opened = new SimpleObjectProperty<>();
    private final ObservableValue<Boolean> edited = Bindings.createBooleanBinding(() -> document.get() != null
            && opened.get() != null && !document.get().architecture().equals(opened.get()), document, opened);
    private final ObservableValue<String> title = Bindings.createStringBinding(() -> {
        CellDocument d = document.get();
        String name = file.get() != null ? file.get().getFileName().toString() : d == null || d.title().isBlank() ? "untitled" : d.title();
        boolean changed = file.get() == null && edited.getValue() && d != null && !d.title().isBlank();
        return (dirty.get() ? "* " : "") + name + (changed ? " (edited)" : "") + " — SED Explorer";
    }, document, file, dirty, edited);
    private final ObservableValue<SearchSpace> space = document.map(d -> d.architecture().space());
    private final ReadOnlyObjectWrapper<SedModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scores> scores = new ReadOnlyObjectWrapper<>();
    private final UndoStack undo = new UndoStack();
    private final Map<Integer, Drawn> drawn = new HashMap<>();
    private final ModelCatalog models;
    private final Notifier notifier;
    private final Function<Cell, Map<Integer, NodePosition>> autoLayout;

    /** An editor with a catalog of its own and a status line no one shows (tests, the recovery check). */
    public EditorViewModel(Function<Cell, Map<Integer, NodePosition>> autoLayout) {
        this(autoLayout, new ModelCatalog(), new StatusLine());
    }

    /** @param notifier told what every edit did, or why it was refused */
    public EditorViewModel(Function<Cell, Map<Integer, NodePosition>> autoLayout, ModelCatalog models, Notifier notifier) {
        this.autoLayout = autoLayout;
        this.models = models;
        this.notifier = notifier;
        document.addListener((obs, old, doc) -> rescore());
        modelId.addListener((obs, old, id) -> resolve());
        channels.addListener((obs, old, c) -> resolve());
        // the same id saved again from the lab is a new model
        models.ids().addListener((ListChangeListener<String>) c -> resolve());
        model.addListener((obs, old, m) -> rescore());
        resolve();
        dirty.bind(Bindings.createBooleanBinding(
                () -> document.get() != null && !document.get().equals(saved.get()), document, saved));
        selection.addListener((o, a, b) -> highlight());
        document.addListener((o, a, b) -> highlight());
    }

    /** Opens a document (from a file, a sample, an import or File → New): undo history starts afresh. */
    public void open(CellDocument doc, Path from) {
        CellDocument laidOut = withMissingPositions(doc);
        undo.clear();
        brushPicked = false;
        selection.set(null);
        SearchSpace space = laidOut.architecture().space();
        channels.set(space.defaultChannels());
        List<Op> ops = space.ops();
        paletteOp.set(ops.contains(Op.CONV_3X3) ? Op.CONV_3X3 : ops.get(ops.size() - 1));
        // a freshly opened document is clean: positions filled in by auto-layout are not the user's edit
        saved.set(laidOut);
        opened.set(laidOut.architecture());
        document.set(laidOut);
        highlight(); // an equal document fires no change
        file.set(from);
        info("Opened " + (doc.title().isBlank() ? space.displayName() + " cell" : doc.title()));
    }

    /**
     * Opens unsaved work recovered after a crash: like {@link #open}, but the document counts as modified
     * (nothing on disk holds it) and keeps the file it came from, so Save writes there.
     */
    public void restore(CellDocument doc, Path from) {
        open(doc, from);
        saved.set(null);
    }

    /** Marks the current document as saved to this file. */
    public void savedTo(Path to) {
        file.set(to);
        saved.set(document.get());
        opened.set(document.get().architecture());
    }

    private CellDocument withMissingPositions(CellDocument doc) {
        CellDocument out = doc;
        for (int i = 0; i < doc.architecture().cells().size(); i++) {
            Cell c = doc.architecture().cells().get(i);
            if (doc.layout(i).size() < c.nodeCount()) {
                out = out.withLayout(i, autoLayout.apply(c));
            }
        }
        return out;
    }

    /**
     * Applies a named edit; a refused edit changes nothing and sets the message.
     *
     * @return whether the document changed
     */
    public boolean edit(String name, UnaryOperator<CellDocument> change) {
        CellDocument before = document.get();
        CellDocument after;
        try {
            after = change.apply(before);
        } catch (SedException e) {
            error(e.getMessage());
            return false;
        }
        if (after.equals(before)) {
            return false;
        }
        undo.push(new UndoStack.Edit(name, before, after));
        document.set(after);
        info(name);
        return true;
    }

    public void undo() {
        UndoStack.Edit e = undo.undo();
        if (e != null) {
            document.set(e.before());
            info("Undid: " + e.name());
        }
    }

    public void redo() {
        UndoStack.Edit e = undo.redo();
        if (e != null) {
            document.set(e.after());
            info("Redid: " + e.name());
        }
    }

    // ---- the editor's edits -------------------------------------------------------------------

    /** Sets the selected edge's (or NB101 node's) operation; with nothing selected, picks the palette op. */
    public void applyOp(Op op) {
        paletteOp.set(op);
        Selection s = selection.get();
        if (s == null) {
            brushPicked = true;
            highlight();
            return;
        }
        Cell cell = cell(s.cell());
        String opName = cell.space().opName(op);
        if (s.isEdge()) {
            edit("Set edge " + NodeNames.edge(cell, s.from(), s.to()) + " to " + opName,
                    d -> d.withCell(s.cell(), CellEdits.setEdgeOp(cell, s.from(), s.to(), s.rank(), op), null));
        } else {
            edit("Set node " + NodeNames.of(cell, s.node()) + " to " + opName,
                    d -> d.withCell(s.cell(), CellEdits.setNodeOp(cell, s.node(), op), null));
        }
    }

    /**
     * Moves the selection through a cell's elements with the keyboard: its drawn edges in the cell's order, then its
     * nodes; {@code step} +1 for the next, −1 for the previous, wrapping around. With nothing selected in that cell,
     * the first (or last) element.
     */
    public void moveSelection(int cellIndex, int step) {
        Cell cell = cell(cellIndex);
        List<Selection> order = new ArrayList<>();
        boolean drawn = CellGeometry.drawsNone(cell.space()); // the edges the canvas shows, none ones too
        for (int i = 0; i < cell.edgeCount(); i++) {
            Edge e = cell.edge(i);
            if (e.op().isReal() || drawn) {
                order.add(Selection.edge(cellIndex, e.from(), e.to(), cell.parallelRank(i)));
            }
        }
        for (int v = 0; v < cell.nodeCount(); v++) {
            order.add(Selection.node(cellIndex, v));
        }
        int at = order.indexOf(selection.get());
        int next = at < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.floorMod(at + step, order.size());
        Selection s = order.get(next);
        selection.set(s);
        notifier.info(s.isEdge() ? "Selected edge " + NodeNames.edge(cell, s.from(), s.to()) + ": "
                + cell.space().opName(cell.edge(cell.edgeIndex(s.from(), s.to(), s.rank())).op())
                : "Selected node " + NodeNames.of(cell, s.node()));
    }

    /** Draws an edge from one node to another with the palette's operation. */
    public boolean drawEdge(int cellIndex, int from, int to) {
        Cell cell = cell(cellIndex);
        boolean ok = edit("Add edge " + NodeNames.edge(cell, from, to) + (cell.space().nodeLabelled() ? "" : " (" + cell.space().opName(paletteOp.get()) + ")"),
                d -> d.withCell(cellIndex, CellEdits.addEdge(cell, from, to, paletteOp.get()), null));
        if (ok) {
            selection.set(Selection.edge(cellIndex, from, to));
        }
        return ok;
    }

    public void deleteSelection() {
        Selection s = selection.get();
        if (s == null) {
            return;
        }
        Cell cell = cell(s.cell());
        if (s.isEdge()) {
            if (edit((CellEdits.fixedEdges(cell.space()) ? "Cut edge " : "Delete edge ") + NodeNames.edge(cell, s.from(), s.to()),
                    d -> d.withCell(s.cell(), CellEdits.deleteEdge(cell, s.from(), s.to(), s.rank()), null))
                    && !CellEdits.fixedEdges(cell.space())) {
                selection.set(null);
            }
        } else if (edit("Delete node " + NodeNames.of(cell, s.node()), d -> {
            CellEdits.Edited e = CellEdits.deleteNode(cell, s.node());
            return d.withCell(s.cell(), e.cell(), e.renumber());
        })) {
            selection.set(null);
        }
    }

    public void addNode(int cellIndex, NodePosition at) {
        Cell cell = cell(cellIndex);
        edit("Add node", d -> {
            CellEdits.Edited e = CellEdits.addNode(cell, paletteOp.get());
            int added = addedNode(e.renumber(), e.cell().nodeCount());
            return d.withCell(cellIndex, e.cell(), e.renumber()).withPosition(cellIndex, added, at);
        });
    }

    private static int addedNode(int[] renumber, int n) {
        boolean[] used = new boolean[n];
        for (int r : renumber) {
            if (r >= 0) {
                used[r] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!used[i]) {
                return i;
            }
        }
        return n - 1;
    }

    public void moveNode(int cellIndex, int node, NodePosition to) {
        edit("Move node " + node, d -> d.withPosition(cellIndex, node, to));
    }

    public void autoLayout() {
        edit("Auto-layout", d -> {
            CellDocument out = d;
            for (int i = 0; i < d.architecture().cells().size(); i++) {
                out = out.withLayout(i, autoLayout.apply(d.architecture().cells().get(i)));
            }
            return out;
        });
    }

    // ---- scores ---------------------------------------------------------------------------------

    /** The model id and C resolved once, here: a custom model at its own C, a built-in at the editor's. */
    private void resolve() {
        if (models.contains(modelId.get())) {
            model.set(models.create(modelId.get(), channels.get()));
        }
    }

    private void rescore() {
        CellDocument d = document.get();
        SedModel m = model.get();
        if (d == null || m == null) {
            scores.set(null);
            return;
        }
        Architecture a = d.architecture();
        List<SedAnalysis> analyses = new ArrayList<>();
        for (Cell c : a.cells()) {
            analyses.add(m.analyse(c));
        }
        // weights at the model's C, the C its score is for
        scores.set(new Scores(m, m.score(a), List.copyOf(analyses), ParamCount.of(a, m.opEntropy().channels())));
    }

    private void info(String text) {
        notifier.info(text);
    }

    private void error(String text) {
        notifier.warn(text);
    }

    /**
     * The picture of cell i of the document, as the editor and the exports draw it: the one geometry,
     * computed once per cell and layout however many views ask, and from the last one's routes when they still fit.
     */
    public CellPicture picture(int i) {
        CellDocument d = getDocument();
        Cell cell = d.architecture().cells().get(i);
        Map<Integer, NodePosition> layout = d.layout(i);
        Drawn last = drawn.get(i);
        if (last == null || !last.cell.equals(cell) || !last.layout.equals(layout)) {
            // after an op change the nodes and edges stay where they were: the last picture's routes serve again
            last = new Drawn(cell, layout, CellGeometry.edited(cell, layout, PictureStyle.EDITOR, last == null ? null : last.picture));
            drawn.put(i, last);
        }
        return last.picture;
    }

    private record Drawn(Cell cell, Map<Integer, NodePosition> layout, CellPicture picture) {
    }

    public Cell cell(int i) {
        return document.get().architecture().cells().get(i);
    }

    // ---- properties -----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<CellDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public CellDocument getDocument() {
        return document.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableBooleanValue dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Where the editor's views say what happened (a drop that connects nothing). */
    public Notifier notifier() {
        return notifier;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public StringProperty modelIdProperty() {
        return modelId;
    }

    /** The window's title: the file's name (or the cell's title), marked with * while there are unsaved changes. */
    /**
     * The op the palette marks: the selected edge's (or NB101 node's) op; with nothing selected, the op new edges
     * get once the user has picked one, else none.
     */
    public ReadOnlyObjectProperty<Op> highlightedOpProperty() {
        return highlighted.getReadOnlyProperty();
    }

    private void highlight() {
        Selection s = selection.get();
        CellDocument d = document.get();
        Op op = null;
        if (s == null) {
            op = brushPicked ? paletteOp.get() : null;
        } else if (d != null && s.cell() < d.architecture().cells().size()) {
            Cell c = d.architecture().cells().get(s.cell());
            if (s.isEdge() && c.edgeIndex(s.from(), s.to(), s.rank()) >= 0) {
                op = c.edge(c.edgeIndex(s.from(), s.to(), s.rank())).op();
            } else if (s.isNode() && s.node() < c.nodeCount() && c.space().nodeLabelled()) {
                op = c.node(s.node()).op();
            }
        }
        highlighted.set(op);
    }

    /** Whether the cell differs from the one opened (or last saved): its title and notes then describe another cell. */
    public ObservableValue<Boolean> editedProperty() {
        return edited;
    }

    public ObservableValue<String> titleProperty() {
        return title;
    }

    /** The search space of the editor's cell (null before the first document). */
    public ObservableValue<SearchSpace> spaceProperty() {
        return space;
    }

    /** The model every view scores the editor's cell with: the chosen id, resolved at its C. */
    public ReadOnlyObjectProperty<SedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public SedModel model() {
        return model.get();
    }

    /** The built-in and custom models every view offers. */
    public ModelCatalog models() {
        return models;
    }

    public IntegerProperty channelsProperty() {
        return channels;
    }

    public ObjectProperty<Op> paletteOpProperty() {
        return paletteOp;
    }

    public ReadOnlyObjectProperty<Scores> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    public Scores getScores() {
        return scores.get();
    }

    public UndoStack undoStack() {
        return undo;
    }
}
