package io.github.sedexplorer.bench;

import io.github.sedexplorer.cell.SedException;

/**
 * A table that cannot be read without being told more: which column holds the architectures, or how to resolve
 * API indices. The message says what is wrong in words that fit any front end; {@link #hint()} says what kind of
 * help would do, so the command line can add its options ({@code --arch-column}, {@code --index-table}) and the app
 * its own advice, instead of the core naming command-line flags.
 */
public final class TableException extends SedException {
    private static final long serialVersionUID = 1L;

    /** What the reader needs to be told. */
    public enum Hint {
        /** The column that holds the architectures, and their space. */
        ARCH_COLUMN,
        /** An NB201 table that maps API indices to cells. */
        INDEX_TABLE
    }

    private final Hint hint;

    public TableException(String message, Hint hint) {
        super(message);
        this.hint = hint;
    }

    public Hint hint() {
        return hint;
    }
}
