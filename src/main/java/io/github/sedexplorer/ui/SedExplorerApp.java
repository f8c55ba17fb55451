package io.github.sedexplorer.ui;

import io.github.sedexplorer.log.StartupTrace;
import io.github.sedexplorer.ui.common.Failures;
import io.github.sedexplorer.ui.recovery.RecoveryJournal;
import io.github.sedexplorer.ui.recovery.RecoveryOffer;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

/**
 * The desktop app: opens the main window on the embedded default sample, NB201 cell #9930. Unsaved edits are
 * journalled ({@link RecoveryJournal}); a start after a crash offers them back ({@link RecoveryOffer}).
 */
public class SedExplorerApp extends Application {

    private final Path recoveryDir;
    private MainWindow window;
    private RecoveryJournal journal;

    /** The app as launched: its recovery journal in the user's data directory. */
    public SedExplorerApp() {
        this(null);
    }

    /** The app with its recovery journal in {@code recoveryDir} (tests); null for the user's data directory. */
    SedExplorerApp(Path recoveryDir) {
        this.recoveryDir = recoveryDir;
    }

    @Override
    public void start(Stage stage) {
        // first: an exception anywhere from here on is logged with its stack trace, and the user told where
        StartupTrace.mark("FX toolkit up, start()");
        Failures.install(() -> stage);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowState state = new WindowState(Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer")));
        window = new MainWindow(stage, state);
        StartupTrace.mark("main window built");
        window.show(Samples.load(Samples.DEFAULT), null);
        StartupTrace.mark("sample cell opened");
        stage.setScene(window.scene());
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        window.files().openAll(args.stream().map(Path::of).toList(), false);
        state.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscard()) {
                e.consume();
            } else {
                state.save(stage);
            }
        });
        stage.show();
        StartupTrace.mark("stage shown");
        Platform.runLater(() -> StartupTrace.mark("first pulse after show"));
        // again once shown: some window managers (openbox) drop a size set before the first show, leaving 200×200
        state.restore(stage);
        journal = RecoveryJournal.open(recoveryDir != null ? recoveryDir : RecoveryJournal.defaultDir());
        RecoveryOffer.follow(window.viewModel(), journal);
        // the journals of programs that died are looked for off the FX thread, then offered over the window
        RecoveryJournal opened = journal;
        opened.findOrphans(orphans -> {
            if (!orphans.isEmpty()) {
                Platform.runLater(() -> RecoveryOffer.offer(stage, window.files()::confirmDiscard, window.viewModel(), opened, orphans));
            }
        });
    }

    /** A clean exit (Quit, the last window closed): the recovery journal goes, whatever the user chose to keep. */
    @Override
    public void stop() {
        if (journal != null) {
            journal.close();
        }
    }

    RecoveryJournal journal() {
        return journal;
    }

    MainWindow window() {
        return window;
    }
}
