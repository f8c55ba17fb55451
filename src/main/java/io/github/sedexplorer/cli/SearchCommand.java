package io.github.sedexplorer.cli;

import io.github.sedexplorer.bench.CsvFields;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.microscope.LocalMcModel;
import io.github.sedexplorer.models.Models;
import io.github.sedexplorer.search.Candidate;
import io.github.sedexplorer.search.Search;
import io.github.sedexplorer.search.SearchListener;
import io.github.sedexplorer.sed.SedModel;
import io.github.sedexplorer.sed.SedModels;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code search}: the best architectures of a space by SED, optionally within a parameter budget. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches a space for the architectures with the highest " + SedModels.PROVENANCE + ".",
                "Algorithms: exhaustive (nb201, transnas: every cell), random (uniform valid samples) and evolution "
                        + "(regularized evolution, population " + Search.POPULATION + ", tournament " + Search.TOURNAMENT
                        + "). Ties go to fewer params, then to the arch string.",
                "Output CSV: rank,arch,score,connected,params (score -inf for a disconnected cell; params = "
                        + "convolution weights at C channels)."})
final class SearchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--space", required = true, paramLabel = "SPACE", description = "nb201, transnas, nb101 or darts")
    String space;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--budget-params", paramLabel = "N", defaultValue = "0",
            description = "keep only architectures with at most N convolution weights (default 0: no budget)")
    long budget;

    @Option(names = "--algorithm", paramLabel = "ALG",
            description = "exhaustive, random or evolution (default: exhaustive for nb201 and transnas, evolution otherwise)")
    String algorithm;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1000",
            description = "evaluations for random and evolution (default 1000)")
    int samples;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "random seed (default 0)")
    long seed;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "how many architectures to print (default 10)")
    int top;

    @Override
    public Integer call() {
        SearchSpace s = Options.space(space);
        if (s == SearchSpace.FREE) {
            throw new SedException("--space: free cells have no search space (nb201, transnas, nb101 or darts)");
        }
        SedModel m = modelOptions.model(s);
        if (Models.measuredIds().contains(m.id())) { // the CSV stays as it is; the label goes beside it
            spec.commandLine().getErr().println(m.id() + ": " + LocalMcModel.PROVENANCE);
            spec.commandLine().getErr().flush();
        }
        if (budget < 0) {
            throw new SedException("--budget-params: a budget is at least 0 (0: none), not " + budget);
        }
        if (top < 1) {
            throw new SedException("--top: K must be at least 1, not " + top);
        }
        if (samples < 1) {
            throw new SedException("--samples: N must be at least 1, not " + samples);
        }
        String alg = algorithm != null ? algorithm.strip().toLowerCase(Locale.ROOT)
                : SpaceEnumerator.enumerable(s) ? "exhaustive" : "evolution";
        List<Candidate> best = switch (alg) {
            case "exhaustive" -> {
                if (!SpaceEnumerator.enumerable(s)) {
                    throw new SedException("--algorithm: exhaustive search needs nb201 or transnas, not " + s.id()
                            + " (use random or evolution)");
                }
                yield Search.exhaustive(s, m, budget, top, SearchListener.NONE);
            }
            case "random" -> Search.random(s, m, budget, samples, seed, top, SearchListener.NONE);
            case "evolution" -> Search.evolution(s, m, budget, samples, seed, top, SearchListener.NONE);
            default -> throw new SedException("--algorithm: unknown algorithm " + Quote.quoted(algorithm)
                    + " (known: exhaustive, random, evolution)");
        };
        ArchitectureFormat format = ArchitectureFormats.forSpace(s);
        PrintWriter out = spec.commandLine().getOut();
        out.println("rank,arch,score,connected,params");
        int rank = 0;
        for (Candidate cand : best) {
            out.println(++rank + "," + CsvFields.quote(format.format(cand.architecture())) + ","
                    + ScoreCommand.formatScore(cand.score()) + "," + SedModel.connected(cand.architecture()) + "," + cand.params());
        }
        out.flush();
        return 0;
    }
}
