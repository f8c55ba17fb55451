package io.github.sedexplorer.sed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.Nb201ArchString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** sed-model.md §5: the worked values, C = 16, NB201. */
class WorkedValuesTest {

    private static final SedModel PATH = SedModels.create("sed-path", 16);
    private static final SedModel FLOW = SedModels.create("sed-flow", 16);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|; 19.879253; 7.461640",
        "|nor_conv_1x1~0|+|nor_conv_1x1~0|nor_conv_1x1~1|+|nor_conv_1x1~0|nor_conv_1x1~1|nor_conv_1x1~2|; 11.090355; 4.219508",
        "|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|; 0.000000; 0.693147",
        "|avg_pool_3x3~0|+|avg_pool_3x3~0|avg_pool_3x3~1|+|avg_pool_3x3~0|avg_pool_3x3~1|avg_pool_3x3~2|; -8.788898; -0.993252",
        "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|; 17.394347; 7.461617",
        "|nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|; 2.772589; 2.774538",
    })
    void workedValues(String arch, double path, double flow) {
        Cell cell = Nb201ArchString.parse(arch);
        assertEquals(path, PATH.score(cell), 5e-7, "sed-path");
        assertEquals(flow, FLOW.score(cell), 5e-7, "sed-flow");
    }

    @ParameterizedTest
    @CsvSource({"sed-path", "sed-flow"})
    void allNoneIsDisconnected(String model) {
        Cell none = Nb201ArchString.parse("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|");
        double s = SedModels.create(model, 16).score(none);
        assertEquals(Double.NEGATIVE_INFINITY, s);
        assertFalse(SedModel.connected(s));
        assertFalse(PATH.analyse(none).connected());
    }

    @ParameterizedTest
    @CsvSource({"sed-path", "sed-flow"})
    void walkThroughCellIsConnected(String model) {
        Cell c = Nb201ArchString.parse("|nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|");
        SedAnalysis a = SedModels.create(model, 16).analyse(c);
        assertTrue(a.connected());
        assertEquals(2, a.pathCount());
        // v2 = 16/9, v3 = 257 (sed-model.md §5 walk-through)
        assertEquals(0.5 * Math.log(16.0 / 9.0), a.nodeEntropy(2), 1e-12);
        assertEquals(0.5 * Math.log(257), a.nodeEntropy(3), 1e-12);
    }
}
