package io.github.sedexplorer.microscope;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.NodeNames;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.GaussianOpEntropy;
import io.github.sedexplorer.sed.SedAnalysis;
import io.github.sedexplorer.sed.VarianceFlowModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The entropy microscope: runs an architecture's cells with random weights as the model assumes ({@link Forward}) on
 * K seeded Gaussian input maps and measures every node (variance, local entropy, ρ(1)) beside sed-flow's prediction.
 * This is measured, not the reconstruction: the numbers come from a forward pass, not from sed-model.md's formulas.
 */
public final class Microscope {

    private Microscope() {
    }

    /**
     * Measures every node of every cell (DARTS: the normal cell, then the reduce cell with its input edges at stride 2).
     *
     * @param modelChannels the caller's model C, kept in the result for display; the predictions are computed at
     *                      settings.channels, the map's channel count, so that predicted and measured refer to one map
     * @param cancelled     polled between seeds and cells; when it says true, measure throws {@link CancellationException}
     */
    public static Measurement measure(Architecture arch, double modelChannels, MicroscopeSettings settings, BooleanSupplier cancelled) {
        List<NodeMeasure> out = new ArrayList<>();
        VarianceFlowModel flow = new VarianceFlowModel(new GaussianOpEntropy(settings.channels()));
        int k = settings.seeds();
        int s = settings.window();
        for (int ci = 0; ci < arch.cells().size(); ci++) {
            Cell cell = arch.cells().get(ci);
            boolean reduce = arch.space() == SearchSpace.DARTS && ci == 1;
            Forward.Graph g = Forward.Graph.of(cell, reduce);
            FeatureMap[][] maps = new FeatureMap[k][];
            for (int seed = 0; seed < k; seed++) {
                check(cancelled);
                maps[seed] = Forward.run(g, ci, settings, seed);
            }
            SedAnalysis predicted = flow.analyse(cell);
            for (int v = 0; v < cell.nodeCount(); v++) {
                check(cancelled);
                double[] hlv = new double[k];
                double[] le = new double[k];
                double[] rho = new double[k];
                double[] gap = new double[k];
                FeatureMap[] perSeed = new FeatureMap[k];
                for (int seed = 0; seed < k; seed++) {
                    FeatureMap m = maps[seed][v];
                    perSeed[seed] = m;
                    double var = m.variance();
                    hlv[seed] = var > 0 ? 0.5 * Math.log(var) : Double.NEGATIVE_INFINITY;
                    le[seed] = var > 0 ? LocalEntropy.of(m, s) : Double.NEGATIVE_INFINITY;
                    rho[seed] = LocalEntropy.rho1(m);
                    gap[seed] = var > 0 ? le[seed] - LocalEntropy.predicted(s, hlv[seed]) : Double.NaN;
                }
                double p = predicted.nodeEntropy(v);
                out.add(new NodeMeasure(ci, v, NodeNames.of(cell, v), Stat.of(hlv), p, Stat.of(le), LocalEntropy.predicted(s, p),
                        Stat.of(gap), Stat.of(rho), perSeed[0], LocalEntropy.heat(perSeed, s)));
            }
        }
        return new Measurement(arch, settings, modelChannels, out);
    }

    /** The local entropy of the output node of one cell, averaged over the settings' K seeds (the proxy's number). */
    static double outputLocalEntropy(Forward.Graph g, boolean reduce, MicroscopeSettings settings) {
        double sum = 0;
        for (int seed = 0; seed < settings.seeds(); seed++) {
            FeatureMap m = Forward.run(g, reduce ? 1 : 0, settings, seed)[g.output];
            double le = m.variance() > 0 ? LocalEntropy.of(m, settings.window()) : Double.NEGATIVE_INFINITY;
            sum += le;
        }
        return sum / settings.seeds();
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException("microscope cancelled");
        }
    }
}
