package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The best {@code top} distinct architectures seen: higher score first (disconnected last), then
 * fewer params, then the one-line arch format, so the order never depends on the order of arrival.
 * With a class key (isomorphism), one architecture per class: its best, counting the others seen.
 */
final class Ranking {

    /** A candidate whose formatted text is computed only when a tie needs it. */
    private static final class Entry {
        final Architecture architecture;
        final double score;
        final long params;
        final Object key;
        Set<Architecture> members;
        private String text;

        Entry(Architecture architecture, double score, long params, Object key) {
            this.architecture = architecture;
            this.score = score;
            this.params = params;
            this.key = key;
        }

        String text() {
            if (text == null) {
                text = ArchitectureFormats.forSpace(architecture.space()).format(architecture);
            }
            return text;
        }

        int isomorphs() {
            return members == null ? 0 : members.size() - 1;
        }
    }

    private static final Comparator<Entry> BEST_FIRST = Comparator.<Entry>comparingDouble(e -> -e.score)
            .thenComparingLong(e -> e.params)
            .thenComparing(Entry::text);

    private final int top;
    private final Function<Architecture, ?> key;
    private final PriorityQueue<Entry> kept;
    private final Map<Object, Entry> members = new HashMap<>();

    /** Distinct architectures. */
    Ranking(int top) {
        this(top, null);
    }

    /** One architecture per class of {@code key} (null: the architecture itself). */
    Ranking(int top, Function<Architecture, ?> key) {
        this.top = top;
        this.key = key;
        // the queue grows as needed: a --top of 2^31 - 1 must not allocate (or overflow) up front
        this.kept = new PriorityQueue<>(Math.min(top, 1024) + 1, BEST_FIRST.reversed());
    }

    void offer(Architecture architecture, double score, long params) {
        if (kept.size() == top) {
            Entry worst = kept.peek();
            // cheap rejections first: most candidates lose on score alone; a class member that ties the
            // worst on score may still need counting, so classes reject on score only
            if (score < worst.score || key == null && score == worst.score && params > worst.params) {
                return;
            }
        }
        Object k = key == null ? architecture : key.apply(architecture);
        Entry e = new Entry(architecture, score, params, k);
        Entry same = members.get(k);
        if (same != null) {
            if (key != null) {
                same.members.add(architecture);
                if (BEST_FIRST.compare(e, same) < 0) {
                    kept.remove(same);
                    e.members = same.members;
                    kept.add(e);
                    members.put(k, e);
                }
            }
            return;
        }
        if (kept.size() == top) {
            if (BEST_FIRST.compare(e, kept.peek()) >= 0) {
                return;
            }
            members.remove(kept.poll().key);
        }
        if (key != null) {
            e.members = new HashSet<>(List.of(architecture));
        }
        kept.add(e);
        members.put(k, e);
    }

    /** Best first. */
    List<Candidate> result() {
        List<Candidate> out = new ArrayList<>(kept.size());
        for (Entry e : sorted()) {
            out.add(new Candidate(e.architecture, e.score, e.params));
        }
        return out;
    }

    /** Best first, each with how many other members of its class were seen. */
    List<Folded> folded() {
        List<Folded> out = new ArrayList<>(kept.size());
        for (Entry e : sorted()) {
            out.add(new Folded(new Candidate(e.architecture, e.score, e.params), e.isomorphs()));
        }
        return out;
    }

    private List<Entry> sorted() {
        List<Entry> sorted = new ArrayList<>(kept);
        sorted.sort(BEST_FIRST);
        return sorted;
    }
}
