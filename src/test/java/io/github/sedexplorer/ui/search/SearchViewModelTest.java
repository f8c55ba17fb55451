package io.github.sedexplorer.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.Runners;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.search.SearchViewModel.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Search tab's state without a window: what a search finds, its budget, Stop, and the table's accuracy. */
class SearchViewModelTest {

    static final String CELL_9930 = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String ALL_CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";

    private final ObjectProperty<CellDocument> document = new SimpleObjectProperty<>(
            new CellDocument(Architecture.of(Nb201ArchString.parse(CELL_9930)), null, "", ""));
    private final ObjectProperty<SedModel> model = new SimpleObjectProperty<>(SedModels.create("sed-path", 16));
    private final ObjectProperty<BenchmarkTable> table = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("cifar10_acc");
    private final StatusLine status = new StatusLine();

    private SearchViewModel viewModel(LatestWins runner) {
        return new SearchViewModel(document, model, table, target, (t, a) -> t.architectures().indexOf(a), runner);
    }

    @Test
    void exhaustiveTopKAreTheTopScoresOfTheWholeSpace() {
        model.set(SedModels.create("sed-path", 8));
        SearchViewModel vm = viewModel(LatestWins.direct(status));
        assertEquals(SearchViewModel.EXHAUSTIVE, vm.algorithmProperty().get(), "NB201 is searched exhaustively");
        assertEquals("Space: NAS-Bench-201 (15,625 cells)", vm.status());
        vm.topProperty().set(12);
        assertTrue(vm.start());
        List<Cell> cells = SpaceEnumerator.cells(SearchSpace.NB201);
        double[] all = cells.stream().mapToDouble(c -> model.get().score(c)).toArray();
        Arrays.sort(all);
        List<Result> results = vm.results();
        assertEquals(12, results.size());
        for (int i = 0; i < 12; i++) {
            Result r = results.get(i);
            assertEquals(i + 1, r.rank());
            assertEquals(all[all.length - 1 - i], r.candidate().score(), 0, "rank " + (i + 1));
            assertEquals(ParamCount.of(r.candidate().architecture(), 8), r.candidate().params(), "weights at the model's C");
        }
        assertEquals(ALL_CONV, results.get(0).arch());
        assertEquals(ALL_CONV, Nb201ArchString.format(vm.best().orElseThrow().architecture().cells().get(0)));
        assertTrue(vm.status().startsWith("exhaustive search of NAS-Bench-201: best "), vm.status());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void aBudgetThatIsNotANumberIsSaidAndNothingRuns() {
        AtomicInteger runs = new AtomicInteger();
        SearchViewModel vm = viewModel(Runners.counting(runs, status));
        vm.budgetProperty().set("12k");
        assertFalse(vm.start());
        assertEquals("Parameter budget: '12k' is not a whole number", vm.status());
        assertEquals(0, runs.get());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.results().isEmpty());
        vm.budgetProperty().set("11_520");
        vm.topProperty().set(1);
        assertTrue(vm.start());
        assertEquals(1, runs.get());
        assertTrue(vm.results().get(0).candidate().params() <= 11520, "within the budget");
        assertEquals(6 * Math.log(3) + 4 * Math.log(16), vm.results().get(0).candidate().score(), 1e-9, "the best within 11,520 weights");
    }

    @Test
    void stopEndsARunningSearchAndShowsTheBestSoFar() {
        AtomicReference<SearchViewModel> holder = new AtomicReference<>();
        AtomicInteger progressed = new AtomicInteger();
        // the FX side runs inline on the searching thread: the first progress it hears, it presses Stop
        SearchViewModel vm = viewModel(new LatestWins(Runnable::run, r -> {
            r.run();
            SearchViewModel v = holder.get();
            if (v != null && v.runningProperty().get() && v.progressProperty().get() > 0) {
                progressed.incrementAndGet();
                v.stop();
            }
        }, status));
        holder.set(vm);
        vm.foldProperty().set(false); // the first 64 cells have many isomorphs
        assertFalse(vm.canOpenBestProperty().get(), "nothing to open before a search");
        assertTrue(vm.start());
        assertEquals(1, progressed.get());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.status().startsWith("exhaustive search of NAS-Bench-201 stopped after 64 of 15,625 evaluations: best "),
                vm.status());
        assertEquals("64 evaluated", vm.evaluatedProperty().get());
        assertEquals(20, vm.results().size(), "what a stopped search found is kept");
        double bestOf64 = SpaceEnumerator.cells(SearchSpace.NB201).subList(0, 64).stream()
                .mapToDouble(a -> model.get().score(a)).max().orElseThrow();
        assertEquals(bestOf64, vm.results().get(0).candidate().score(), 0, "the best of the 64 evaluated");
        assertTrue(vm.canOpenBestProperty().get());
        assertEquals(vm.results().get(0).candidate().architecture(), vm.best().orElseThrow().architecture(),
                "Open best opens the best so far");
    }

    @Test
    void stoppedBeforeAnyEvaluationThereIsNothingToOpen() {
        List<Runnable> queued = new ArrayList<>();
        SearchViewModel vm = viewModel(Runners.queued(queued, status));
        assertTrue(vm.start());
        vm.stop();
        assertEquals("Stopping …", vm.status());
        queued.forEach(Runnable::run);
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.results().isEmpty());
        assertFalse(vm.canOpenBestProperty().get(), "Open best is disabled with nothing to open");
        assertTrue(vm.best().isEmpty());
        assertTrue(vm.status().endsWith("stopped after 0 of 15,625 evaluations: best none yet · 0 isomorphic duplicates folded"),
                vm.status());
    }

    @Test
    void accuracyIsJoinedFromTheTable(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("small.csv");
        Files.writeString(csv, "arch,cifar10_acc\n" + ALL_CONV + ",93.5\n" + CELL_9930 + ",94.37\n");
        BenchmarkTable small = TableReader.read(csv);
        SearchViewModel vm = viewModel(LatestWins.direct(status));
        vm.topProperty().set(100);
        vm.start();
        assertTrue(vm.results().stream().allMatch(r -> Double.isNaN(r.accuracy())), "no table: no accuracy");
        table.set(small);
        assertEquals(93.5, accuracy(vm, ALL_CONV), 0, "joined again when the table comes");
        assertEquals(94.37, accuracy(vm, CELL_9930), 0);
        assertEquals(2, vm.results().stream().filter(r -> !Double.isNaN(r.accuracy())).count(), "only the table's rows");
        assertTrue(vm.status().endsWith(" · accuracy from small.csv (cifar10_acc)"), vm.status());
        target.set("no such column");
        assertTrue(vm.results().stream().allMatch(r -> Double.isNaN(r.accuracy())), "a target the table lacks");
    }

    private static double accuracy(SearchViewModel vm, String arch) {
        return vm.results().stream().filter(r -> r.arch().equals(arch)).findFirst().orElseThrow().accuracy();
    }
}
