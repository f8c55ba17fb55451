package io.github.sedexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.SedException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

/** The one background runner, driven by hand: queued executors stand for the worker thread and the FX thread. */
class LatestWinsTest {

    private final Queue background = new Queue();
    private final Queue fx = new Queue();
    private final StatusLine status = new StatusLine();
    private final LatestWins runner = new LatestWins(background, fx, status);

    /** An executor that runs what it was given only when the test says so. */
    private static final class Queue implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void drain() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void onlyTheNewestRequestPublishesAndAStaleOneThatHasNotStartedNeverRuns() {
        List<String> ran = new ArrayList<>();
        List<String> published = new ArrayList<>();
        runner.submit("first", job -> {
            ran.add("first");
            return "first";
        }, published::add);
        runner.submit("second", job -> {
            ran.add("second");
            return "second";
        }, published::add);
        assertTrue(runner.runningProperty().get());
        background.drain();
        fx.drain();
        assertEquals(List.of("second"), ran, "the first request was stale before its turn came");
        assertEquals(List.of("second"), published);
        assertFalse(runner.runningProperty().get());
        assertEquals(1.0, runner.progressProperty().get());
    }

    @Test
    void runningWorkSeesItIsStaleAndItsResultIsDropped() {
        List<Boolean> staleSeen = new ArrayList<>();
        List<String> published = new ArrayList<>();
        runner.submit("old", job -> {
            runner.next(); // a newer request arrives while this one runs
            staleSeen.add(job.stale());
            return "old";
        }, published::add);
        background.drain();
        fx.drain();
        assertEquals(List.of(true), staleSeen);
        assertTrue(published.isEmpty());
    }

    @Test
    void progressReachesTheFxThreadAsTheLatestValueOnly() {
        runner.submit("count", job -> {
            for (int i = 1; i <= 4; i++) {
                job.progress(i, 4);
            }
            return 0;
        }, x -> { });
        background.drain();
        assertEquals(-1.0, runner.progressProperty().get(), "nothing reported until the FX thread runs");
        fx.tasks.poll().run(); // the one progress update waiting: already at the latest value
        assertEquals(1.0, runner.progressProperty().get());
    }

    @Test
    void badInputFailsAsAnErrorInTheStatusLineAndThenTheFailedCallbackRuns() {
        List<String> after = new ArrayList<>();
        runner.submit("Cannot load t.csv", job -> {
            throw new SedException("line 3, column 2: not a number");
        }, x -> after.add("done"), () -> after.add("failed"));
        background.drain();
        fx.drain();
        assertEquals("Cannot load t.csv: line 3, column 2: not a number", status.message());
        assertTrue(status.isErrorProperty().get());
        assertEquals(List.of("failed"), after);
        assertFalse(runner.runningProperty().get());
    }

    @Test
    void workThatStopsOnCancelIsNeitherAnErrorNorAResult() {
        List<String> after = new ArrayList<>();
        runner.submit("Cannot sweep", job -> {
            throw new CancellationException("stopped");
        }, x -> after.add("done"), () -> after.add("failed"));
        background.drain();
        fx.drain();
        assertEquals("", status.message());
        assertTrue(after.isEmpty());
        assertFalse(runner.runningProperty().get());
    }

    @Test
    void cancelMakesTheRunningRequestStale() {
        List<String> published = new ArrayList<>();
        runner.submit("x", job -> "x", published::add);
        runner.cancel();
        assertFalse(runner.runningProperty().get());
        background.drain();
        fx.drain();
        assertTrue(published.isEmpty());
    }

    @Test
    void theDirectRunnerHandsTheResultOverAtOnce() {
        List<Integer> published = new ArrayList<>();
        LatestWins direct = LatestWins.direct(status);
        direct.submit("sum", job -> 1 + 2, published::add);
        assertEquals(List.of(3), published);
        assertFalse(direct.runningProperty().get());
    }
}
