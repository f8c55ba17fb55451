package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the editor opens and saves ({@link CellFile}): an architecture, where each of its nodes is
 * drawn, a title, notes and, for a lesson, its steps. {@code layouts.get(i)} maps node indices of cell i
 * to positions; a node without an entry has no saved position. A null title or notes is stored as "",
 * null steps as none.
 */
public record CellDocument(Architecture architecture, List<Map<Integer, NodePosition>> layouts,
                           String title, String notes, List<Step> steps) {

    /**
     * @param layouts one map per cell of the architecture, or null for no positions at all
     * @throws SedException when the layouts do not fit the architecture
     */
    public CellDocument {
        if (architecture == null) {
            throw new SedException("a cell document needs an architecture");
        }
        List<Cell> cells = architecture.cells();
        if (layouts == null) {
            layouts = Collections.nCopies(cells.size(), Map.of());
        }
        if (layouts.size() != cells.size()) {
            throw new SedException("the architecture has " + cells.size() + " cells but the document has "
                    + layouts.size() + " layouts");
        }
        List<Map<Integer, NodePosition>> copy = new ArrayList<>(layouts.size());
        for (int i = 0; i < layouts.size(); i++) {
            copy.add(checkedLayout(layouts.get(i), cells.get(i).nodeCount(), architecture.cellName(i)));
        }
        layouts = List.copyOf(copy);
        title = title == null ? "" : title;
        notes = notes == null ? "" : notes;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A document that is no lesson: no steps. */
    public CellDocument(Architecture architecture, List<Map<Integer, NodePosition>> layouts, String title, String notes) {
        this(architecture, layouts, title, notes, List.of());
    }

    /** A document with no positions, no title and no notes. */
    public static CellDocument of(Architecture architecture) {
        return new CellDocument(architecture, null, "", "");
    }

    /** Sorted by node index, so whoever iterates a layout sees the nodes in order. */
    private static Map<Integer, NodePosition> checkedLayout(Map<Integer, NodePosition> layout, int nodes, String cell) {
        if (layout == null) {
            return Map.of();
        }
        Map<Integer, NodePosition> sorted = new TreeMap<>();
        for (Map.Entry<Integer, NodePosition> e : layout.entrySet()) {
            Integer node = e.getKey();
            if (node == null || node < 0 || node >= nodes) {
                throw new SedException("the " + cell + " layout places node " + node
                        + ", but the cell has nodes 0.." + (nodes - 1));
            }
            if (e.getValue() == null) {
                throw new SedException("the " + cell + " layout has no position for node " + node);
            }
            sorted.put(node, e.getValue());
        }
        return Collections.unmodifiableMap(sorted);
    }

    /** The positions of cell i's nodes. */
    public Map<Integer, NodePosition> layout(int cell) {
        return layouts.get(cell);
    }

    /** The document with cell i replaced; positions follow the renumbering (null: nodes kept their indices). */
    public CellDocument withCell(int i, Cell cell, int[] renumber) {
        List<Cell> cells = new ArrayList<>(architecture.cells());
        cells.set(i, cell);
        List<Map<Integer, NodePosition>> moved = new ArrayList<>(layouts);
        if (renumber != null) {
            Map<Integer, NodePosition> layout = new TreeMap<>();
            layouts.get(i).forEach((node, at) -> {
                if (node < renumber.length && renumber[node] >= 0) {
                    layout.put(renumber[node], at);
                }
            });
            moved.set(i, layout);
        } else if (cell.nodeCount() < architecture.cells().get(i).nodeCount()) {
            throw new SedException("a cell that lost nodes needs a renumbering");
        }
        return new CellDocument(new Architecture(architecture.space(), cells), moved, title, notes, steps);
    }

    /** The document with one node of cell i drawn elsewhere. */
    public CellDocument withPosition(int i, int node, NodePosition at) {
        Map<Integer, NodePosition> layout = new TreeMap<>(layouts.get(i));
        layout.put(node, at);
        return withLayout(i, layout);
    }

    /** The document with cell i's positions replaced. */
    public CellDocument withLayout(int i, Map<Integer, NodePosition> layout) {
        List<Map<Integer, NodePosition>> all = new ArrayList<>(layouts);
        all.set(i, layout);
        return new CellDocument(architecture, all, title, notes, steps);
    }

    /** One step of a lesson: what to do, and the condition on the document that says it is done. */
    public record Step(String text, Check check) {
        public Step {
            if (text == null || text.isBlank() || check == null) {
                throw new SedException("a lesson step needs a text and a check");
            }
        }
    }

    /** A condition on a document's architecture and its score that a program can check. */
    public sealed interface Check {

        /** @param score the architecture's score under the model in use (NaN when there is none) */
        boolean holds(Architecture architecture, double score);
    }

    /** Cell {@code cell}'s edge from→to carries {@code op}; {@link Op#NONE} also holds when there is no such edge. */
    public record EdgeOp(int cell, int from, int to, Op op) implements Check {
        @Override
        public boolean holds(Architecture architecture, double score) {
            if (cell < 0 || cell >= architecture.cells().size()) {
                return false;
            }
            Op found = Op.NONE;
            for (Edge e : architecture.cells().get(cell).edges()) {
                if (e.from() == from && e.to() == to) {
                    found = e.op();
                }
            }
            return found.equals(op);
        }
    }

    /** Cell {@code cell} has exactly this many nodes. */
    public record NodeCount(int cell, int nodes) implements Check {
        @Override
        public boolean holds(Architecture architecture, double score) {
            return cell >= 0 && cell < architecture.cells().size() && architecture.cells().get(cell).nodeCount() == nodes;
        }
    }

    /**
     * A step that asks the reader to look, not to edit (e.g. at a node's maps in the Microscope tab): it holds as
     * soon as it is reached, so its ✓ shows at once and Step › leads on.
     */
    public record Look() implements Check {
        @Override
        public boolean holds(Architecture architecture, double score) {
            return true;
        }
    }

    /** The score lies strictly above {@code above} and below {@code below}; a null bound is no bound. */
    public record ScoreBetween(Double above, Double below) implements Check {
        public ScoreBetween {
            if (above == null && below == null) {
                throw new SedException("a score check needs a bound above or below");
            }
        }

        @Override
        public boolean holds(Architecture architecture, double score) {
            return !Double.isNaN(score) && (above == null || score > above) && (below == null || score < below);
        }
    }
}
