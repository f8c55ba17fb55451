package io.github.sedexplorer.search;

/** Hears how far a search has come and may stop it; a stopped search returns what it has found. */
public interface SearchListener {

    /** A listener that hears nothing and stops only on thread interruption. */
    SearchListener NONE = (evaluated, total) -> { };

    /** Called from the searching thread now and then, and once at the end. */
    void progress(long evaluated, long total);

    /**
     * Called from the searching thread when an evaluation (the {@code evaluated}-th) beats every earlier one within
     * the budget: the points of a best-so-far curve.
     */
    default void improved(long evaluated, double best) {
    }

    /** Whether the search should stop early; polled between evaluations. */
    default boolean stopped() {
        return Thread.currentThread().isInterrupted();
    }
}
