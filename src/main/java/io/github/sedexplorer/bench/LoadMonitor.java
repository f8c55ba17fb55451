package io.github.sedexplorer.bench;

/**
 * Watches long work: progress (a load's bytes, a scoring's rows), and a way to stop it (the reader or scorer then throws
 * CancellationException).
 */
public interface LoadMonitor {

    LoadMonitor NONE = (done, total) -> { };

    /** Called now and then with bytes read so far and the file's size (0 when unknown), or rows scored and the table's. */
    void progress(long done, long total);

    /** Polled between rows; the default stops when the loading thread is interrupted. */
    default boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
