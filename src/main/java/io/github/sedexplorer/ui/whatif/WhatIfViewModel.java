package io.github.sedexplorer.ui.whatif;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.CellEdits;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.NodeRole;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.Selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The What if tab's state, for the editor's cell under the editor's model: every single-op change with the score
 * it would give (the grid's squares), and the whole enumerable space scored and sorted with the cell's standing in
 * it (the histogram). Computed in the background, the newest request winning, and only while the tab is
 * {@linkplain #shownProperty shown}: a change while hidden is caught up once when next shown, so editing in another
 * tab never waits for it. The space's scores are kept while the space and model stay the same.
 */
public final class WhatIfViewModel {

    /** One square: which element, which op, and the score the change would give (NaN: the space refuses it). */
    public record Square(int cell, int from, int to, int rank, int node, Op op, double score, boolean current) {

        /** Whether clicking it changes the cell: not the current operation, and one the space allows. */
        public boolean applicable() {
            return !current && !Double.isNaN(score);
        }
    }

    /** Rank of a score in the space (1 = best), how many cells tie with it, and the space's size. */
    public record Standing(int rank, int tied, int size) {

        /** Share of the space that scores at most this much, in percent. */
        public double percentile() {
            return 100.0 * (size - rank + 1) / size;
        }

        /** Where {@code score} stands among {@code scores}; ties within 1e-9 (relative) count as ties. */
        static Standing of(double[] scores, double score) {
            int above = 0;
            int tied = 0;
            for (double v : scores) {
                if (same(v, score)) {
                    tied++;
                } else if (v > score) {
                    above++;
                }
            }
            return new Standing(above + 1, tied, scores.length);
        }

        private static boolean same(double a, double b) {
            return a == b || Double.isFinite(a) && Double.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
        }
    }

    /**
     * One published state: the document and model it is for, the cell's score, the squares in grid order (per
     * cell, edges then NB101 nodes, each with every op of the space), and the space's scores sorted ascending with
     * the cell's standing among them (empty and null for a space too large to enumerate).
     */
    public static final class WhatIf {
        private final CellDocument document;
        private final SedModel model;
        private final double score;
        private final List<Square> squares;
        private final SpaceScores space;
        private final Standing standing;

        private WhatIf(CellDocument document, SedModel model, double score, List<Square> squares, SpaceScores space) {
            this.document = document;
            this.model = model;
            this.score = score;
            this.squares = List.copyOf(squares);
            this.space = space;
            this.standing = space == null ? null : Standing.of(space.sorted, score);
        }

        public CellDocument document() {
            return document;
        }

        public SedModel model() {
            return model;
        }

        /** The cell's score under the model. */
        public double score() {
            return score;
        }

        public List<Square> squares() {
            return squares;
        }

        /** Whether the whole space was scored (NB201, TransNAS micro). */
        public boolean enumerable() {
            return space != null;
        }

        /** A copy of every cell's score in the space, ascending; empty when not {@link #enumerable}. */
        public double[] spaceScores() {
            return space == null ? new double[0] : space.sorted.clone();
        }

        /** The same scores without a copy, for drawing: not to be changed. */
        double[] sortedScores() {
            return space == null ? new double[0] : space.sorted;
        }

        /** The cell's standing in its space, or null when the space is not enumerable. */
        public Standing standing() {
            return standing;
        }
    }

    /** Every cell's score in a space under one model, sorted. */
    private record SpaceScores(SearchSpace space, SedModel model, double[] sorted) {
    }

    private final ObservableValue<CellDocument> document;
    private final ObservableValue<SedModel> model;
    private final LatestWins runner;
    private final Consumer<Square> edit;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final ReadOnlyObjectWrapper<WhatIf> result = new ReadOnlyObjectWrapper<>();
    /** The last space scored, kept across edits of the cell; written by the background work only. */
    private volatile SpaceScores lastSpace;

    /**
     * @param document the editor's document
     * @param model    the editor's resolved model (it carries its C)
     * @param runner   runs the scoring; results are published on its FX executor
     * @param edit     makes the change of an {@linkplain Square#applicable applicable} square, as an undoable edit
     */
    public WhatIfViewModel(ObservableValue<CellDocument> document, ObservableValue<SedModel> model, LatestWins runner,
            Consumer<Square> edit) {
        this.document = document;
        this.model = model;
        this.runner = runner;
        this.edit = edit;
        WhenShown refresh = new WhenShown(shown, this::recompute);
        document.addListener((o, a, b) -> refresh.request());
        model.addListener((o, a, b) -> refresh.request());
        refresh.request();
    }

    /** Follows the editor: its document and model; a square's change is the editor's "Set edge/node … to …" edit. */
    public static WhatIfViewModel of(EditorViewModel editor, LatestWins runner) {
        return new WhatIfViewModel(editor.documentProperty(), editor.modelProperty(), runner, q -> {
            editor.selectionProperty().set(q.node() >= 0 ? Selection.node(q.cell(), q.node()) : Selection.edge(q.cell(), q.from(), q.to(), q.rank()));
            editor.applyOp(q.op());
        });
    }

    /**
     * Makes the square's change, if it is {@linkplain Square#applicable applicable} and the squares are those of
     * the cell and model now in the editor (not a result about to be replaced).
     *
     * @return whether the change was handed to the editor
     */
    public boolean apply(Square q) {
        WhatIf now = result.get();
        CellDocument editing = document.getValue();
        if (!q.applicable() || now == null || editing == null || !now.document().architecture().equals(editing.architecture())
                || now.model() != model.getValue() || !now.squares().contains(q)) {
            return false;
        }
        edit.accept(q);
        return true;
    }

    private void recompute() {
        CellDocument doc = document.getValue();
        SedModel m = model.getValue();
        if (doc == null || m == null) {
            return;
        }
        runner.submit("Cannot score the changes of one operation", job -> {
            Architecture arch = doc.architecture();
            List<Square> squares = squares(arch, m);
            SpaceScores space = null;
            if (SpaceEnumerator.enumerable(arch.space())) {
                space = spaceScores(arch.space(), m, job);
            }
            return new WhatIf(doc, m, m.score(arch), squares, space);
        }, result::set);
    }

    private SpaceScores spaceScores(SearchSpace space, SedModel m, LatestWins.Job job) {
        SpaceScores kept = lastSpace;
        if (kept != null && kept.space() == space && kept.model() == m) {
            return kept;
        }
        List<Cell> cells = SpaceEnumerator.cells(space);
        double[] scores = new double[cells.size()];
        for (int i = 0; i < scores.length; i++) {
            if ((i & 1023) == 0 && job.stale()) {
                throw new CancellationException("a newer cell or model came first");
            }
            scores[i] = m.score(cells.get(i));
        }
        Arrays.sort(scores);
        SpaceScores scored = new SpaceScores(space, m, scores);
        lastSpace = scored;
        return scored;
    }

    /** Every (edge or NB101 node) × (op of the space) single change of the architecture, with its score. */
    static List<Square> squares(Architecture arch, SedModel model) {
        SearchSpace space = arch.space();
        List<Op> ops = space.ops();
        List<Square> squares = new ArrayList<>();
        for (int c = 0; c < arch.cells().size(); c++) {
            Cell cell = arch.cells().get(c);
            for (int i = 0; i < cell.edgeCount(); i++) {
                Edge e = cell.edge(i);
                if (space.nodeLabelled() || space == SearchSpace.DARTS && cell.node(e.to()).role() == NodeRole.OUTPUT) {
                    continue;
                }
                for (Op op : ops) {
                    squares.add(new Square(c, e.from(), e.to(), cell.parallelRank(i), -1, op, scoreWith(arch, c, cell, i, -1, op, model),
                            op.equals(e.op())));
                }
            }
            if (space.nodeLabelled()) {
                for (int v = 0; v < cell.nodeCount(); v++) {
                    if (cell.node(v).role() == NodeRole.INTERMEDIATE) {
                        for (Op op : ops) {
                            squares.add(new Square(c, -1, -1, 0, v, op, scoreWith(arch, c, cell, -1, v, op, model), op.equals(cell.node(v).op())));
                        }
                    }
                }
            }
        }
        return squares;
    }

    /** The score with edge {@code edge}'s op (or, with edge −1, node {@code node}'s) set to op; NaN: the space refuses it. */
    private static double scoreWith(Architecture arch, int c, Cell cell, int edge, int node, Op op, SedModel model) {
        try {
            Cell changed = edge >= 0 ? cell.withEdgeOp(edge, op) : CellEdits.setNodeOp(cell, node, op);
            List<Cell> cells = new ArrayList<>(arch.cells());
            cells.set(c, changed);
            return model.score(new Architecture(arch.space(), cells));
        } catch (SedException refused) {
            return Double.NaN;
        }
    }

    /** Whether the tab is on screen: while not, nothing is computed, and the latest change is when next shown. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The latest state computed; null before the first. */
    public ReadOnlyObjectProperty<WhatIf> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public WhatIf result() {
        return result.get();
    }

    /** The squares of the latest state (empty before the first). */
    public List<Square> squares() {
        WhatIf r = result.get();
        return r == null ? List.of() : r.squares();
    }

    /** The editor cell's standing in the latest state, or null (not yet computed, or a space too large). */
    public Standing standing() {
        WhatIf r = result.get();
        return r == null ? null : r.standing();
    }

    /** True while a state is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }
}
