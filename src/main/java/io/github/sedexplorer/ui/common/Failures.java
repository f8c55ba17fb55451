package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.log.ErrorLog;

import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What the user sees when something fails. A {@link SedException} is bad input: its message is the whole story
 * and nothing is logged. Anything else is a bug: its stack trace goes to the error log ({@link ErrorLog}) and the
 * user gets one line that says where the log is, never a stack trace or a class name. Every line is escaped with
 * {@link Quote#safe}. {@link #install} makes this the handler of every uncaught exception, on the FX thread and off it.
 */
public final class Failures {

    private static volatile Supplier<Window> owner = () -> null;
    private static Alert showing;

    private Failures() {
    }

    /**
     * The one line for an error: a SedException's message, or (logging the stack trace) a line naming the log.
     *
     * @param context what was being done, for the log ("loading table.csv")
     */
    public static String describe(String context, Throwable error) {
        if (error instanceof SedException) {
            return Quote.safe(error.getMessage());
        }
        return unexpected(ErrorLog.unexpected(context, error));
    }

    /** The line shown for a bug whose details were logged at {@code where}. */
    static String unexpected(String where) {
        return Quote.safe("Something went wrong inside SED Explorer (not with your input); the details are in "
                + where);
    }

    /** Handles every uncaught exception from now on; dialogs are owned by the window {@code owner} gives. */
    public static void install(Supplier<Window> windowOwner) {
        owner = windowOwner;
        ErrorLog.install();
        Thread.setDefaultUncaughtExceptionHandler(Failures::uncaught);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(Failures::uncaught);
        }
    }

    static void uncaught(Thread thread, Throwable error) {
        try {
            String line = describe("uncaught on thread " + thread.getName(), error);
            String header = error instanceof SedException ? "That did not work" : "Unexpected error";
            if (Platform.isFxApplicationThread()) {
                show(header, line);
            } else {
                Platform.runLater(() -> show(header, line));
            }
        } catch (Throwable again) {
            // the handler itself failed (no FX toolkit, no log): standard error is all that is left
            System.err.println(Quote.safe("SED Explorer: uncaught " + error + " on " + thread.getName()));
        }
    }

    /** One dialog at a time: errors that arrive while it is open (a failing repaint ...) are only logged. */
    private static void show(String header, String line) {
        if (showing != null && showing.isShowing()) {
            return;
        }
        try {
            Alert a = new Alert(Alert.AlertType.ERROR, line, ButtonType.OK);
            Window w = owner.get();
            if (w != null && w.isShowing()) {
                a.initOwner(w);
            }
            a.setTitle("SED Explorer");
            a.setHeaderText(header);
            a.getDialogPane().setId("unexpectedErrorDialog");
            a.show();
            showing = a;
        } catch (RuntimeException e) {
            System.err.println(line);
        }
    }
}
