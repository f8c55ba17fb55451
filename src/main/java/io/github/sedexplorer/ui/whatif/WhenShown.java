package io.github.sedexplorer.ui.whatif;

import javafx.beans.value.ObservableBooleanValue;

/**
 * Work a view needs only while it is shown (re-scoring every single-op change, or the whole space): done at once
 * while shown, else once when the view is next shown, so editing in another tab never waits for it.
 */
final class WhenShown {

    private final ObservableBooleanValue shown;
    private final Runnable work;
    private boolean stale;

    WhenShown(ObservableBooleanValue shown, Runnable work) {
        this.shown = shown;
        this.work = work;
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                stale = false;
                work.run();
            }
        });
    }

    void request() {
        if (shown.get()) {
            stale = false;
            work.run();
        } else {
            stale = true;
        }
    }
}
