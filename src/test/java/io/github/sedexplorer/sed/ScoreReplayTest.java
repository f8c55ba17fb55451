package io.github.sedexplorer.sed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.bench.BenchmarkTable;
import io.github.sedexplorer.bench.SharedBenchmarks;
import io.github.sedexplorer.bench.TableReader;
import io.github.sedexplorer.cell.Op;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The replays ({@link PathTerms}, {@link FlowSteps}) give the models' scores to the last bit, in every space. */
class ScoreReplayTest {

    private static void assertReplaysTheModel(BenchmarkTable t, OpEntropy entropy) {
        assertSameBits(t, new PathSumModel(entropy), PathTerms.of(t.architectures()).scores(entropy));
        assertSameBits(t, new VarianceFlowModel(entropy), FlowSteps.of(t.architectures()).scores(entropy));
    }

    private static void assertSameBits(BenchmarkTable t, SedModel model, double[] replay) {
        for (int r = 0; r < t.rows(); r++) {
            assertEquals(Double.doubleToRawLongBits(model.score(t.architecture(r))), Double.doubleToRawLongBits(replay[r]),
                    model.id() + ", " + t.source() + " row " + r + " " + t.archText(r));
        }
    }

    /** sed-model.md §5's worked cells: both scores, −∞ for the all-none cell. */
    @Test
    void workedCellsScoreAsTheSpecSays(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("worked.csv");
        Files.writeString(csv, """
                arch_str,acc
                |nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|,1
                |avg_pool_3x3~0|+|avg_pool_3x3~0|avg_pool_3x3~1|+|avg_pool_3x3~0|avg_pool_3x3~1|avg_pool_3x3~2|,2
                |nor_conv_1x1~0|+|none~0|avg_pool_3x3~1|+|skip_connect~0|none~1|nor_conv_3x3~2|,3
                |none~0|+|none~0|none~1|+|none~0|none~1|none~2|,4
                """);
        BenchmarkTable t = TableReader.read(csv);
        PathTerms terms = PathTerms.of(t.architectures());
        double[] s = terms.scores(new GaussianOpEntropy(16));
        assertEquals(19.879253, s[0], 1e-6);
        assertEquals(-8.788898, s[1], 1e-6);
        assertEquals(2.772589, s[2], 1e-6);
        assertEquals(Double.NEGATIVE_INFINITY, s[3]);
        assertEquals(List.of(Op.CONV_3X3, Op.AVG_POOL_3X3, Op.CONV_1X1, Op.SKIP), terms.ops());
        double[] flow = FlowSteps.of(t.architectures()).scores(new GaussianOpEntropy(16));
        assertEquals(7.461640, flow[0], 1e-6);
        assertEquals(-0.993252, flow[1], 1e-6);
        assertEquals(2.774538, flow[2], 1e-6);
        assertEquals(Double.NEGATIVE_INFINITY, flow[3]);
        assertReplaysTheModel(t, new TableOpEntropy(3, Map.of(Op.CONV_3X3, 0.1, Op.SKIP, -0.2)));
    }

    /** NB201, TransNAS, NB101 (ops on nodes) and DARTS (normal + reduce). */
    @ParameterizedTest
    @ValueSource(strings = {"nb201-nats-landscape.csv", "tnb101-micro-naslib.csv", "nb101-mlfe-2000.csv",
            "naslib-zc-nb301.json"})
    void everyRowOfTheSharedTablesReplaysTheModel(String file) {
        BenchmarkTable t = TableReader.read(SharedBenchmarks.file(file));
        assertReplaysTheModel(t, new GaussianOpEntropy(t.space().defaultChannels()));
        assertReplaysTheModel(t, new TableOpEntropy(3, Map.of(Op.CONV_3X3, 0.7, Op.MAX_POOL_3X3, -1.25,
                Op.SEP_CONV_5X5, 2.0 / 3, Op.SKIP, 0.125)));
    }
}
