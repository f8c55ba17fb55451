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
            try {
                javafx.application.Application.launch(io.github.sedexplorer.ui.SedExplorerApp.class, args);
            } catch (RuntimeException | Error e) {
                // the app could not start (no display, a bug in start-up): the stack trace goes to the log, one line here
                String where = io.github.sedexplorer.log.ErrorLog.unexpected("starting the app", e);
                System.err.println(io.github.sedexplorer.cell.Quote.safe("SED Explorer could not start"
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                        + " (details in " + where + ")"));
                System.exit(1);
            }
            return;
        }
        System.exit(SedExplorerCommand.run(args));
    }
}
