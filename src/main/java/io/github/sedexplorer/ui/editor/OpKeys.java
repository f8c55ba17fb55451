package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.Op;

import java.util.List;
import java.util.Optional;

/**
 * Number keys to operations, for every op of a space: with ten or more ops a digit that can start a
 * two-digit number waits {@link #WAIT_MS} for the second digit ("1" "0" is op 10; "1" alone is op 1
 * once the wait is over, through {@link #flush}). Any other digit picks its op at once.
 */
public final class OpKeys {

    public static final long WAIT_MS = 700;

    private int pending = -1;
    private long pendingAt;
    private int typed;

    /** The op a typed digit picks now, if any; a digit that may start a two-digit number is held. */
    public Optional<Op> digit(List<Op> ops, int d, long nowMillis) {
        if (pending >= 0 && nowMillis - pendingAt <= WAIT_MS) {
            int k = pending * 10 + d;
            pending = -1;
            typed = k;
            return k >= 1 && k <= ops.size() ? Optional.of(ops.get(k - 1)) : Optional.empty();
        }
        pending = -1;
        typed = d;
        if (d >= 1 && d * 10 <= ops.size()) {
            pending = d;
            pendingAt = nowMillis;
            return Optional.empty();
        }
        return d >= 1 && d <= ops.size() ? Optional.of(ops.get(d - 1)) : Optional.empty();
    }

    /** The held digit's own op, when the wait for a second digit is over. */
    public Optional<Op> flush(List<Op> ops) {
        int d = pending;
        pending = -1;
        return d >= 1 && d <= ops.size() ? Optional.of(ops.get(d - 1)) : Optional.empty();
    }

    /** The number the last digits made: when {@link #digit} picked nothing and is not waiting, no op has it. */
    public int typed() {
        return typed;
    }

    public boolean waiting() {
        return pending >= 0;
    }

    /** The palette's hint for a space with this many ops. */
    public static String hint(int ops) {
        return ops >= 10 ? "press 1–9, or two digits for 10–" + ops : "press 1–" + ops;
    }
}
