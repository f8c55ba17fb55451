package io.github.sedexplorer.ui.tables;

import io.github.sedexplorer.bench.TableException;
import io.github.sedexplorer.cell.SedException;

/**
 * A table reader's message with what to do in the app. The readers say what is wrong in words that fit any front
 * end and, for the errors that have a way out, which help would do ({@link TableException#hint()}); the command
 * line adds its options, and this adds the app's menus.
 */
public final class TableAdvice {

    static final String LOAD_INDEX_TABLE_FIRST = "In the app: File → Open benchmark table… that NB201 table first, "
            + "then this one again.";
    static final String ARCH_BY_CONTENT = "In the app, the architecture column is found by what it holds: one column "
            + "must hold NB201 or TransNAS arch strings, NAS-Bench-101 specs or DARTS genotypes "
            + "(File → Import architecture… shows whether one value reads).";

    private TableAdvice() {
    }

    /** The message, with what to do in the app on a line of its own where there is something to do. */
    public static String inAppTerms(SedException e) {
        String advice = e instanceof TableException t ? switch (t.hint()) {
            case INDEX_TABLE -> LOAD_INDEX_TABLE_FIRST;
            case ARCH_COLUMN -> ARCH_BY_CONTENT;
        } : null;
        return advice == null ? e.getMessage() : e.getMessage() + "\n" + advice;
    }
}
