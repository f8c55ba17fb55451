package io.github.sedexplorer.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ids the entry points resolve: the reconstruction's through SedModels, the measured ones here. */
class ModelsTest {

    @Test
    void theReconstructionsIdsThenTheMeasuredOnes() {
        assertEquals(SedModels.ids(), Models.reconstructedIds());
        assertEquals(List.of(LocalMcModel.ID), Models.measuredIds());
        assertEquals(List.of("sed-path", "sed-flow", "sed-local-mc"), Models.allIds());
        assertTrue(Models.known("sed-flow") && Models.known(LocalMcModel.ID) && !Models.known("sed-nope"));
        assertTrue(Models.isMeasured(LocalMcModel.ID));
        assertFalse(Models.isMeasured("sed-path"));
        assertEquals(LocalMcModel.PROVENANCE, Models.provenance(LocalMcModel.ID));
        assertEquals(SedModels.PROVENANCE, Models.provenance("sed-path"));
    }

    @Test
    void createsEachAndNamesEveryIdWhenOneIsUnknown() {
        assertInstanceOf(LocalMcModel.class, Models.create(LocalMcModel.ID, 16));
        assertEquals(16, Models.create(LocalMcModel.ID, 16).opEntropy().channels());
        Architecture a = Architecture.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_1x1~2|"));
        assertEquals(SedModels.create("sed-flow", 8).score(a), Models.create("sed-flow", 8).score(a));
        SedException e = assertThrows(SedException.class, () -> Models.create("sed-nope", 16));
        assertTrue(e.getMessage().contains("sed-path, sed-flow, sed-local-mc"), e.getMessage());
        // sed alone knows only the reconstruction: the measured model is resolved above it
        assertThrows(SedException.class, () -> SedModels.create(LocalMcModel.ID, 16));
    }
}
