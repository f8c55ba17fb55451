package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spaces}: the search spaces with their operations, default C and size. */
@Command(name = "spaces", mixinStandardHelpOptions = true,
        description = "Lists the search spaces with their operations (as the benchmark spells them), default C and rules.")
final class SpacesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (SearchSpace s : SearchSpace.values()) {
            List<String> ops = new ArrayList<>();
            for (Op op : s.ops()) {
                ops.add(s.opName(op));
            }
            out.printf("%-9s %s%n", s.id(), s.displayName());
            out.printf("          ops %s: %s%s%n", s.nodeLabelled() ? "on nodes" : "on edges", String.join(", ", ops),
                    s == SearchSpace.FREE ? " (and any other kernel size)" : "");
            out.printf("          default C = %d%s%n", s.defaultChannels(),
                    SpaceEnumerator.enumerable(s) ? String.format(", %,d cells", SpaceEnumerator.size(s)) : "");
            out.printf("          rules: %s%n", rules(s));
        }
        out.flush();
    }

    private static String rules(SearchSpace s) {
        return switch (s) {
            case NB201, TRANSNAS_MICRO -> "4 nodes, one edge j->i for every j < i (6 edges); node 0 input, node 3 output";
            case NB101 -> "at most 7 nodes and 9 edges, upper-triangular adjacency, ops on interior nodes";
            case DARTS -> "normal + reduce cell; 2 inputs, 4 intermediate nodes with 2 inputs each, concat output";
            case FREE -> "any DAG with one input and one output";
        };
    }
}
