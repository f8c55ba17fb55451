package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.SearchSpace;

/**
 * How to read a table. Every field may be null: the space and the architecture column are then
 * detected from the header and the first rows. {@code apiIndex}, when given, resolves a table that names
 * NB201 cells only by their API index (a column such as {@code arch_index} and no architecture column).
 */
public record ReadOptions(SearchSpace space, String archColumn, ApiIndex apiIndex) {

    public ReadOptions(SearchSpace space, String archColumn) {
        this(space, archColumn, null);
    }

    public static ReadOptions detect() {
        return new ReadOptions(null, null, null);
    }

    /** These options, resolving API index columns through {@code index} (null: not at all). */
    public ReadOptions withApiIndex(ApiIndex index) {
        return new ReadOptions(space, archColumn, index);
    }
}
