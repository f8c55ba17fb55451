package io.github.sedexplorer.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;

/**
 * One background thread where the newest request wins: a request made stale by a newer one is skipped
 * if it has not started, can ask {@link #isCurrent} to stop early, and never publishes its result.
 */
public final class LatestWins {

    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService thread;

    public LatestWins(String threadName) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** A new request: every earlier one is stale from now on. */
    public long next() {
        return generation.incrementAndGet();
    }

    public boolean isCurrent(long request) {
        return request == generation.get();
    }

    /** Runs the work on the background thread, unless the request is stale by the time its turn comes. */
    public void run(long request, Runnable work) {
        thread.execute(() -> {
            if (isCurrent(request)) {
                work.run();
            }
        });
    }

    /** Runs on the FX thread, if the request is still the newest then. */
    public void publish(long request, Runnable onFxThread) {
        Platform.runLater(() -> {
            if (isCurrent(request)) {
                onFxThread.run();
            }
        });
    }
}
