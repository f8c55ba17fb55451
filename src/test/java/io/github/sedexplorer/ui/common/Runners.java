package io.github.sedexplorer.ui.common;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Background runners for view-model tests: results are published inline, as {@link LatestWins#direct} does. */
public final class Runners {

    private Runners() {
    }

    /** Runs work inline and counts each piece of work that reached the background (stale or not). */
    public static LatestWins counting(AtomicInteger runs, Notifier notifier) {
        return new LatestWins(work -> {
            runs.incrementAndGet();
            work.run();
        }, Runnable::run, notifier);
    }

    /** Queues work for the test to run when it chooses, so that newer requests can come first. */
    public static LatestWins queued(List<Runnable> background, Notifier notifier) {
        return new LatestWins(background::add, Runnable::run, notifier);
    }
}
