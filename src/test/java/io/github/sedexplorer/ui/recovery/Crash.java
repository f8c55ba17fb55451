package io.github.sedexplorer.ui.recovery;

/** For tests outside this package: ends a journal as a kill -9 would (no clean exit, its files left). */
public final class Crash {

    private Crash() {
    }

    public static void kill(RecoveryJournal journal) {
        journal.abandon();
    }
}
