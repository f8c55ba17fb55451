package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.search.SearchListener;
import io.github.sedexplorer.ui.common.LatestWins.Job;
import io.github.sedexplorer.ui.search.SearchViewModel.Point;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * One running search as its listener sees it, from the searching thread: how many were evaluated and the
 * best-so-far curve, for the FX thread to {@link #snapshot} when the job's progress is posted. Progress is posted at
 * most once per {@link #INTERVAL_NANOS}, so a fast search does not flood the FX thread. Stop ends the search early
 * without making its job stale, so what it found is still published.
 */
final class LiveSearch implements SearchListener {

    /** A quarter of a second: a few updates a second. */
    static final long INTERVAL_NANOS = 250_000_000L;

    /** What the FX thread shows of a running search. */
    record Snapshot(long evaluated, List<Point> curve) {
    }

    private final LongSupplier nanoClock;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Point> curve = new ArrayList<>();
    private volatile Job job;
    private volatile long evaluated;
    private long lastPost;
    private boolean posted;

    /** Made on the FX thread when the search is asked for, so that Stop reaches it even before it starts. */
    LiveSearch(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The search's job, once it runs. */
    LiveSearch on(Job running) {
        job = running;
        return this;
    }

    @Override
    public void progress(long done, long total) {
        evaluated = done;
        long now = nanoClock.getAsLong();
        if (!posted || now - lastPost >= INTERVAL_NANOS) {
            posted = true;
            lastPost = now;
            job.progress(done, Math.max(1, total));
        }
    }

    @Override
    public void improved(long at, double best) {
        synchronized (curve) {
            curve.add(new Point(at, best));
        }
    }

    @Override
    public boolean stopped() {
        return stop.get() || job != null && job.stale();
    }

    /** Asks the search to end and return what it has found. */
    void stop() {
        stop.set(true);
    }

    boolean stopRequested() {
        return stop.get();
    }

    Snapshot snapshot() {
        synchronized (curve) {
            return new Snapshot(evaluated, List.copyOf(curve));
        }
    }
}
