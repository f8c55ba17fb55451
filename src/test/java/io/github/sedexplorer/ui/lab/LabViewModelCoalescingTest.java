package io.github.sedexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.lab.ProxyLab;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.table.BenchFixtures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the lab keeps up with a dragged slider, with no robot: the worker's queue and the FX thread's queue are lists the
 * test runs when it chooses, so settings can come faster than the work.
 */
class LabViewModelCoalescingTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final StatusLine status = new StatusLine(dialogs::error);
    private final ObservableList<BenchmarkTable> tables = FXCollections.observableArrayList();
    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    private final AtomicInteger evaluated = new AtomicInteger();
    private boolean queueFx;
    private final LatestWins worker = new LatestWins(work -> background.add(() -> {
        evaluated.incrementAndGet(); // every piece of work that reached the worker, stale or not
        work.run();
    }), r -> {
        if (queueFx) {
            fx.add(r);
        } else {
            r.run();
        }
    }, status);
    private final LabViewModel vm = new LabViewModel(tables, worker, status, dialogs);
    private final AtomicInteger shown = new AtomicInteger();

    private static void drain(List<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.remove(0).run();
        }
    }

    private ProxyLab loaded() throws IOException {
        tables.add(BenchFixtures.table(dir));
        drain(background);
        vm.rows().addListener((ListChangeListener<LabViewModel.Row>) c -> shown.incrementAndGet());
        shown.set(0);
        return vm.labProperty().get();
    }

    private List<Double> tau() {
        return vm.rows().stream().map(r -> r.now().kendall()).toList();
    }

    private static List<Double> tau(ProxyLab lab, ModelSpec s) {
        return lab.evaluate(s).stream().map(ProxyLab.Figure::kendall).toList();
    }

    @Test
    void settingsThatComeFasterThanTheWorkAreEvaluatedOnlyForTheLatest() throws IOException {
        ProxyLab lab = loaded();
        assertFalse(vm.busyProperty().get());
        evaluated.set(0);
        for (int c : new int[] {2, 3, 5, 8, 13, 21, 34}) {
            vm.setChannels(c); // a drag: seven settings before the worker's next turn
        }
        assertTrue(vm.busyProperty().get());
        drain(background);
        assertEquals(1, evaluated.get(), "one turn of the worker for seven settings");
        assertEquals(1, shown.get(), "and one update of the figures");
        assertEquals(34, vm.shownSettingProperty().get().channels(), "the latest setting's");
        assertEquals(tau(lab, vm.settingProperty().get()), tau());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void theWorkerWaitsForTheFxThreadToTakeFiguresBeforeItEvaluatesTheNextSetting() throws IOException {
        ProxyLab lab = loaded();
        queueFx = true;
        vm.setChannels(2);
        drain(background); // C = 2 is evaluated; its figures wait for the FX thread
        vm.setChannels(16);
        vm.setChannels(64);
        assertTrue(background.isEmpty(), "no work queued while figures wait to be shown");
        drain(fx);
        assertEquals(2, vm.shownSettingProperty().get().channels());
        assertEquals(1, background.size(), "then the newest setting's turn");
        evaluated.set(0);
        drain(background);
        drain(fx);
        assertEquals(1, evaluated.get(), "C = 16 was never evaluated");
        assertEquals(2, shown.get());
        assertEquals(64, vm.shownSettingProperty().get().channels());
        assertEquals(tau(lab, vm.settingProperty().get()), tau());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void figuresFinishedAfterTheSettingMovedOnAreShownUntilNewerOnesCome() throws IOException {
        ProxyLab lab = loaded();
        queueFx = true;
        vm.setChannels(2);
        drain(background); // done for C = 2; meanwhile the pointer moved on
        vm.setChannels(64);
        drain(fx);
        assertEquals(2, vm.shownSettingProperty().get().channels(), "the newest figures so far, while C = 64 is worked on");
        assertEquals(tau(lab, ModelSpec.reconstruction(2)), tau());
        assertTrue(vm.busyProperty().get(), "busy until the latest setting's figures are in");
        drain(background);
        drain(fx);
        assertEquals(64, vm.shownSettingProperty().get().channels());
        assertEquals(tau(lab, vm.settingProperty().get()), tau());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aStaleResultNeverReplacesANewerOne() throws IOException {
        ProxyLab lab = loaded();
        queueFx = true;
        vm.setChannels(2);
        drain(background);
        drain(fx);
        vm.setChannels(64);
        drain(background);
        List<Runnable> late = new ArrayList<>(fx); // everything C = 64 handed to the FX thread, run last-first
        fx.clear();
        for (int i = late.size() - 1; i >= 0; i--) {
            late.get(i).run();
        }
        vm.setChannels(8);
        drain(background);
        drain(fx);
        assertEquals(8, vm.shownSettingProperty().get().channels());
        assertEquals(tau(lab, vm.settingProperty().get()), tau());
        // the tables go away while figures for the old lab still wait: they are not shown over the empty lab
        vm.setChannels(16);
        drain(background);
        tables.clear();
        drain(fx);
        assertTrue(vm.rows().isEmpty());
        assertNull(vm.shownSettingProperty().get());
    }

    @Test
    void aSweepOvertakenByANewCIsMadeOnceForTheLatestSetting() throws IOException {
        ProxyLab lab = loaded();
        vm.setDelta(Op.SKIP, 0.5); // a new Δ: a new sweep
        vm.setChannels(4); // only C changes: the same sweep
        vm.setChannels(32);
        drain(background);
        ModelSpec s = vm.settingProperty().get();
        double[][] expected = lab.sensitivity(s, ProxyLab.channelGrid(), () -> false);
        double[][] got = vm.sensitivityProperty().get();
        assertEquals(expected.length, got.length);
        for (int t = 0; t < expected.length; t++) {
            assertArrayEquals(expected[t], got[t], lab.targets().get(t).label());
        }
        double[][] before = got;
        vm.setChannels(128);
        drain(background);
        assertTrue(before == vm.sensitivityProperty().get(), "C alone does not sweep again");
        assertEquals(tau(lab, vm.settingProperty().get()), tau());
        assertFalse(vm.busyProperty().get());
    }
}
