package io.github.sedexplorer.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.CorrelationStats;
import io.github.sedexplorer.bench.Proxy;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.SedModels;
import io.github.sedexplorer.ui.common.FakeDialogs;
import io.github.sedexplorer.ui.common.LatestWins;
import io.github.sedexplorer.ui.common.StatusLine;
import io.github.sedexplorer.ui.table.BenchFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxy lab's view-model through the direct runner: figures, edits, save and open, with no robot. */
class LabViewModelTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final StatusLine status = new StatusLine(dialogs::error);
    private final ObservableList<BenchmarkTable> tables = FXCollections.observableArrayList();
    private final LabViewModel lab = new LabViewModel(tables, LatestWins.direct(status), status, dialogs);

    private BenchmarkTable load() throws IOException {
        BenchmarkTable t = BenchFixtures.table(dir);
        tables.add(t);
        return t;
    }

    private double tau(BenchmarkTable t, ModelSpec spec) {
        return CorrelationStats.of(Proxy.sed(spec.model()).scores(t), t.metric("cifar10_acc"), 10).kendall();
    }

    @Test
    void everyTargetIsScoredUnderTheSettingAndUnderTheReconstruction() throws IOException {
        BenchmarkTable t = load();
        assertEquals(16, lab.settingProperty().get().channels(), "the first table's space's C");
        LabViewModel.Row row = lab.rows().stream().filter(r -> r.target().column().equals("cifar10_acc")).findFirst().orElseThrow();
        double reconstruction = CorrelationStats.of(Proxy.sed(SedModels.create("sed-path", 16)).scores(t), t.metric("cifar10_acc"), 10)
                .kendall();
        assertEquals(reconstruction, row.reconstruction().kendall(), 1e-12);
        lab.setDelta(Op.AVG_POOL_3X3, 3.0);
        LabViewModel.Row edited = lab.rows().stream().filter(r -> r.target().column().equals("cifar10_acc")).findFirst().orElseThrow();
        assertEquals(tau(t, lab.settingProperty().get()), edited.now().kendall(), 1e-12);
        assertEquals(reconstruction, edited.reconstruction().kendall(), 1e-12, "the reconstruction stays the reference");
        assertNotNull(lab.sensitivityProperty().get(), "τ against C is swept");
        assertFalse(lab.busyProperty().get());
        assertEquals(1, lab.heldOut().size());
        assertTrue(lab.heldOut().get(0).tunedOn());
    }

    @Test
    void heldOutCountsRowsLikeEveryOtherNAndNamesTheTargetsApart() throws IOException {
        BenchmarkTable t = load();
        LabViewModel.HeldOut h = lab.heldOut().get(0);
        long withTarget = lab.rows().stream().filter(r -> r.target().table() == t).count();
        assertEquals(withTarget, h.targets(), "one mean over each of the table's targets");
        int most = lab.rows().stream().mapToInt(r -> r.now().n()).max().orElseThrow();
        assertEquals(most, h.rows(), "n is rows, as in the figures table");
        assertTrue(h.rows() > h.targets() && h.rows() <= t.rows());
    }

    @Test
    void typedDeltasAreTakenWithinTheBoundAndRefusedWithAMessageOtherwise() throws IOException {
        load();
        assertTrue(lab.editDelta(Op.CONV_1X1, "−1.5"), "a typographic minus is a minus");
        assertEquals(-1.5, lab.settingProperty().get().delta(Op.CONV_1X1));
        assertFalse(lab.editDelta(Op.CONV_1X1, "400"));
        assertTrue(status.message().contains("from -354 to 354"), status.message());
        assertTrue(status.isErrorProperty().get());
        assertFalse(lab.editDelta(Op.CONV_1X1, "a lot"));
        assertEquals(-1.5, lab.settingProperty().get().delta(Op.CONV_1X1), "a refused edit changes nothing");
        assertTrue(lab.editDelta(Op.CONV_1X1, " "));
        assertFalse(lab.settingProperty().get().edited(Op.CONV_1X1), "empty resets it");
    }

    @Test
    void aSavedSettingReadsBackAndIsOfferedToTheApp() throws IOException {
        load();
        List<ModelSpec> offered = new ArrayList<>();
        lab.setOnSaved(offered::add);
        lab.setChannels(4);
        lab.setDelta(Op.SKIP, 0.25);
        lab.nameProperty().set("bad name");
        assertFalse(lab.save(dir.resolve("x.json")));
        assertTrue(status.message().startsWith("Not saved: "), status.message());
        lab.nameProperty().set("skip-quarter");
        Path file = dir.resolve("skip.json");
        assertTrue(lab.save(file));
        assertEquals(List.of(ModelFile.readFile(file)), offered);
        assertEquals(lab.settingProperty().get().named("skip-quarter"), offered.get(0));
    }

    @Test
    void aModelFileThatDoesNotReadIsExplainedAndTheSettingStays() throws IOException {
        load();
        ModelSpec before = lab.settingProperty().get();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 0, \"deltas\": {}}");
        assertFalse(lab.open(bad));
        assertEquals(before, lab.settingProperty().get());
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("error: Cannot open the model file bad.json: ")), dialogs.shown.toString());
    }
}
