package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import picocli.CommandLine.Option;

/**
 * {@code --channels}, as score, search and correlate take it ({@code @Mixin}), and the one rule that resolves a model
 * at it. A model scores at its own C ({@code opEntropy().channels()}): a built-in at {@code --channels} or the space's
 * default, a saved model file at the C it carries. Everything counted at "C" (params, a budget) is counted at the
 * model's C, never at {@code --channels} or the space's default separately.
 */
class ChannelsOption {

    /** The help text of {@code --channels}. */
    static final String HELP = "channel count C, 1 to " + ParamCount.MAX_CHANNELS
            + " (default: the space's, nb201 16, transnas 64, nb101 128, darts 16)";

    @Option(names = "--channels", paramLabel = "N", description = HELP)
    Integer channels;

    /** C from {@code --channels}, or the space's default. @throws SedException outside 1..{@link ParamCount#MAX_CHANNELS} */
    int channels(SearchSpace space) {
        if (channels == null) {
            return space.defaultChannels();
        }
        if (channels < 1 || channels > ParamCount.MAX_CHANNELS) {
            throw new SedException("--channels: C must be 1 to " + ParamCount.MAX_CHANNELS + " (2^20, which keeps every "
                    + "parameter count exact), not " + channels);
        }
        return channels;
    }

    /**
     * The model {@code id} names, at {@code --channels} (or the space's C). A saved model file carries its own C, so a
     * {@code --channels} that differs from it is refused rather than silently ignored.
     *
     * @throws SedException for a bad C, an unknown id, a malformed model file or a C in conflict with the file's
     */
    SedModel model(String id, SearchSpace space) {
        SedModel m = Models.create(id, channels(space));
        int own = m.opEntropy().channels();
        if (channels != null && channels != own) {
            throw new SedException("--channels " + channels + ": the model file " + Quote.quoted(id) + " carries its own C ("
                    + own + "); leave --channels out, or save the model at C = " + channels + " from the lab");
        }
        return m;
    }
}
