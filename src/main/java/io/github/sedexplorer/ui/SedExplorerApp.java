package io.github.sedexplorer.ui;

import java.util.prefs.Preferences;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: opens the main window on the embedded default sample, NB201 cell #9930. */
public class SedExplorerApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        // first: an exception anywhere from here on is logged with its stack trace, and the user told where
        Failures.install(() -> stage);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowState state = new WindowState(Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer")));
        window = new MainWindow(stage, state);
        window.show(Samples.load(Samples.DEFAULT), null);
        stage.setScene(window.scene());
        java.util.List<String> args = getParameters() == null ? java.util.List.of() : getParameters().getRaw();
        java.util.List<java.nio.file.Path> tables = new java.util.ArrayList<>();
        for (String a : args) {
            java.nio.file.Path file = java.nio.file.Path.of(a);
            if (MainWindow.isCellFile(file)) {
                window.open(file);
            } else {
                tables.add(file);
            }
        }
        window.loadTables(tables);
        state.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmDiscard()) {
                e.consume();
            } else {
                state.save(stage);
            }
        });
        stage.show();
    }

    /** A clean exit (Platform.exit, the last window closed). */
    @Override
    public void stop() {
    }

    MainWindow window() {
        return window;
    }
}
