package io.github.sedexplorer.bench;

/** Watches a long load: progress in bytes, and a way to stop it (the reader then throws CancellationException). */
public interface LoadMonitor {

    LoadMonitor NONE = (done, total) -> { };

    /** Called now and then with bytes read so far and the file's size (0 when unknown). */
    void progress(long done, long total);

    /** Polled between rows; the default stops when the loading thread is interrupted. */
    default boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
