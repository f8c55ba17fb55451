package io.github.sedexplorer.ui.recovery;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A second program for {@link RecoveryJournalTest}: journals one unsaved document in the directory it is given,
 * says "ready", and runs until it is killed or its standard input closes.
 */
public final class JournalHolder {

    private JournalHolder() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryJournal j = RecoveryJournal.open(Path.of(args[0]));
        j.update(new RecoveryJournal.Snapshot(RecoveryJournalTest.edited("from another program"), null, "sed-flow", 8,
                Instant.parse("2025-03-04T10:15:30Z")));
        j.flush();
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // held until killed
        }
    }
}
