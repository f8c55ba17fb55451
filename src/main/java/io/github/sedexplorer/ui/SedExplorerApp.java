package io.github.sedexplorer.ui;

import io.github.sedexplorer.log.StartupTrace;
import io.github.sedexplorer.ui.common.Failures;
import io.github.sedexplorer.ui.recovery.RecoveryJournal;
import io.github.sedexplorer.ui.recovery.RecoveryOffer;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

/**
 * The desktop app: opens the main window on the embedded default sample, NB201 cell #9930. Unsaved edits are
 * journalled ({@link RecoveryJournal}); a start after a crash offers them back ({@link RecoveryOffer}).
 */
public class SedExplorerApp extends Application {

    private static volatile boolean launched;

    private final Path recoveryDir;
    private final boolean progressive;
    private List<String> argsForTests = List.of();
    private MainWindow window;
    private RecoveryJournal journal;

    /** The app as launched: its recovery journal in the user's data directory. */
    public SedExplorerApp() {
        this(null, launched);
    }

    /** The app with its recovery journal in {@code recoveryDir} (tests); null for the user's data directory. */
    SedExplorerApp(Path recoveryDir) {
        this(recoveryDir, false);
    }

    /** @param progressive draw the frame and the editor first, then the side panels, then load tables named */
    SedExplorerApp(Path recoveryDir, boolean progressive) {
        this.recoveryDir = recoveryDir;
        this.progressive = progressive;
    }

    @Override
    public void start(Stage stage) {
        // first: an exception anywhere from here on is logged with its stack trace, and the user told where
        StartupTrace.mark("FX toolkit up, start()");
        Failures.install(() -> stage);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        WindowState state = new WindowState(Preferences.userRoot().node(System.getProperty("sed.prefs", "io/github/sedexplorer")));
        window = new MainWindow(stage, state);
        StartupTrace.mark("main window built");
        window.show(Samples.load(Samples.DEFAULT), null);
        StartupTrace.mark("sample cell opened");
        // the scene at the window's size: laid out once, at that size, and the window manager maps it that big
        state.restore(stage);
        stage.setScene(window.scene(stage.getWidth(), stage.getHeight()));
        List<String> args = getParameters() != null ? getParameters().getRaw() : argsForTests;
        List<Path> files = args.stream().map(Path::of).toList();
        // a cell named on the command line is what the editor shows first; tables load once the window is drawn
        window.files().openAll(files.stream().filter(FileActions::isCellFile).toList(), false);
        List<Path> tables = files.stream().filter(f -> !FileActions.isCellFile(f)).toList();
        if (!progressive) {
            window.files().openAll(tables, false);
        }
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscard()) {
                e.consume();
            } else {
                state.save(stage);
            }
        });
        if (!progressive) {
            window.fillPanels();
        }
        stage.show();
        StartupTrace.mark("stage shown");
        if (progressive) {
            // at the start of the second pulse the first one has been drawn; the panels are drawn by the next
            afterPulses(2, () -> {
                window.fillPanels();
                window.files().openAll(tables, false);
                afterPulses(1, () -> StartupTrace.mark("side panels drawn"));
            });
        }
        Platform.runLater(() -> {
            StartupTrace.mark("first pulse after show");
            if (StartupTrace.exitAfterFirstFrame()) {
                // packaging/cds/train.sh: the classes of a start-up are listed, then the app goes
                Platform.runLater(Platform::exit);
            }
        });
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

    /**
     * The launch from the command line ({@link io.github.sedexplorer.Main}): what can start before JavaFX does
     * starts on its own thread (reading the default sample and the lessons), and the first frame shows the menus,
     * the tabs and the editor before the side panels are built. Tests start the app without it: whole at once.
     */
    public static void prepare() {
        launched = true;
        Samples.preload();
    }

    /** Runs {@code r} at the start of the {@code n}th pulse from now (animation timers run before a pulse's layout). */
    private static void afterPulses(int n, Runnable r) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == n) {
                    stop();
                    r.run();
                }
            }
        }.start();
    }

    /** A clean exit (Quit, the last window closed): the recovery journal goes, whatever the user chose to keep. */
    @Override
    public void stop() {
        if (journal != null) {
            journal.close();
        }
    }

    /** The command line's files, for an app started by a test (which has no launch parameters). */
    void setArgs(List<String> args) {
        argsForTests = List.copyOf(args);
    }

    RecoveryJournal journal() {
        return journal;
    }

    MainWindow window() {
        return window;
    }
}
