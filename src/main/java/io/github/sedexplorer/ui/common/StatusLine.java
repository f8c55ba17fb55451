package io.github.sedexplorer.ui.common;

import io.github.sedexplorer.cell.Quote;

import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's {@link Notifier}: one status line (escaped, one line: messages may quote input) that the status bar
 * shows, and error dialogs through the given sink ({@link Dialogs#error} in the app, nothing in tests).
 */
public final class StatusLine implements Notifier {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper isError = new ReadOnlyBooleanWrapper();
    private final BiConsumer<String, String> dialog;

    /** @param dialog shows an error's header and message; null for none */
    public StatusLine(BiConsumer<String, String> dialog) {
        this.dialog = dialog == null ? (h, m) -> { } : dialog;
    }

    /** A status line without dialogs (tests, view-models on their own). */
    public StatusLine() {
        this(null);
    }

    @Override
    public void info(String text) {
        show(text, false);
    }

    @Override
    public void warn(String text) {
        show(text, true);
    }

    @Override
    public void error(String header, String text) {
        show(header + ": " + text.lines().findFirst().orElse(""), true);
        dialog.accept(header, text);
    }

    private void show(String text, boolean error) {
        isError.set(error);
        message.set(Quote.safe(text).replaceAll("\\R+", " "));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyBooleanProperty isErrorProperty() {
        return isError.getReadOnlyProperty();
    }
}
