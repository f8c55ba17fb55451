package io.github.sedexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.bench.CsvFields;
import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.ModelSpec;
import io.github.sedexplorer.sed.PathSumModel;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Nb201FastRowsTest {

    private static final ArchitectureFormat FORMAT = ArchitectureFormats.forSpace(SearchSpace.NB201);

    /** The general path's row, as ScoreCommand.LineScorer builds it. */
    private static String general(String text, SedModel model, int channels) {
        Architecture a = FORMAT.parse(text);
        return CsvFields.quote(text) + ',' + ScoreCommand.formatScore(model.score(a)) + ','
                + SedModel.connected(a) + ',' + ParamCount.of(a, channels) + System.lineSeparator();
    }

    private static String fast(Nb201FastRows rows, String text) {
        byte[] b = ("xy" + text + "z").getBytes(StandardCharsets.UTF_8); // an offset into a larger buffer
        byte[] row = rows.row(b, 2, b.length - 3);
        return row == null ? null : new String(row, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16, 17, 64, 1000, ParamCount.MAX_CHANNELS})
    void everyCellGivesTheGeneralRow(int channels) {
        everyCell(SedModels.create(SedModels.DEFAULT, channels), channels);
    }

    /** An unnamed edited table is a plain PathSumModel too: its odd Δs (skip's not 0) must sum the same. */
    @Test
    void anEditedTableGivesTheGeneralRow() {
        List<Op> ops = SearchSpace.NB201.ops();
        ModelSpec spec = ModelSpec.reconstruction(16);
        double[] odd = {0.1, -0.3, 1e-17, 3.3333333333333335, -7.25e3};
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).isReal()) {
                spec = spec.withDelta(ops.get(i), odd[i]);
            }
        }
        SedModel model = spec.model();
        assertTrue(model instanceof PathSumModel);
        everyCell(model, 16);
    }

    private static void everyCell(SedModel model, int channels) {
        Nb201FastRows rows = Nb201FastRows.forRun(SearchSpace.NB201, model, channels);
        assertNotNull(rows);
        List<Op> ops = SearchSpace.NB201.ops();
        int k = ops.size();
        int cells = 0;
        for (int code = 0; code < 15_625; code++) {
            Op[] six = new Op[6];
            for (int e = 0, c = code; e < 6; e++, c /= k) {
                six[e] = ops.get(c % k);
            }
            String text = Nb201ArchString.format(Nb201ArchString.fromOps(SearchSpace.NB201, six));
            assertEquals(general(text, model, channels), fast(rows, text), text);
            cells++;
        }
        assertEquals(15_625, cells);
    }

    @Test
    void otherLinesTakeTheGeneralPath() {
        SedModel model = SedModels.create(SedModels.DEFAULT, 16);
        Nb201FastRows rows = Nb201FastRows.forRun(SearchSpace.NB201, model, 16);
        String good = "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|";
        assertNotNull(fast(rows, good));
        for (String bad : List.of(" " + good, good + " ", good + "\r", good + "|", good.substring(0, good.length() - 1),
                "(2, 3, 0, 1, 4, 2)", "", "|", good.replace("~1|+", "~2|+"), good.replace("none~0", "none~00"),
                good.replace("none~0", "nonex~0"), good.replace("+|avg", "|avg"), good.replace("none~2", "none~2a"),
                good.replace("skip_connect", "skip_conect"), good.replace("|+|", "|+ |"), "|none~0|")) {
            assertNull(fast(rows, bad), bad);
        }
    }

    @Test
    void onlyNb201WithSedPath() {
        assertNull(Nb201FastRows.forRun(SearchSpace.NB201, SedModels.create("sed-flow", 16), 16));
        assertNull(Nb201FastRows.forRun(SearchSpace.TRANSNAS_MICRO, SedModels.create(SedModels.DEFAULT, 16), 16));
    }
}
