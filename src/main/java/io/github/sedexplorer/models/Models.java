package io.github.sedexplorer.models;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.sed.GaussianOpEntropy;
import io.github.sedexplorer.sed.ModelFile;
import io.github.sedexplorer.sed.OpEntropy;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every built-in model by id, for the entry points (CLI, app): the reconstruction's ({@link SedModels}) and the
 * measured ones ({@code sed-local-mc}, {@link LocalMcModel}). It sits above {@code sed} and {@code microscope} so that
 * neither depends on the other's way back ({@code microscope} builds on {@code sed}); a plain switch, no registry and
 * no static initialisation to order.
 */
public final class Models {

    private Models() {
    }

    /** The reconstruction's models ({@link SedModels#ids()}): what correlate compares by default and the editor offers. */
    public static List<String> reconstructedIds() {
        return SedModels.ids();
    }

    /**
     * The measured models: named by --model / --proxy or chosen as a proxy in the app, never taken by default (a
     * Monte-Carlo forward pass per cell), and labelled {@link #provenance}, not the reconstruction.
     */
    public static List<String> measuredIds() {
        return List.of(LocalMcModel.ID);
    }

    /** Every built-in id: the reconstruction's, then the measured ones. */
    public static List<String> allIds() {
        return Stream.concat(reconstructedIds().stream(), measuredIds().stream()).toList();
    }

    /** Whether the id names a built-in model (reconstructed or measured). */
    public static boolean known(String id) {
        return allIds().contains(id);
    }

    public static boolean isMeasured(String id) {
        return measuredIds().contains(id);
    }

    /** What a built-in id's score is: measured (Monte Carlo), or the reconstruction. */
    public static String provenance(String id) {
        return isMeasured(id) ? LocalMcModel.PROVENANCE : SedModels.PROVENANCE;
    }

    /** A built-in model at C channels, or a saved custom model when the id is a path ending in .json. */
    public static SedModel create(String id, int channels) {
        if (ModelFile.looksLikeFile(id)) {
            return SedModels.create(id, channels);
        }
        return create(id, new GaussianOpEntropy(channels));
    }

    public static SedModel create(String id, OpEntropy entropy) {
        if (LocalMcModel.ID.equals(id)) {
            return new LocalMcModel(entropy);
        }
        if (SedModels.ids().contains(id)) {
            return SedModels.create(id, entropy);
        }
        throw new SedException("unknown SED model " + Quote.quoted(id) + " (known: " + String.join(", ", allIds()) + ")");
    }
}
