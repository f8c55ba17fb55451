package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import picocli.CommandLine.Option;

/**
 * {@code --model} and {@code --channels}, as score and search take them ({@code @Mixin}): the one model a run scores
 * with, resolved by {@link ChannelsOption#model}'s rule. Params are counted at its {@code opEntropy().channels()}.
 */
final class ModelOptions extends ChannelsOption {

    @Option(names = "--model", defaultValue = SedModels.DEFAULT, paramLabel = "MODEL",
            description = "sed-path (default), sed-flow, sed-local-mc (measured: a Monte-Carlo forward pass, not the "
                    + "reconstruction), or a saved model file (.json, labelled custom)")
    String model;

    /** The run's model in the space. @throws SedException as {@link ChannelsOption#model} does */
    SedModel model(SearchSpace space) {
        return model(model, space);
    }
}
