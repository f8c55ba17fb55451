package io.github.sedexplorer;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cli.SedExplorerCommand;
import io.github.sedexplorer.log.ErrorLog;
import io.github.sedexplorer.log.StartupTrace;
import io.github.sedexplorer.ui.SedExplorerApp;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Application;

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
            if (!a.matches("(?i).*\\.(json|csv|tsv)") || !Files.isRegularFile(Path.of(a))) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (args.length == 0 || opensFiles(args)) {
            try {
                SedExplorerApp.prepare();
                Application.launch(SedExplorerApp.class, args);
            } catch (RuntimeException | Error e) {
                // the app could not start (no display, a bug in start-up): the stack trace goes to the log, one line here
                String where = ErrorLog.unexpected("starting the app", e);
                System.err.println(Quote.safe("SED Explorer could not start"
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                        + " (details in " + where + ")"));
                System.exit(1);
            }
            return;
        }
        System.exit(SedExplorerCommand.run(args));
    }
}
