package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.TransNasCode;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalMcModelTest {

    private final SedModel model = Models.create(LocalMcModel.ID, 16);

    @Test
    void theRegistryNamesItMeasuredButDoesNotTakeItByDefault() {
        assertEquals(LocalMcModel.ID, model.id());
        assertEquals(16, model.opEntropy().channels());
        assertTrue(LocalMcModel.PROVENANCE.contains("measured"));
        assertTrue(LocalMcModel.PROVENANCE.contains("not the reconstruction"));
        assertTrue(Models.known(LocalMcModel.ID));
        assertFalse(SedModels.ids().contains(LocalMcModel.ID));
        assertThrows(SedException.class, () -> model.analyse(Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|skip_connect~2|")));
    }

    @Test
    void isomorphicCellsScoreAlikeAndDisconnectedOnesMinusInfinity() {
        Cell a = Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|none~1|+|skip_connect~0|none~1|none~2|");
        Cell deadEdge = Nb201ArchString.parse("|nor_conv_3x3~0|+|avg_pool_3x3~0|nor_conv_1x1~1|+|skip_connect~0|none~1|none~2|");
        assertEquals(CellIsomorphism.key(a), CellIsomorphism.key(deadEdge));
        assertEquals(model.score(a), model.score(deadEdge));
        Cell swapped1 = Nb201ArchString.parse("|nor_conv_3x3~0|+|avg_pool_3x3~0|none~1|+|none~0|nor_conv_1x1~1|skip_connect~2|");
        Cell swapped2 = Nb201ArchString.parse("|avg_pool_3x3~0|+|nor_conv_3x3~0|none~1|+|none~0|skip_connect~1|nor_conv_1x1~2|");
        assertEquals(CellIsomorphism.key(swapped1), CellIsomorphism.key(swapped2));
        assertEquals(model.score(swapped1), model.score(swapped2));
        assertEquals(Double.NEGATIVE_INFINITY, model.score(Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|")));
    }

    @Test
    void theScoreIsTheOutputsLocalEntropyOfTheCanonicalGraphAtTheFixedSettings() {
        Cell cell = TransNasCode.parse("64-41414-3_21_013");
        String key = CellIsomorphism.key(cell);
        double direct = Microscope.outputLocalEntropy(LocalMcModel.graph(key), false, LocalMcModel.SETTINGS);
        assertEquals(direct, model.score(Architecture.of(cell)));
        // the canonical graph is the cell up to renumbering: measured the microscope's way, it lands within the spread
        // of seeds (the weights differ, the distribution does not); K = 8 seeds of each, 4 standard errors of the difference
        MicroscopeSettings s = LocalMcModel.SETTINGS.withSeeds(8);
        double viaKey = Microscope.outputLocalEntropy(LocalMcModel.graph(key), false, s);
        Measurement m = Microscope.measure(Architecture.of(cell), 64, s, () -> false);
        NodeMeasure out = m.node(0, 3);
        assertEquals(out.localEntropy().mean(), viaKey, 4 * out.localEntropy().spread() * Math.sqrt(2.0 / 8) + 1e-9);
    }

    @Test
    void aKeysGraphKeepsItsOpsAndATopologicalOrder() {
        Forward.Graph g = LocalMcModel.graph("skip,skip|0>1:conv_3x3,0>2:avg_pool_3x3,1>3:skip,2>1:conv_1x1");
        assertEquals(4, g.n);
        assertEquals(3, g.output);
        int[] position = new int[4];
        for (int i = 0; i < 4; i++) {
            position[g.order[i]] = i;
        }
        for (int e = 0; e < g.from.length; e++) {
            assertTrue(position[g.from[e]] < position[g.to[e]]);
            assertTrue(e == 0 || position[g.to[e - 1]] <= position[g.to[e]], "edges by their target's place");
        }
    }

    @Test
    void scoresDoNotDependOnWhatWasScoredBefore() {
        Cell a = Nb201ArchString.parse("|nor_conv_1x1~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|avg_pool_3x3~2|");
        String key = CellIsomorphism.key(a);
        double first = model.score(a);
        assertEquals(Microscope.outputLocalEntropy(LocalMcModel.graph(key), false, LocalMcModel.SETTINGS), first);
        assertEquals(first, Models.create(LocalMcModel.ID, 4).score(a));
    }
}
