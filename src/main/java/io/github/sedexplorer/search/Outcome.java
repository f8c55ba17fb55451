package io.github.sedexplorer.search;

import java.util.List;

/**
 * What a search found: the best distinct architectures and, where the space has isomorphism keys (not DARTS, whose
 * cells have two inputs), the best of distinct isomorphism classes; both best first. A stopped search has fewer
 * evaluations than it was asked for, and holds the best of what it evaluated.
 */
public record Outcome(List<Candidate> best, List<Folded> folded, boolean foldable, long evaluated, long total) {

    public Outcome {
        best = List.copyOf(best);
        folded = List.copyOf(folded);
    }

    /** Whether the search ended before its last evaluation (Stop). */
    public boolean stopped() {
        return evaluated < total;
    }

    /** Architectures folded into the shown classes' best ones. */
    public int isomorphsFolded() {
        return folded.stream().mapToInt(Folded::isomorphs).sum();
    }
}
