package io.github.sedexplorer.ui;

import io.github.sedexplorer.ui.common.ModelCatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.SedModels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogTest {

    private static final Architecture CELL = Architecture.of(Nb201ArchString.parse(
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"));

    @Test
    void offersTheBuiltInsFirstAndScoresThemAtTheGivenC() {
        ModelCatalog models = new ModelCatalog();
        assertEquals(SedModels.ids(), models.ids());
        assertEquals(17.394347, models.create("sed-path", 16).score(CELL), 1e-6, "sed-model.md §5");
        assertFalse(models.isCustom("sed-path"));
        assertEquals(16, models.create("sed-path", 16).opEntropy().channels());
    }

    @Test
    void theMeasuredModelIsAProxyButNotOneOfTheEditorsModels() {
        ModelCatalog models = new ModelCatalog();
        assertFalse(models.ids().contains(LocalMcModel.ID), "the editor analyses its model: a measured one has no contributions");
        assertFalse(models.contains(LocalMcModel.ID));
        assertTrue(models.isProxyModel(LocalMcModel.ID));
        assertEquals(List.of("sed-path", "sed-flow", LocalMcModel.ID), models.proxyIds());
        models.add(new ModelSpec("c2", false, 2, Map.of()));
        assertEquals(List.of("sed-path", "sed-flow", LocalMcModel.ID, "custom:c2"), models.proxyIds(), "custom models last");
        assertEquals(LocalMcModel.ID, models.create(LocalMcModel.ID, 16).id());
        assertEquals("sed-local-mc (measured)", ModelCatalog.label(LocalMcModel.ID));
        assertEquals("sed-flow", ModelCatalog.label("sed-flow"));
        assertTrue(ModelCatalog.measuredNote(LocalMcModel.ID).endsWith("not the reconstruction"));
    }

    @Test
    void aCustomModelKeepsItsOwnCAndIsLabelledCustom(@TempDir Path dir) {
        ModelCatalog models = new ModelCatalog();
        ModelSpec spec = new ModelSpec("c2", false, 2, Map.of(Op.AVG_POOL_3X3, -2.0));
        Path file = dir.resolve("c2.json");
        ModelFile.save(spec, file);
        String id = models.load(file);
        assertEquals("custom:c2", id);
        assertEquals(List.of("sed-path", "sed-flow", "custom:c2"), models.ids());
        assertTrue(models.isCustom(id));
        assertEquals(2, models.create(id, 16).opEntropy().channels(), "the file's C, not the editor's");
        assertEquals(spec.model().score(CELL), models.create(id, 999).score(CELL), 0.0);
        assertEquals("custom:c2", models.create(id, 16).id());
        // the same name again replaces the model, not a second entry
        models.add(new ModelSpec("c2", true, 4, Map.of()));
        assertEquals(3, models.ids().size());
        assertEquals(4, models.create(id, 16).opEntropy().channels());
    }

    @Test
    void aMalformedFileNamesTheFileAndThePlace(@TempDir Path dir) throws Exception {
        ModelCatalog models = new ModelCatalog();
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"sed-explorer-model\", \"version\": 1, \"name\": \"x\", \"channels\": 0, \"deltas\": {}}");
        SedException e = assertThrows(SedException.class, () -> models.load(file));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("$.channels"), e.getMessage());
        assertEquals(2, models.ids().size(), "nothing added");
        SedException missing = assertThrows(SedException.class, () -> models.load(dir.resolve("none.json")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }
}
