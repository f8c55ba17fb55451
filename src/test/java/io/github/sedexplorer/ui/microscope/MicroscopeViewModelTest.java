package io.github.sedexplorer.ui.microscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.microscope.Measurement;
import io.github.sedexplorer.microscope.Microscope;
import io.github.sedexplorer.microscope.MicroscopeSettings;
import io.github.sedexplorer.microscope.NodeMeasure;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.common.Runners;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;

/** The Microscope tab's state without a window: what it measures, when, and that the numbers are Microscope.measure's. */
class MicroscopeViewModelTest {

    static final String CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String POOL = "|avg_pool_3x3~0|+|none~0|avg_pool_3x3~1|+|none~0|none~1|avg_pool_3x3~2|";

    private final List<String> errors = new ArrayList<>();
    private final Notifier notifier = new Notifier() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            errors.add(message);
        }

        @Override
        public void error(String header, String message) {
            errors.add(header + ": " + message);
        }
    };
    private final ObjectProperty<CellDocument> document = new SimpleObjectProperty<>(nb201(CONV));

    private static CellDocument nb201(String arch) {
        return new CellDocument(Architecture.of(Nb201ArchString.parse(arch)), null, "", "");
    }

    private MicroscopeViewModel viewModel(LatestWins runner) {
        return new MicroscopeViewModel(document, new SimpleIntegerProperty(16), runner);
    }

    @Test
    void measuresTheDocumentAtTheDefaults() {
        MicroscopeViewModel vm = viewModel(LatestWins.direct(notifier));
        Measurement m = vm.getMeasurement();
        assertNotNull(m);
        assertEquals(MicroscopeSettings.defaults(), m.settings());
        assertEquals(4, m.nodes().size(), "NB201: four nodes");
        assertSame(document.get().architecture(), m.architecture());
        assertFalse(vm.runningProperty().get());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void anEditReMeasures() {
        AtomicInteger runs = new AtomicInteger();
        MicroscopeViewModel vm = viewModel(Runners.counting(runs, notifier));
        Measurement before = vm.getMeasurement();
        document.set(nb201(POOL));
        assertEquals(2, runs.get());
        assertSame(document.get().architecture(), vm.getMeasurement().architecture());
        assertTrue(vm.getMeasurement() != before);
    }

    @Test
    void theLatestDocumentWins() {
        List<Runnable> queue = new ArrayList<>();
        MicroscopeViewModel vm = viewModel(Runners.queued(queue, notifier));
        CellDocument pool = nb201(POOL);
        document.set(pool);
        document.set(nb201(CONV));
        CellDocument last = nb201("|skip_connect~0|+|none~0|skip_connect~1|+|none~0|none~1|skip_connect~2|");
        document.set(last);
        assertTrue(vm.runningProperty().get(), "running while the work waits");
        queue.forEach(Runnable::run);
        assertSame(last.architecture(), vm.getMeasurement().architecture(), "only the newest document is published");
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void aRequestMadeStaleBeforeItStartsIsSkipped() {
        // a running one polls job::stale (Microscope.measure throws CancellationException); one not yet started is skipped
        List<Runnable> queue = new ArrayList<>();
        MicroscopeViewModel vm = viewModel(new LatestWins(work -> queue.add(work), Runnable::run, notifier));
        Runnable first = queue.remove(0);
        vm.seedsProperty().set(8);
        Runnable second = queue.remove(0);
        first.run(); // stale before it started: skipped
        assertNull(vm.getMeasurement());
        second.run();
        assertEquals(8, vm.getMeasurement().settings().seeds());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void settingsChangesReMeasure() {
        MicroscopeViewModel vm = viewModel(LatestWins.direct(notifier));
        vm.seedsProperty().set(2);
        assertEquals(2, vm.getMeasurement().settings().seeds());
        vm.sizeProperty().set(16);
        assertEquals(16, vm.getMeasurement().settings().height());
        assertEquals(16, vm.getMeasurement().settings().width());
        vm.windowProperty().set(5);
        assertEquals(5, vm.getMeasurement().settings().window());
        vm.seedProperty().set(7);
        assertEquals(7, vm.getMeasurement().settings().seed());
        assertEquals(new MicroscopeSettings(16, 16, 16, 5, 2, 7), vm.getMeasurement().settings());
    }

    @Test
    void theChannelShownIsADisplayChoice() {
        AtomicInteger runs = new AtomicInteger();
        MicroscopeViewModel vm = viewModel(Runners.counting(runs, notifier));
        vm.channelShownProperty().set(5);
        assertEquals(1, runs.get(), "choosing a channel does not re-measure");
        assertEquals(5, vm.channelFor(vm.getMeasurement()));
        vm.channelShownProperty().set(99);
        assertEquals(15, vm.channelFor(vm.getMeasurement()), "clamped to the map's channels");
    }

    @Test
    void theNumbersShownAreMicroscopeMeasures() {
        MicroscopeViewModel vm = viewModel(LatestWins.direct(notifier));
        vm.seedsProperty().set(3);
        vm.seedProperty().set(5);
        MicroscopeSettings s = new MicroscopeSettings(16, 32, 32, 3, 3, 5);
        Measurement direct = Microscope.measure(document.get().architecture(), 16, s, () -> false);
        Measurement shown = vm.getMeasurement();
        assertEquals(direct.nodes().size(), shown.nodes().size());
        for (int i = 0; i < direct.nodes().size(); i++) {
            NodeMeasure a = direct.nodes().get(i);
            NodeMeasure b = shown.nodes().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.halfLogVar(), b.halfLogVar());
            assertEquals(a.localEntropy(), b.localEntropy());
            assertEquals(a.rho1(), b.rho1());
            assertEquals(a.predictedHalfLogVar(), b.predictedHalfLogVar());
            assertEquals(a.predictedLocalEntropy(), b.predictedLocalEntropy());
            assertEquals(MicroscopeViewModel.numbers(a), MicroscopeViewModel.numbers(b), "the card's lines");
        }
        NodeMeasure out = direct.nodes().get(3);
        List<String> lines = MicroscopeViewModel.numbers(out);
        assertTrue(lines.get(0).contains(MicroscopeViewModel.num(out.halfLogVar().mean()) + " ± "
                + MicroscopeViewModel.num(out.halfLogVar().spread())), lines.get(0));
        assertTrue(lines.get(0).contains("sed-flow " + MicroscopeViewModel.num(out.predictedHalfLogVar())), lines.get(0));
        assertTrue(lines.get(1).contains("1-D " + MicroscopeViewModel.num(out.predictedLocalEntropy())), lines.get(1));
        assertTrue(lines.get(2).contains(MicroscopeViewModel.num(out.correlationGap().mean()) + " ± "
                + MicroscopeViewModel.num(out.correlationGap().spread())), lines.get(2));
        assertTrue(MicroscopeViewModel.caption(shown).contains("K = 3 seeds"));
        assertTrue(MicroscopeViewModel.caption(shown).contains("not the reconstruction"));
    }

    @Test
    void whileHiddenAChangeWaitsUntilShown() {
        AtomicInteger runs = new AtomicInteger();
        MicroscopeViewModel vm = viewModel(Runners.counting(runs, notifier));
        vm.shownProperty().set(false);
        document.set(nb201(POOL));
        vm.seedsProperty().set(2);
        assertEquals(1, runs.get(), "nothing measured while hidden");
        vm.shownProperty().set(true);
        assertEquals(2, runs.get(), "once when shown");
        assertSame(document.get().architecture(), vm.getMeasurement().architecture());
    }

    @Test
    void badSettingsGiveAStatusNotAMeasurement() {
        MicroscopeViewModel vm = viewModel(LatestWins.direct(notifier));
        Measurement before = vm.getMeasurement();
        vm.seedsProperty().set(0);
        assertSame(before, vm.getMeasurement());
        assertTrue(vm.statusProperty().get().contains("seeds K must be"), vm.statusProperty().get());
        vm.seedsProperty().set(2);
        assertEquals(2, vm.getMeasurement().settings().seeds());
    }

    @Test
    void oneScaleForEveryMapThumbnail() {
        MicroscopeViewModel vm = viewModel(LatestWins.direct(notifier));
        Measurement m = vm.getMeasurement();
        double scale = MicroscopeViewModel.mapScale(m, 0);
        double largest = 0;
        for (NodeMeasure n : m.nodes()) {
            largest = Math.max(largest, Math.max(maxAbs(n.sample().channel(0)), maxAbs(n.sample().channelMean())));
        }
        assertEquals(largest, scale, "the largest |value| of every node's channel and mean");
        double[] heat = MicroscopeViewModel.heatScale(m);
        assertTrue(heat[0] < heat[1]);
    }

    @Test
    void eachNodeItsOwnScaleIsTheNodesLargestValue() {
        MicroscopeViewModel vm = viewModel(LatestWins.direct(notifier));
        Measurement m = vm.getMeasurement();
        double view = MicroscopeViewModel.mapScale(m, 0);
        for (NodeMeasure n : m.nodes()) {
            assertEquals(view, vm.mapScale(m, n), "one scale: the view's");
            assertEquals(MicroscopeViewModel.heatScale(m)[0], vm.heatScale(m, n)[0]);
        }
        assertTrue(vm.legend(m).contains("m = " + MicroscopeViewModel.num(view)), vm.legend(m));
        vm.scaleEachNodeProperty().set(true);
        assertTrue(vm.legend(m).contains("its own scale"), vm.legend(m));
        boolean anySmaller = false;
        for (NodeMeasure n : m.nodes()) {
            double own = vm.mapScale(m, n);
            double max = Math.max(maxAbs(n.sample().channel(0)), maxAbs(n.sample().channelMean()));
            assertEquals(max, own, "the node's largest |value| over the channel shown and the mean");
            anySmaller |= own < view;
            double[] heat = vm.heatScale(m, n);
            for (double[] row : n.heat()) {
                for (double v : row) {
                    assertTrue(v >= heat[0] && v <= heat[1], v + " in " + heat[0] + "–" + heat[1]);
                }
            }
        }
        assertTrue(anySmaller, "the conv cell's variance grows: the input's own scale is below the view's");
    }

    @Test
    void theStripsLinesAreTheMeansOfTheTable() {
        MicroscopeViewModel vm = viewModel(LatestWins.direct(notifier));
        NodeMeasure out = vm.getMeasurement().node(0, 3);
        List<String> lines = MicroscopeViewModel.compact(out);
        assertEquals("½·ln v " + MicroscopeViewModel.num(out.halfLogVar().mean()), lines.get(0));
        assertEquals("sed-flow " + MicroscopeViewModel.num(out.predictedHalfLogVar()), lines.get(1));
        assertEquals("ρ(1) " + MicroscopeViewModel.num(out.rho1().mean()), lines.get(2));
        assertEquals("corr. gap " + MicroscopeViewModel.num(out.correlationGap().mean()), lines.get(3), "the gap the tab shows, its mean");
    }

    private static double maxAbs(double[][] map) {
        double max = 0;
        for (double[] row : map) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
