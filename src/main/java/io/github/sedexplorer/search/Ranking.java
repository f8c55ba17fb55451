package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The best {@code top} distinct architectures seen: higher score first (disconnected last), then
 * fewer params, then the one-line arch format, so the order never depends on the order of arrival.
 */
final class Ranking {

    /** A candidate whose formatted text is computed only when a tie needs it. */
    private static final class Entry {
        final Architecture architecture;
        final double score;
        final long params;
        private String text;

        Entry(Architecture architecture, double score, long params) {
            this.architecture = architecture;
            this.score = score;
            this.params = params;
        }

        String text() {
            if (text == null) {
                text = ArchitectureFormats.forSpace(architecture.space()).format(architecture);
            }
            return text;
        }
    }

    private static final Comparator<Entry> BEST_FIRST = Comparator.<Entry>comparingDouble(e -> -e.score)
            .thenComparingLong(e -> e.params)
            .thenComparing(Entry::text);

    private final int top;
    private final PriorityQueue<Entry> kept;
    private final Set<Architecture> members = new HashSet<>();

    Ranking(int top) {
        this.top = top;
        // the queue grows as needed: a --top of 2^31 - 1 must not allocate (or overflow) up front
        this.kept = new PriorityQueue<>(Math.min(top, 1024) + 1, BEST_FIRST.reversed());
    }

    void offer(Architecture architecture, double score, long params) {
        if (kept.size() == top) {
            Entry worst = kept.peek();
            // cheap rejections first: most candidates lose on score alone
            if (score < worst.score || score == worst.score && params > worst.params) {
                return;
            }
        }
        if (members.contains(architecture)) {
            return;
        }
        Entry e = new Entry(architecture, score, params);
        if (kept.size() == top) {
            if (BEST_FIRST.compare(e, kept.peek()) >= 0) {
                return;
            }
            members.remove(kept.poll().architecture);
        }
        kept.add(e);
        members.add(architecture);
    }

    /** Best first. */
    List<Candidate> result() {
        List<Entry> sorted = new ArrayList<>(kept);
        sorted.sort(BEST_FIRST);
        List<Candidate> out = new ArrayList<>(sorted.size());
        for (Entry e : sorted) {
            out.add(new Candidate(e.architecture, e.score, e.params));
        }
        return out;
    }
}
