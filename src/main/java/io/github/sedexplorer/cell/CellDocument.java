package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the editor opens and saves ({@link CellFile}): an architecture, where each of its nodes is
 * drawn, a title and notes. {@code layouts.get(i)} maps node indices of cell i to positions; a node
 * without an entry has no saved position. A null title or notes is stored as "".
 */
public record CellDocument(Architecture architecture, List<Map<Integer, NodePosition>> layouts,
                           String title, String notes) {

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
        return new CellDocument(new Architecture(architecture.space(), cells), moved, title, notes);
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
        return new CellDocument(architecture, all, title, notes);
    }
}
