package io.github.sedexplorer.search;

import java.util.List;
import java.util.SplittableRandom;

/** Small random choices shared by the genomes. */
final class Moves {

    private Moves() {
    }

    /** A uniformly chosen element of the list other than the given one (the list has at least two). */
    static <T> T other(List<T> choices, T current, SplittableRandom random) {
        int at = choices.indexOf(current);
        if (at < 0) {
            return choices.get(random.nextInt(choices.size()));
        }
        int pick = random.nextInt(choices.size() - 1);
        return choices.get(pick >= at ? pick + 1 : pick);
    }
}
