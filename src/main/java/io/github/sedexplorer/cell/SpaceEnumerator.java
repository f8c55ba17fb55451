package io.github.sedexplorer.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every cell of the enumerable spaces: NB201 (5⁶ = 15,625) and TransNAS-Bench-101 micro (4⁶ = 4,096). */
public final class SpaceEnumerator {

    private static final Map<SearchSpace, List<Cell>> CELLS = new ConcurrentHashMap<>();

    private SpaceEnumerator() {
    }

    public static boolean enumerable(SearchSpace space) {
        return space == SearchSpace.NB201 || space == SearchSpace.TRANSNAS_MICRO;
    }

    /** Number of cells in an enumerable space. */
    public static int size(SearchSpace space) {
        requireEnumerable(space);
        int k = space.ops().size();
        return k * k * k * k * k * k;
    }

    /**
     * All cells, in odometer order over the space's op list (first edge slowest): built once per space and shared
     * (immutable), so the search, the what-if histogram and the CLI never hold two copies.
     *
     * @throws IllegalArgumentException for a space that is not enumerable
     */
    public static List<Cell> cells(SearchSpace space) {
        requireEnumerable(space);
        return CELLS.computeIfAbsent(space, SpaceEnumerator::enumerate);
    }

    private static List<Cell> enumerate(SearchSpace space) {
        List<Op> ops = space.ops();
        int k = ops.size();
        int total = size(space);
        List<Cell> cells = new ArrayList<>(total);
        Op[] edgeOps = new Op[6];
        for (int index = 0; index < total; index++) {
            int rest = index;
            for (int e = 5; e >= 0; e--) {
                edgeOps[e] = ops.get(rest % k);
                rest /= k;
            }
            cells.add(Nb201ArchString.fromOps(space, edgeOps));
        }
        return List.copyOf(cells);
    }

    private static void requireEnumerable(SearchSpace space) {
        if (!enumerable(space)) {
            throw new IllegalArgumentException(space.displayName() + " is not enumerable here (only nb201 and transnas are)");
        }
    }
}
