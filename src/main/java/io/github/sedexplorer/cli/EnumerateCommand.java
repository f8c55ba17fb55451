package io.github.sedexplorer.cli;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.ArchitectureFormat;
import io.github.sedexplorer.cell.ArchitectureFormats;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SpaceEnumerator;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code enumerate}: every cell of NB201 or TransNAS micro, one per line (pipe it into {@code score}). */
@Command(name = "enumerate", mixinStandardHelpOptions = true,
        description = "Prints every cell of an enumerable space (nb201: 15,625; transnas: 4,096), one arch string per line.")
final class EnumerateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--space", required = true, paramLabel = "SPACE", description = "nb201 or transnas")
    String space;

    @Override
    public void run() {
        SearchSpace s = Options.space(space);
        if (!SpaceEnumerator.enumerable(s)) {
            throw new SedException("--space: " + s.id() + " is not enumerable (nb201 and transnas are)");
        }
        ArchitectureFormat format = ArchitectureFormats.forSpace(s);
        PrintWriter out = new PrintWriter(spec.commandLine().getOut(), false); // not a flush (a syscall) per cell
        for (Cell c : SpaceEnumerator.cells(s)) {
            out.println(format.format(Architecture.of(c)));
        }
        out.flush();
    }
}
