package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

/** Option values shared by the subcommands, checked with messages that name the option. */
final class Options {

    private Options() {
    }

    static SearchSpace space(String id) {
        return SearchSpace.byId(id).orElseThrow(() -> new SedException(
                "--space: unknown space " + Quote.quoted(id) + " (known: " + String.join(", ", SearchSpace.ids()) + ")"));
    }

    /** The help text of every {@code --channels} option. */
    static final String CHANNELS_HELP = "channel count C, 1 to " + ParamCount.MAX_CHANNELS
            + " (default: the space's, nb201 16, transnas 64, nb101 128, darts 16)";

    /** C from {@code --channels}, or the space's default. @throws SedException outside 1..{@link ParamCount#MAX_CHANNELS} */
    static int channels(Integer channels, SearchSpace space) {
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
     * The model of {@code --model} at {@code --channels} (or the space's C). A saved model file carries its own C, so
     * a {@code --channels} that differs from it is refused rather than silently ignored.
     */
    static SedModel model(String id, Integer channels, SearchSpace space) {
        SedModel m = SedModels.create(id, channels(channels, space));
        int own = m.opEntropy().channels();
        if (channels != null && channels != own) {
            throw new SedException("--channels " + channels + ": the model file " + Quote.quoted(id) + " carries its own C ("
                    + own + "); leave --channels out, or save the model at C = " + channels + " from the lab");
        }
        return m;
    }
}
