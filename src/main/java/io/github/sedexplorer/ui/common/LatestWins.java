package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.SedException;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The one way the UI runs work off the FX thread: one worker where the newest request wins. A request made stale
 * by a newer one (or by {@link #cancel}) is skipped if it has not started, can see {@link Job#stale} to stop early,
 * and never publishes its result. Progress and "running" are properties for a status bar; a failure goes to the
 * {@link Notifier}. The executors are injected: the app runs work on a daemon thread and publishes with
 * {@code Platform.runLater}; {@link #direct} runs both inline, so a view-model's test sees the result at once.
 */
public final class LatestWins {

    /** Work for the background: it may report progress and should return early once its job is stale. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Job job);
    }

    /** What running work sees of its request. */
    public interface Job {
        void progress(long done, long total);

        /** True once a newer request (or a cancel) has made this one's result unwanted. */
        boolean stale();
    }

    private final AtomicLong generation = new AtomicLong();
    private final Executor background;
    private final Executor fx;
    private final Notifier notifier;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    public LatestWins(Executor background, Executor fx, Notifier notifier) {
        this.background = background;
        this.fx = fx;
        this.notifier = notifier;
    }

    /** Work on a daemon thread of this name, results on the FX thread. */
    public static LatestWins onThread(String threadName, Notifier notifier) {
        // one thread, in order; it ends after a while idle, so views that are gone leave no threads behind
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        worker.allowCoreThreadTimeOut(true);
        return new LatestWins(worker, Platform::runLater, notifier);
    }

    /** Work and results inline, on the caller's thread (tests; work that is cheap). */
    public static LatestWins direct(Notifier notifier) {
        return new LatestWins(Runnable::run, Runnable::run, notifier);
    }

    /**
     * Runs the work in the background and hands its result to {@code done} on the FX thread, unless a newer request
     * came first. Call on the FX thread.
     *
     * @param header what could not be done if the work fails ("Cannot compare the proxies"), for the notifier
     */
    public <T> void submit(String header, Work<T> work, Consumer<? super T> done) {
        submit(header, work, done, () -> { });
    }

    /** As {@link #submit(String, Work, Consumer)}; {@code failed} runs on the FX thread after a failure is told. */
    public <T> void submit(String header, Work<T> work, Consumer<? super T> done, Runnable failed) {
        long request = next();
        running.set(true);
        progress.set(-1);
        Job job = new Job() {
            private final AtomicBoolean posted = new AtomicBoolean();
            private volatile double latest;

            @Override
            public void progress(long finished, long total) {
                latest = total <= 0 ? -1 : Math.min(1, (double) finished / total);
                if (posted.compareAndSet(false, true)) { // one update waits on the FX thread at a time
                    fx.execute(() -> {
                        posted.set(false);
                        if (isCurrent(request)) {
                            progress.set(latest);
                        }
                    });
                }
            }

            @Override
            public boolean stale() {
                return !isCurrent(request);
            }
        };
        run(request, () -> {
            T result;
            try {
                result = work.run(job);
            } catch (RuntimeException | StackOverflowError e) {
                fx.execute(() -> failed(request, header, e, failed));
                return;
            }
            publish(request, () -> {
                running.set(false);
                progress.set(1);
                done.accept(result);
            });
        });
    }

    private void failed(long request, String header, Throwable e, Runnable then) {
        if (e instanceof CancellationException) {
            if (isCurrent(request)) {
                running.set(false); // work that saw it was stale and stopped: no result, nothing went wrong
            }
        } else if (isCurrent(request)) {
            running.set(false);
            notifier.failure(header, e);
            then.run();
        } else if (!(e instanceof SedException)) {
            Failures.describe(header + " (stale)", e); // a bug is logged even when nobody waits for the result
        }
    }

    /** Makes every request stale: running work should stop, and nothing it finds is published. */
    public void cancel() {
        next();
        running.set(false);
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
        background.execute(() -> {
            if (isCurrent(request)) {
                work.run();
            }
        });
    }

    /** Runs on the FX thread, if the request is still the newest then. */
    public void publish(long request, Runnable onFxThread) {
        fx.execute(() -> {
            if (isCurrent(request)) {
                onFxThread.run();
            }
        });
    }

    /**
     * Runs on the FX thread whether or not newer requests came since: for a result the caller orders itself, such as
     * figures that follow a slider, where the newest result so far is shown while the work for the newest request runs.
     */
    public void deliver(Runnable onFxThread) {
        fx.execute(onFxThread);
    }

    /** True from a {@link #submit} until its result is published, it fails, or it is cancelled. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running work's progress, 0 to 1, or −1 while it has said none. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
