package io.github.sedexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;

import org.junit.jupiter.api.Test;

/** sed-model.md §6: TransNAS-Bench-101 micro, all 4,096 cells, sed-path at the space's C = 64, every task. */
class TransNasMicroTest {

    @Test
    void sedPathMatchesTheSpecOnEveryTask() {
        BenchmarkTable t = SharedTables.of("tnb101-micro-naslib.csv");
        assertEquals(SearchSpace.TRANSNAS_MICRO, t.space());
        assertEquals("tnb_arch", t.archColumn());
        assertEquals(4096, t.rows());
        List<String> tasks = List.of("class_scene_val", "class_object_val", "jigsaw_val", "segmentsemantic_val",
                "normal_val", "room_layout_val", "autoencoder_val");
        double[][] spec = {{0.553, 0.734}, {0.353, 0.507}, {0.361, 0.513}, {0.524, 0.705}, {0.527, 0.707},
                {0.212, 0.344}, {0.025, 0.039}};
        List<ProxyComparison.Result> results = ProxyComparison.compare(t,
                List.of(Proxy.sed(SedModels.create("sed-path", SearchSpace.TRANSNAS_MICRO.defaultChannels()))), tasks, 10);
        for (int i = 0; i < tasks.size(); i++) {
            Correlation c = results.get(i).stats();
            assertEquals(4096, c.n());
            assertEquals(spec[i][0], Nb201LandscapeTest.round3(c.kendall()), "τ " + tasks.get(i));
            assertEquals(spec[i][1], Nb201LandscapeTest.round3(c.spearman()), "ρ " + tasks.get(i));
        }
    }
}
