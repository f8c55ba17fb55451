package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;

/** Option values shared by the subcommands, checked with messages that name the option ({@link ChannelsOption} for C and models). */
final class Options {

    private Options() {
    }

    static SearchSpace space(String id) {
        return SearchSpace.byId(id).orElseThrow(() -> new SedException(
                "--space: unknown space " + Quote.quoted(id) + " (known: " + String.join(", ", SearchSpace.ids()) + ")"));
    }
}
