package io.github.sedexplorer.cell;

import java.util.List;

/**
 * What a benchmark names as one architecture: a single cell, or for DARTS the pair
 * (normal cell, reduce cell). Scores and parameter counts of an architecture add over its cells.
 */
public record Architecture(SearchSpace space, List<Cell> cells) {

    public static final List<String> DARTS_CELL_NAMES = List.of("normal", "reduce");

    public Architecture {
        if (space == null || cells == null || cells.isEmpty()) {
            throw new SedException("an architecture needs a space and at least one cell");
        }
        cells = List.copyOf(cells);
        int expected = space == SearchSpace.DARTS ? 2 : 1;
        if (cells.size() != expected) {
            throw new CellRuleException(space, expected == 2 ? "normal and reduce cell" : "one cell",
                    "the architecture has " + cells.size() + " cells");
        }
        for (Cell c : cells) {
            if (c.space() != space) {
                throw new SedException("a " + c.space().id() + " cell inside a " + space.id() + " architecture");
            }
        }
    }

    public static Architecture of(Cell cell) {
        return new Architecture(cell.space(), List.of(cell));
    }

    public static Architecture darts(Cell normal, Cell reduce) {
        return new Architecture(SearchSpace.DARTS, List.of(normal, reduce));
    }

    /** The (first) cell: the only one outside DARTS, the normal cell in DARTS. */
    public Cell cell() {
        return cells.get(0);
    }

    /** Display name of cell i: "normal"/"reduce" for DARTS, "cell" otherwise. */
    public String cellName(int i) {
        return space == SearchSpace.DARTS ? DARTS_CELL_NAMES.get(i) : "cell";
    }
}
