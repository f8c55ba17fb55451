package io.github.sedexplorer.sed;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;

import java.nio.file.Path;
import java.util.List;

/**
 * The reconstruction's models by id; both use its Gaussian op table. The measured ones ({@code sed-local-mc}) are
 * resolved above this package, by {@code io.github.sedexplorer.models.Models}: sed knows nothing of the microscope.
 */
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
        // the measured models (sed-local-mc) live above sed, in models.Models, which the CLI and the app resolve ids with
        throw new SedException("unknown SED model " + Quote.quoted(id) + " (known: " + String.join(", ", ids()) + ")");
    }
}
