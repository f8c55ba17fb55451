package io.github.sedexplorer.ui.common;

/**
 * How every part of the UI tells the user something: one status line, a dialog for what needs reading, and the
 * error log for bugs. View-models get it as this interface, so their tests pass a fake that records the messages.
 */
public interface Notifier {

    /** A line in the status bar (what an action did). */
    void info(String message);

    /** Bad input or a refused action: the status bar in the error style, no dialog. */
    void warn(String message);

    /** Something the user must read (a file that cannot be opened): a dialog, and its first line in the status bar. */
    void error(String header, String message);

    /**
     * A failure of some work: a {@code SedException} is bad input and its message is shown as {@link #error};
     * anything else is a bug, logged with its stack trace, and the user told one line that says where the log is.
     *
     * @param header what could not be done ("Cannot load table.csv"), also the log's context
     */
    default void failure(String header, Throwable error) {
        error(header, Failures.describe(header, error));
    }
}
