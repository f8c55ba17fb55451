package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

/** Option values shared by the subcommands, checked with messages that name the option. */
final class Options {

    private Options() {
    }

    static SearchSpace space(String id) {
        return SearchSpace.byId(id).orElseThrow(() -> new SedException(
                "--space: unknown space '" + id + "' (known: " + String.join(", ", SearchSpace.ids()) + ")"));
    }

    static int channels(Integer channels, SearchSpace space) {
        if (channels == null) {
            return space.defaultChannels();
        }
        if (channels < 1) {
            throw new SedException("--channels: C must be at least 1, not " + channels);
        }
        return channels;
    }
}
