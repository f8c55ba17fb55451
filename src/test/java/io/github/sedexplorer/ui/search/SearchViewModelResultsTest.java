package io.github.sedexplorer.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.TransNasCode;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.Runners;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.export.Csv;
import io.github.sedexplorer.ui.search.SearchViewModel.Point;
import io.github.sedexplorer.ui.search.SearchViewModel.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Search tab's live count and curve, folding, CSV, arch spelling, the space's methods and the samples' limit. */
class SearchViewModelResultsTest {

    static final String ALL_CONV = SearchViewModelTest.ALL_CONV;
    static final String DARTS_V1 = "Genotype(normal=[('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 0), "
            + "('sep_conv_3x3', 1), ('skip_connect', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 2)], "
            + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 0), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), ('avg_pool_3x3', 0)], "
            + "reduce_concat=[2, 3, 4, 5])";

    private final ObjectProperty<CellDocument> document = new SimpleObjectProperty<>(
            new CellDocument(Architecture.of(Nb201ArchString.parse(SearchViewModelTest.CELL_9930)), null, "", ""));
    private final ObjectProperty<SedModel> model = new SimpleObjectProperty<>(SedModels.create("sed-path", 16));
    private final ObjectProperty<BenchmarkTable> table = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("cifar10_acc");
    private final StatusLine status = new StatusLine();

    private SearchViewModel viewModel(LatestWins runner, LongSupplier clock) {
        return new SearchViewModel(document, model, table, target, (t, a) -> t.architectures().indexOf(a), runner, clock);
    }

    private SearchViewModel viewModel() {
        return viewModel(LatestWins.direct(status), System::nanoTime);
    }

    /** The count shown while the search ran (the final one comes after). */
    private static List<String> liveCounts(SearchViewModel vm) {
        List<String> seen = new ArrayList<>();
        vm.evaluatedProperty().addListener((o, a, b) -> {
            if (vm.runningProperty().get() && !b.isEmpty()) {
                seen.add(b);
            }
        });
        return seen;
    }

    @Test
    void theCountAndCurveFollowTheSearchAtMostFourTimesASecond() {
        SearchViewModel frozen = viewModel(LatestWins.direct(status), () -> 0);
        List<String> few = liveCounts(frozen);
        frozen.start();
        assertEquals(List.of("0 evaluated", "64 evaluated"), few, "a clock that stands still: the first post only");
        assertEquals("15,625 evaluated", frozen.evaluatedProperty().get());

        AtomicLong now = new AtomicLong();
        SearchViewModel slow = viewModel(LatestWins.direct(status), () -> now.addAndGet(LiveSearch.INTERVAL_NANOS / 2));
        List<String> half = liveCounts(slow);
        slow.start();
        // 245 progress calls (every 64 evaluations, and the last), every other one a quarter of a second after the
        // last post: 123 posts, after the "0 evaluated" of the start
        assertEquals(1 + 123, half.size(), half.toString());
        assertEquals("15,625 evaluated", slow.evaluatedProperty().get());

        List<Point> curve = slow.curve();
        assertTrue(curve.size() >= 2, curve.toString());
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).evaluations() > curve.get(i - 1).evaluations());
            assertTrue(curve.get(i).best() >= curve.get(i - 1).best(), "best so far never falls");
        }
        assertEquals(new Point(15_625, slow.results().get(0).candidate().score()), curve.get(curve.size() - 1));
        assertEquals(frozen.curve(), curve, "the curve does not depend on how often it was shown");
    }

    @Test
    void isomorphsAreFoldedByDefaultAndCountedAndTheToggleNeedsNoNewSearch() {
        AtomicInteger runs = new AtomicInteger();
        SearchViewModel vm = viewModel(Runners.counting(runs, status), System::nanoTime);
        assertTrue(vm.foldProperty().get(), "on by default");
        assertTrue(vm.foldableProperty().get());
        vm.topProperty().set(20_000);
        vm.start();
        assertEquals(8_765, vm.results().size(), "one row per isomorphism class (and one for the disconnected cells)");
        assertTrue(vm.status().contains(" · 6,860 isomorphic duplicates folded"), vm.status());
        assertEquals(15_625, vm.results().stream().mapToInt(r -> 1 + r.isomorphs()).sum());
        vm.foldProperty().set(false);
        assertEquals(15_625, vm.results().size());
        assertFalse(vm.status().contains("folded"), vm.status());
        assertTrue(vm.results().stream().allMatch(r -> r.isomorphs() == 0));
        assertEquals(1, runs.get(), "both lists came from the one search");
    }

    @Test
    void csvHasRankScoreParamsAndArchInTheSpacesFormat(@TempDir Path dir) throws IOException {
        SearchViewModel vm = viewModel();
        vm.topProperty().set(3);
        vm.start();
        String[] lines = vm.csv().split("\r\n");
        assertEquals("rank,score,params,arch,isomorphs", lines[0]);
        Result best = vm.results().get(0);
        assertEquals("1," + Csv.numberField(best.candidate().score()) + "," + best.candidate().params() + "," + ALL_CONV + ",0",
                lines[1]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("1,19.87925"), "every digit of the score: " + lines[1]);

        Files.writeString(dir.resolve("small.csv"), "arch,cifar10_acc\n" + ALL_CONV + ",93.5\n");
        table.set(TableReader.read(dir.resolve("small.csv")));
        vm.foldProperty().set(false);
        Path out = dir.resolve("results.csv");
        vm.writeCsv(out);
        List<String> written = Files.readAllLines(out);
        assertEquals("rank,score,params,arch,cifar10_acc", written.get(0), "the table's target once results have it");
        assertTrue(written.get(1).endsWith("," + ALL_CONV + ",93.5"), written.get(1));
        assertTrue(written.get(2).endsWith(","), "no accuracy: an empty field");
    }

    @Test
    void transNasResultsAreTransNasCodes() {
        document.set(new CellDocument(Architecture.of(TransNasCode.parse("64-41414-3_33_333")), null, "", ""));
        model.set(SedModels.create("sed-path", 64));
        SearchViewModel vm = viewModel();
        vm.topProperty().set(5);
        vm.start();
        assertEquals(5, vm.results().size());
        for (Result r : vm.results()) {
            assertEquals(TransNasCode.format(r.candidate().architecture().cell()), r.arch());
        }
        assertEquals("64-41414-3_33_333", vm.results().get(0).arch());
        assertTrue(vm.csv().split("\r\n")[1].contains(",64-41414-3_33_333,"), vm.csv());
    }

    @Test
    void aSpaceThatCannotBeEnumeratedIsNeverOfferedExhaustiveSearch() {
        SearchViewModel vm = viewModel();
        assertEquals(List.of("exhaustive", "random", "evolution"), vm.algorithms());
        assertTrue(vm.methodProperty().get().contains("exhaustive search scores every one"), vm.methodProperty().get());
        document.set(new CellDocument(DartsGenotype.parse(DARTS_V1), null, "", ""));
        assertEquals(List.of("random", "evolution"), vm.algorithms());
        assertEquals("evolution", vm.algorithmProperty().get());
        assertFalse(vm.methodProperty().get().contains("exhaustive"), vm.methodProperty().get());
        assertFalse(vm.foldableProperty().get(), "DARTS cells have two inputs: no isomorphism keys");
        vm.algorithmProperty().set("exhaustive");
        assertFalse(vm.start());
        assertEquals("Algorithm: choose random or evolution for DARTS", vm.status());
        vm.algorithmProperty().set("random");
        vm.samplesProperty().set("50");
        vm.topProperty().set(3);
        assertTrue(vm.start());
        assertTrue(vm.status().startsWith("random search of DARTS: best "), vm.status());
        assertFalse(vm.status().contains("folded"), vm.status());
        assertEquals(3, vm.results().size());
        document.set(new CellDocument(Architecture.of(Nb201ArchString.parse(ALL_CONV)), null, "", ""));
        assertEquals(List.of("exhaustive", "random", "evolution"), vm.algorithms());
        assertEquals("exhaustive", vm.algorithmProperty().get());
    }

    @Test
    void samplesAboveTheMaximumAreRefusedNotClamped() {
        AtomicInteger runs = new AtomicInteger();
        SearchViewModel vm = viewModel(Runners.counting(runs, status), System::nanoTime);
        vm.algorithmProperty().set("random");
        vm.samplesProperty().set("2,000,000");
        assertFalse(vm.start());
        assertEquals("Samples: 2,000,000 is above the maximum of 1,000,000 evaluations; nothing ran", vm.status());
        vm.samplesProperty().set("0");
        assertFalse(vm.start());
        assertEquals("Samples: a search needs at least 1 evaluation, not 0", vm.status());
        vm.samplesProperty().set("many");
        assertFalse(vm.start());
        assertEquals("Samples: 'many' is not a whole number", vm.status());
        assertEquals(0, runs.get());
        vm.samplesProperty().set("1_000");
        assertTrue(vm.start());
        assertEquals("1,000 evaluated", vm.evaluatedProperty().get());
        vm.algorithmProperty().set("exhaustive");
        vm.samplesProperty().set("2,000,000");
        assertTrue(vm.start(), "exhaustive search takes no samples");
        assertEquals(2, runs.get());
    }
}
