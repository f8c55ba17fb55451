package io.github.sedexplorer;

import io.github.sedexplorer.cli.SedExplorerCommand;

/**
 * Entry point of {@code java -jar sed-explorer.jar}: no arguments opens the desktop app, anything
 * else is the command line (which needs no display). Deliberately not a JavaFX Application: with
 * JavaFX on the class path the launcher class must not extend it.
 */
public final class Main {

    private Main() {
    }

    /** {@code java -jar sed-explorer.jar cell.json} (or a benchmark table) opens that file in the app. */
    private static boolean opensACellFile(String[] args) {
        return args.length == 1 && args[0].matches("(?i).*\\.(json|csv|tsv)") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensACellFile(args)) {
            javafx.application.Application.launch(io.github.sedexplorer.ui.SedExplorerApp.class, args);
            return;
        }
        System.exit(SedExplorerCommand.run(args));
    }
}
