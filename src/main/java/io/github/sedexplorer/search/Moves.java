package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.ParamCount;

import java.util.List;
import java.util.SplittableRandom;

/** Small random choices shared by the genomes. */
final class Moves {

    private Moves() {
    }

    /** Whether the op has convolution weights (at any channel count). */
    static boolean weighted(Op op) {
        return op != null && ParamCount.of(op, 1) > 0;
    }

    /** The list's ops without weights, in list order. */
    static List<Op> free(List<Op> ops) {
        return ops.stream().filter(op -> !weighted(op)).toList();
    }

    /** A uniformly chosen index whose op has weights, or -1. */
    static int weightedIndex(Op[] ops, SplittableRandom random) {
        int count = 0;
        for (Op op : ops) {
            if (weighted(op)) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int pick = random.nextInt(count);
        for (int i = 0; ; i++) {
            if (weighted(ops[i]) && pick-- == 0) {
                return i;
            }
        }
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
