package io.github.sedexplorer.ui;

import java.util.concurrent.TimeUnit;

import org.testfx.util.WaitForAsyncUtils;

/** Waits for the app's table tabs: no table loading, and the chart, proxies and table tabs done computing. */
final class TableTabs {

    private TableTabs() {
    }

    /**
     * Asked on the FX thread, so a finished load is seen only with the work it starts: a table published by the
     * loader is shown, and the tabs' requests made, in the same FX event.
     */
    static void settle(MainWindow w) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !w.workspace().loadingProperty().get()
                && !w.chart().busyProperty().get() && !w.proxies().busyProperty().get() && !w.table().busyProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
