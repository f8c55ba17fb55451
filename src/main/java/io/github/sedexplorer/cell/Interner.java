package io.github.sedexplorer.cell;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal immutable values: the cells of a benchmark repeat a few hundred distinct edges, nodes and node
 * lists millions of times (a DARTS table of a million rows holds 24 million edges), so cells keep one instance of
 * each. Bounded: past {@code max} distinct values (free cells can be large and many), values are no longer shared.
 */
final class Interner<T> {

    private final int max;
    private final ConcurrentHashMap<T, T> shared = new ConcurrentHashMap<>();

    Interner(int max) {
        this.max = max;
    }

    /** The shared value equal to this one, or null when there is none (yet): to skip making a value to intern. */
    T known(Object value) {
        return shared.get(value);
    }

    /** The one shared value equal to this one, or the value itself once the table is full. */
    T intern(T value) {
        T known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() >= max) {
            return value;
        }
        known = shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }
}
