package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.microscope.LocalMcModel;

import java.nio.file.Path;
import java.util.List;

/** The built-in models by id; both use the reconstruction's Gaussian op table. */
public final class SedModels {

    public static final String DEFAULT = PathSumModel.ID;
    /** Shown wherever the score is named: the paper's own equations are not available to us. */
    public static final String PROVENANCE =
            "SED as reconstructed from the paper's theory (arXiv 2411.06236); not the authors' own equations";

    private SedModels() {
    }

    /** The reconstruction's models: what correlate compares by default and the app's model lists offer. */
    public static List<String> ids() {
        return List.of(PathSumModel.ID, VarianceFlowModel.ID);
    }

    /**
     * The measured models ({@code sed-local-mc}, {@link LocalMcModel}): named by --model / --proxy, never taken by
     * default (a Monte-Carlo forward pass per cell), and labelled {@link LocalMcModel#PROVENANCE}, not the reconstruction.
     */
    public static List<String> measuredIds() {
        return List.of(LocalMcModel.ID);
    }

    /** Every built-in id: the reconstruction's, then the measured ones. */
    public static List<String> allIds() {
        return List.of(PathSumModel.ID, VarianceFlowModel.ID, LocalMcModel.ID);
    }

    /** Whether the id names a built-in model (reconstructed or measured). */
    public static boolean known(String id) {
        return allIds().contains(id);
    }

    /** A built-in model at C channels, or a saved custom model when the id is a path ending in .json. */
    public static SedModel create(String id, int channels) {
        if (ModelFile.looksLikeFile(id)) {
            return ModelFile.load(Path.of(id));
        }
        return create(id, new GaussianOpEntropy(channels));
    }

    public static SedModel create(String id, OpEntropy entropy) {
        if (PathSumModel.ID.equals(id)) {
            return new PathSumModel(entropy);
        }
        if (VarianceFlowModel.ID.equals(id)) {
            return new VarianceFlowModel(entropy);
        }
        if (LocalMcModel.ID.equals(id)) {
            return new LocalMcModel(entropy);
        }
        throw new SedException("unknown SED model " + Quote.quoted(id) + " (known: " + String.join(", ", allIds()) + ")");
    }
}
