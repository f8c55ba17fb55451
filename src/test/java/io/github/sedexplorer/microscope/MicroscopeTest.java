package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.DartsGenotype;
import io.github.sedexplorer.cell.Edge;
import io.github.sedexplorer.cell.Nb101Spec;
import io.github.sedexplorer.cell.Nb201ArchString;
import io.github.sedexplorer.cell.Node;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.TransNasCode;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MicroscopeTest {

    private static final double LN_2PI_E = Math.log(2 * Math.PI * Math.E);

    private static Architecture free(List<Node> nodes, List<Edge> edges) {
        return Architecture.of(Cell.of(SearchSpace.FREE, nodes, edges));
    }

    private static Architecture chain(Op op, int length) {
        List<Node> nodes = new java.util.ArrayList<>();
        List<Edge> edges = new java.util.ArrayList<>();
        nodes.add(Node.INPUT);
        for (int i = 1; i < length; i++) {
            nodes.add(Node.INTERMEDIATE);
        }
        nodes.add(Node.OUTPUT);
        for (int i = 0; i < length; i++) {
            edges.add(new Edge(i, i + 1, op));
        }
        return free(nodes, edges);
    }

    /**
     * One conv k×k edge on white input. Given the weights, each output is a sum of k²·C independent terms w·x, so the
     * measured v is (mean of the k²·C² drawn w²)·k²C times (the sample variance of ~N = C·H·W nearly uncorrelated outputs).
     * Relative standard errors: sqrt(2/(k²C²)) from the weights (Var w² = 2), sqrt(2/N) from the map; averaging K seeds
     * divides by √K, and ½·ln halves a relative error. Tolerance: 4 σ of that, per base seed.
     */
    @Test
    void oneConvEdgeHasTheGainK2CWithinTheSamplingError() {
        MicroscopeSettings d = MicroscopeSettings.defaults();
        int k = 3;
        int c = d.channels();
        double n = (double) c * d.height() * d.width();
        double sigma = 0.5 * Math.sqrt((2.0 / (k * k * (double) c * c) + 2.0 / n) / d.seeds());
        double tolerance = 4 * sigma; // ≈ 0.032 at the defaults
        for (long base = 1; base <= 5; base++) {
            Measurement m = Microscope.measure(chain(Op.CONV_3X3, 1), 16, d.withSeed(base), () -> false);
            double expected = 0.5 * Math.log(k * k * c);
            assertEquals(expected, m.node(0, 1).predictedHalfLogVar(), 1e-12);
            assertEquals(expected, m.node(0, 1).halfLogVar().mean(), tolerance, "base seed " + base);
            assertEquals(0, m.node(0, 0).halfLogVar().mean(), 4 * 0.5 * Math.sqrt(2.0 / n / d.seeds()));
        }
    }

    @Test
    void whiteInputHasTheOneDimensionalLocalEntropyAndNoCorrelation() {
        MicroscopeSettings d = MicroscopeSettings.defaults();
        NodeMeasure in = Microscope.measure(chain(Op.SKIP, 1), 16, d, () -> false).node(0, 0);
        // Σ of 9 window values from 16,384 windows per seed: each entry off by about 1/sqrt(16,384) ≈ 0.008;
        // ln det moves by about sqrt(2·9/N) ≈ 0.033 per seed, 0.017 over 4 seeds, and ½ of it: tolerance 0.05
        assertEquals(9 * 0.5 * LN_2PI_E, in.localEntropy().mean(), 0.05);
        assertEquals(9 * 0.5 * LN_2PI_E, in.predictedLocalEntropy(), 1e-12);
        assertEquals(0, in.rho1().mean(), 4 / Math.sqrt(2 * 16384.0 * 4)); // ρ's standard error ≈ 1/√(pairs)
    }

    /**
     * Box filtering correlates neighbours: det Σ is then below v^{s²} (Hadamard), so the measured local entropy falls
     * faster than the 1-D value s²·½·ln(2πe·v) at the measured v, by more at every pool, and ρ(1) rises. Against
     * sed-flow's v (1/9 per pool) it falls faster for two pools; by the third the measured variance has fallen much
     * less than 9⁻³ (averaging correlated values removes less variance) and the drop is smaller than predicted.
     * The exact variances: n-fold 3-box filtering in 1-D has weights [1,1,1]^{*n}/3ⁿ with Σw² = 3/9, 19/81, 141/729,
     * and the 2-D filter is the outer product, so v = (Σw²)².
     */
    @Test
    void anAvgPoolChainLosesLocalEntropyFasterThanPredictedAndCorrelatesNeighbours() {
        Measurement m = Microscope.measure(chain(Op.AVG_POOL_3X3, 3), 16, MicroscopeSettings.defaults(), () -> false);
        NodeMeasure in = m.node(0, 0);
        double previousRho = in.rho1().mean();
        double previousGap = 0;
        double[] sumSquares = {1, 3.0 / 9, 19.0 / 81, 141.0 / 729};
        for (int v = 1; v <= 3; v++) {
            NodeMeasure node = m.node(0, v);
            double exactHalfLogVar = Math.log(sumSquares[v]); // ½·ln((Σw²)²)
            // ~N = 16,384 values per seed, but ρ(1) up to 0.8 makes them far from independent: 0.05
            assertEquals(exactHalfLogVar, node.halfLogVar().mean(), 0.05, "node " + v);
            double oneD = LocalEntropy.predicted(3, node.halfLogVar().mean());
            double gap = oneD - node.localEntropy().mean();
            assertTrue(gap > previousGap + 1, "node " + v + ": below the 1-D value by " + gap);
            previousGap = gap;
            assertEquals(-gap, node.correlationGap().mean(), 1e-9, "the correlation gap is that, seed by seed");
            double measuredDrop = in.localEntropy().mean() - node.localEntropy().mean();
            double predictedDrop = in.predictedLocalEntropy() - node.predictedLocalEntropy();
            assertEquals(v * 9 * Math.log(3), predictedDrop, 1e-9);
            if (v <= 2) {
                assertTrue(measuredDrop > predictedDrop + 1, "node " + v + ": measured drop " + measuredDrop + ", predicted " + predictedDrop);
            } else {
                assertTrue(measuredDrop < predictedDrop, "node 3: measured drop " + measuredDrop + ", predicted " + predictedDrop);
            }
            assertTrue(node.rho1().mean() > previousRho + 0.05, "node " + v + ": ρ(1) " + node.rho1().mean());
            previousRho = node.rho1().mean();
        }
        // the first pool on white input: 2 of the 3 columns (rows) of a window are shared with a neighbour: ρ(1) = 6/9
        assertEquals(6.0 / 9, m.node(0, 1).rho1().mean(), 0.02);
        // white input: independent neighbours, no gap but the estimator's bias, about −d(d+1)/2N = −45/16,384
        assertEquals(0, in.correlationGap().mean(), 0.02);
    }

    /**
     * Hadamard's inequality: det Σ ≤ Π Σᵢᵢ, and with periodic padding every window offset sees every position, so
     * each Σᵢᵢ is the map's variance: the correlation gap is never above 0, whatever the cell.
     */
    @Test
    void theCorrelationGapIsNeverAboveZero() {
        Random r = new Random(18);
        String[] ops = {"none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"};
        MicroscopeSettings s = new MicroscopeSettings(4, 12, 12, 3, 2, 5);
        for (int i = 0; i < 20; i++) {
            StringBuilder arch = new StringBuilder();
            for (int node = 1; node <= 3; node++) {
                arch.append('|');
                for (int from = 0; from < node; from++) {
                    arch.append(ops[r.nextInt(ops.length)]).append('~').append(from).append('|');
                }
                if (node < 3) {
                    arch.append('+');
                }
            }
            Measurement m = Microscope.measure(Architecture.of(Nb201ArchString.parse(arch.toString())), 4, s, () -> false);
            for (NodeMeasure n : m.nodes()) {
                if (Double.isFinite(n.halfLogVar().mean())) {
                    assertTrue(n.correlationGap().mean() <= 1e-9, arch + " node " + n.node() + ": " + n.correlationGap());
                } else {
                    assertTrue(Double.isNaN(n.correlationGap().mean()), "no signal, no gap: " + n.correlationGap());
                }
            }
        }
    }

    @Test
    void measurementsAreDeterministicPerSeedAndDifferAcrossSeeds() {
        Architecture a = Architecture.of(Nb201ArchString.parse("|nor_conv_3x3~0|+|avg_pool_3x3~0|nor_conv_1x1~1|+|skip_connect~0|nor_conv_3x3~1|avg_pool_3x3~2|"));
        MicroscopeSettings s = new MicroscopeSettings(4, 8, 8, 3, 2, 7);
        FeatureMap[] one = Forward.run(a.cell(), 0, false, s, 1);
        FeatureMap[] two = Forward.run(a.cell(), 0, false, s, 1);
        for (int v = 0; v < one.length; v++) {
            assertArrayEquals(one[v].values(), two[v].values());
        }
        FeatureMap[] other = Forward.run(a.cell(), 0, false, s, 0);
        assertNotEquals(other[3].get(0, 0, 0), one[3].get(0, 0, 0));
        Measurement m1 = Microscope.measure(a, 16, s, () -> false);
        Measurement m2 = Microscope.measure(a, 16, s, () -> false);
        assertEquals(m1.nodes().get(3).localEntropy(), m2.nodes().get(3).localEntropy());
        // seed index 1 of seed 7 is not seed index 0 of seed 8: the base seed is mixed, not added
        assertNotEquals(Forward.run(a.cell(), 0, false, s.withSeed(8), 0)[3].get(0, 0, 0), one[3].get(0, 0, 0));
    }

    /** An op's output depends on its edge's index, not on which edges were evaluated before. */
    @Test
    void anEdgesWeightsDoNotDependOnTheOtherEdges() {
        MicroscopeSettings s = new MicroscopeSettings(3, 6, 6, 3, 1, 3);
        Cell a = Nb201ArchString.parse("|nor_conv_3x3~0|+|none~0|none~1|+|none~0|nor_conv_1x1~1|none~2|");
        Cell b = Nb201ArchString.parse("|nor_conv_3x3~0|+|avg_pool_3x3~0|nor_conv_3x3~1|+|none~0|nor_conv_1x1~1|none~2|");
        assertArrayEquals(Forward.run(a, 0, false, s, 0)[1].values(), Forward.run(b, 0, false, s, 0)[1].values());
        assertArrayEquals(Forward.run(a, 0, false, s, 0)[3].values(), Forward.run(b, 0, false, s, 0)[3].values());
    }

    @Test
    void convolutionAgreesWithANaiveDirectConvolution() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int[] cfg : new int[][] {{2, 3, 5, 4, 3, 1, 1}, {3, 2, 4, 6, 3, 2, 1}, {2, 2, 5, 5, 3, 1, 2}, {1, 4, 7, 3, 5, 1, 1},
                {2, 3, 5, 7, 1, 2, 2}}) {
            int cin = cfg[0], cout = cfg[1], h = cfg[2], w = cfg[3], k = cfg[4], dil = cfg[5], stride = cfg[6];
            FeatureMap x = FeatureMap.of(cin, h, w, Forward.gaussians(r, cin * h * w));
            double[] wt = Forward.gaussians(r, cout * cin * k * k);
            FeatureMap y = Forward.conv(x, wt, cout, k, dil, stride, false);
            int oh = (h + stride - 1) / stride, ow = (w + stride - 1) / stride;
            assertEquals(oh, y.height());
            assertEquals(ow, y.width());
            int half = (k - 1) / 2;
            for (int o = 0; o < cout; o++) {
                for (int yy = 0; yy < oh; yy++) {
                    for (int xx = 0; xx < ow; xx++) {
                        double sum = 0;
                        for (int c = 0; c < cin; c++) {
                            for (int dy = 0; dy < k; dy++) {
                                for (int dx = 0; dx < k; dx++) {
                                    int sy = Math.floorMod(yy * stride + (dy - half) * dil, h);
                                    int sx = Math.floorMod(xx * stride + (dx - half) * dil, w);
                                    sum += wt[((o * cin + c) * k + dy) * k + dx] * x.get(c, sy, sx);
                                }
                            }
                        }
                        assertEquals(sum, y.get(o, yy, xx), 1e-12 * (1 + Math.abs(sum)));
                    }
                }
            }
            // depthwise: channel c from channel c alone
            double[] dw = Forward.gaussians(r, cin * k * k);
            FeatureMap z = Forward.conv(x, dw, cin, k, dil, stride, true);
            for (int c = 0; c < cin; c++) {
                for (int yy = 0; yy < oh; yy++) {
                    for (int xx = 0; xx < ow; xx++) {
                        double sum = 0;
                        for (int dy = 0; dy < k; dy++) {
                            for (int dx = 0; dx < k; dx++) {
                                sum += dw[(c * k + dy) * k + dx] * x.get(c, Math.floorMod(yy * stride + (dy - half) * dil, h),
                                        Math.floorMod(xx * stride + (dx - half) * dil, w));
                            }
                        }
                        assertEquals(sum, z.get(c, yy, xx), 1e-12 * (1 + Math.abs(sum)));
                    }
                }
            }
        }
    }

    @Test
    void poolsAgreeWithTheirDefinition() {
        FeatureMap x = FeatureMap.of(1, 3, 3, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        FeatureMap avg = Forward.pool(x, 3, 1, false);
        FeatureMap max = Forward.pool(x, 3, 1, true);
        for (int y = 0; y < 3; y++) {
            for (int xx = 0; xx < 3; xx++) {
                assertEquals(5, avg.get(0, y, xx), 1e-12); // a periodic 3×3 map: every window holds all nine values
                assertEquals(9, max.get(0, y, xx));
            }
        }
        FeatureMap strided = Forward.pool(FeatureMap.of(1, 4, 4, new double[16]), 3, 2, false);
        assertEquals(2, strided.height());
    }

    @Test
    void sedFlowsPredictionMatchesConvAndSkipCellsOnNb201AndTransNas() {
        // convolutions and skips are where the model is exact in expectation over the weights (E w = 0 makes
        // Var(Σ w·x) = Σ Var x whatever the correlation of x); three chained gains spread more than one: 0.1
        for (Architecture a : List.of(
                Architecture.of(Nb201ArchString.parse("|nor_conv_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_3x3~0|none~1|nor_conv_1x1~2|")),
                Architecture.of(TransNasCode.parse("64-41414-3_21_013")))) {
            Measurement m = Microscope.measure(a, a.space().defaultChannels(), MicroscopeSettings.defaults(), () -> false);
            for (NodeMeasure n : m.nodes()) {
                assertEquals(n.predictedHalfLogVar(), n.halfLogVar().mean(), 0.1, a + " node " + n.name());
            }
            assertEquals(List.of("in", "1", "2", "out"), m.nodes().stream().map(NodeMeasure::name).toList());
        }
    }

    @Test
    void aDisconnectedNodeMeasuresNoSignal() {
        Architecture a = Architecture.of(Nb201ArchString.parse("|none~0|+|nor_conv_1x1~0|skip_connect~1|+|none~0|none~1|nor_conv_1x1~2|"));
        NodeMeasure one = Microscope.measure(a, 16, new MicroscopeSettings(4, 8, 8, 3, 2, 1), () -> false).node(0, 1);
        assertEquals(Double.NEGATIVE_INFINITY, one.halfLogVar().mean());
        assertEquals(Double.NEGATIVE_INFINITY, one.predictedHalfLogVar());
        assertEquals(Double.NEGATIVE_INFINITY, one.localEntropy().mean());
        assertEquals(Double.NEGATIVE_INFINITY, one.predictedLocalEntropy());
    }

    @Test
    void dartsReduceCellRunsItsInputEdgesAtStrideTwo() {
        Architecture a = DartsGenotype.parse("Genotype(normal=[('sep_conv_3x3', 0), ('skip_connect', 1), ('dil_conv_3x3', 0), "
                + "('max_pool_3x3', 1), ('avg_pool_3x3', 2), ('sep_conv_5x5', 3), ('skip_connect', 0), ('dil_conv_5x5', 4)], "
                + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('avg_pool_3x3', 1), ('skip_connect', 2), "
                + "('sep_conv_3x3', 0), ('dil_conv_3x3', 2), ('skip_connect', 1), ('sep_conv_3x3', 3), ('max_pool_3x3', 4)], reduce_concat=[2, 3, 4, 5])");
        MicroscopeSettings s = new MicroscopeSettings(4, 8, 8, 3, 2, 1);
        Measurement m = Microscope.measure(a, 16, s, () -> false);
        assertEquals(8, m.node(0, 6).sample().height());
        assertEquals(8, m.node(1, 0).sample().height());
        assertEquals(4, m.node(1, 2).sample().height());
        assertEquals(4, m.node(1, 6).sample().height());
        assertEquals("c_{k}", m.node(1, 6).name());
        assertTrue(Double.isFinite(m.node(1, 6).localEntropy().mean()));
    }

    @Test
    void nb101NodesApplyTheirOwnOp() {
        Architecture a = Architecture.of(Nb101Spec.parse("{\"matrix\": [[0,1,0],[0,0,1],[0,0,0]], \"ops\": [\"input\",\"conv3x3-bn-relu\",\"output\"]}"));
        Measurement m = Microscope.measure(a, 128, MicroscopeSettings.defaults(), () -> false);
        assertEquals(0.5 * Math.log(9 * 16), m.node(0, 1).predictedHalfLogVar(), 1e-12);
        assertEquals(m.node(0, 1).predictedHalfLogVar(), m.node(0, 2).halfLogVar().mean(), 0.04);
    }

    @Test
    void heatMapIsPerPositionOverChannelsAndSeeds() {
        MicroscopeSettings d = MicroscopeSettings.defaults();
        NodeMeasure in = Microscope.measure(chain(Op.SKIP, 1), 16, d, () -> false).node(0, 0);
        assertEquals(d.height(), in.heat().length);
        assertEquals(d.width(), in.heat()[0].length);
        double mean = 0;
        for (double[] row : in.heat()) {
            for (double h : row) {
                mean += h / (d.height() * d.width());
            }
        }
        // 64 samples of 9 values per position: the sample covariance's ln det is biased low (Bartlett); only
        // its average is checked, loosely, against the white-noise value
        assertEquals(9 * 0.5 * LN_2PI_E, mean, 1.5);
    }

    @Test
    void cancellationAndBadSettingsAreRefused() {
        assertThrows(CancellationException.class, () -> Microscope.measure(chain(Op.SKIP, 1), 16, MicroscopeSettings.defaults(), () -> true));
        SedException e = assertThrows(SedException.class, () -> new MicroscopeSettings(0, 32, 32, 3, 4, 1));
        assertTrue(e.getMessage().contains("channels"));
        assertThrows(SedException.class, () -> new MicroscopeSettings(16, 2, 32, 3, 4, 1));
        assertThrows(SedException.class, () -> new MicroscopeSettings(16, 32, 32, 3, 0, 1));
    }
}
