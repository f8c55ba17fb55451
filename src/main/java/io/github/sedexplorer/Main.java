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

    /** {@code java -jar sed-explorer.jar cell.json} (or one or more benchmark tables) opens the files in the app. */
    private static boolean opensFiles(String[] args) {
        for (String a : args) {
            if (!a.matches("(?i).*\\.(json|csv|tsv)") || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(a))) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensFiles(args)) {
            javafx.application.Application.launch(io.github.sedexplorer.ui.SedExplorerApp.class, args);
            return;
        }
        System.exit(SedExplorerCommand.run(args));
    }
}
