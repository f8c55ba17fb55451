package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.SearchSpace;

/**
 * How to read a table. Both fields may be null: the space and the architecture column are then
 * detected from the header and the first rows.
 */
public record ReadOptions(SearchSpace space, String archColumn) {

    public static ReadOptions detect() {
        return new ReadOptions(null, null);
    }
}
