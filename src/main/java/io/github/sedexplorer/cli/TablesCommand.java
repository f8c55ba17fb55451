package io.github.sedexplorer.cli;

import io.github.sedexplorer.bench.SampleTables;

import java.io.PrintWriter;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tables}: the benchmark tables embedded in the program, which {@code correlate --table NAME} reads. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Lists the benchmark tables embedded in the program: name, rows, space, licence and what each holds.",
                "correlate --table NAME reads one when no file of that name exists (a file always wins)."})
final class TablesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--notices", description = "print the third-party notice instead: each table's source, licence and "
            + "changes, and the licence texts")
    boolean notices;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (notices) {
            out.print(SampleTables.notices());
            out.flush();
            return;
        }
        int nw = "name".length();
        int sw = "space".length();
        int lw = "licence".length();
        for (SampleTables.Sample s : SampleTables.all()) {
            nw = Math.max(nw, s.name().length());
            sw = Math.max(sw, s.space().displayName().length());
            lw = Math.max(lw, s.licence().length());
        }
        String row = "%-" + nw + "s  %6s  %-" + sw + "s  %-" + lw + "s  %s%n";
        out.printf(Locale.ROOT, row, "name", "rows", "space", "licence", "holds");
        for (SampleTables.Sample s : SampleTables.all()) {
            out.printf(Locale.ROOT, row, s.name(), String.format(Locale.ROOT, "%,d", s.rows()), s.space().displayName(), s.licence(),
                    s.description());
        }
        out.printf("%nUse one with: sed-explorer correlate --table %s (a file of that name wins).%n", SampleTables.nb201().name());
        out.printf("Sources and licences: sed-explorer tables --notices%n");
        out.flush();
    }
}
