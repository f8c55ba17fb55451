package io.github.sedexplorer.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.NodePosition;
import io.github.sedexplorer.cell.Nb201ArchString;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery journal driven directly: edits are journalled, a program that dies without a clean exit leaves its
 * journal, the next start finds it (and only journals whose program is gone), restore adopts it, a clean state or
 * a clean exit removes it.
 */
class RecoveryJournalTest {

    static CellDocument edited(String title) {
        return new CellDocument(Architecture.of(Nb201ArchString.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_1x1~1|+|skip_connect~0|nor_conv_3x3~1|avg_pool_3x3~2|")),
                List.of(Map.of(0, new NodePosition(10, 20), 1, new NodePosition(110, 20), 2, new NodePosition(210, 20),
                        3, new NodePosition(310.5, -4))), title, "notes\nwith a second line");
    }

    private static RecoveryJournal.Snapshot snapshot(String title, Path file) {
        return new RecoveryJournal.Snapshot(edited(title), file, "sed-flow", 8, Instant.parse("2025-03-04T10:15:30.250Z"));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledProgramsEditsAreFoundAtTheNextStart(@TempDir Path dir) throws Exception {
        RecoveryJournal before = RecoveryJournal.open(dir);
        before.update(snapshot("first edit", null));
        before.update(snapshot("second edit", dir.resolve("my cell.json")));
        before.flush();
        assertTrue(Files.isRegularFile(before.file()));
        before.abandon(); // like kill -9: no clean exit

        RecoveryJournal after = RecoveryJournal.open(dir);
        List<RecoveryJournal.Orphan> orphans = after.orphans();
        assertEquals(1, orphans.size());
        RecoveryJournal.Snapshot s = orphans.get(0).snapshot();
        assertEquals(snapshot("second edit", dir.resolve("my cell.json")), s, "the last edit, its file, model, C and time");

        // restored: the orphan lives on in this program's journal, then goes
        after.adopt(orphans.get(0));
        after.update(s);
        after.flush();
        assertTrue(Files.isRegularFile(after.file()));
        assertFalse(Files.exists(orphans.get(0).journal()), "the orphan is deleted once this journal holds its document");
        assertEquals(s.document(), RecoveryJournal.read(after.file()).document());
        after.close();
        assertEquals(List.of(), names(dir), "a clean exit leaves nothing");
    }

    @Test
    void anOrphanAdoptedAfterTheLatestWriteGoesAtTheNextFlush(@TempDir Path dir) throws Exception {
        RecoveryJournal dead = RecoveryJournal.open(dir);
        dead.update(snapshot("lost", null));
        dead.flush();
        dead.abandon();
        RecoveryJournal j = RecoveryJournal.open(dir);
        RecoveryJournal.Orphan o = j.orphans().get(0);
        j.update(o.snapshot());
        j.flush(); // the restored document is written before adopt() is called (the journal's thread raced ahead)
        j.adopt(o);
        j.flush();
        assertFalse(Files.exists(o.journal()), "this journal already holds the latest state, so the orphan goes");
        assertTrue(Files.exists(j.file()));
        j.close();
    }

    @Test
    void nothingUnsavedMeansNoJournal(@TempDir Path dir) throws Exception {
        RecoveryJournal j = RecoveryJournal.open(dir);
        j.update(snapshot("edit", null));
        assertFalse(Files.exists(j.file()), "written later, on the journal's own thread");
        j.flush();
        assertTrue(Files.exists(j.file()));
        j.update(null); // saved, or undone back to the saved state
        j.flush();
        assertFalse(Files.exists(j.file()));
        j.abandon();
        RecoveryJournal next = RecoveryJournal.open(dir);
        assertEquals(List.of(), next.orphans(), "a program killed with nothing unsaved leaves nothing to offer");
        next.close();
        assertEquals(List.of(), names(dir), "and its lock file is tidied away");
    }

    @Test
    void theJournalOfARunningWindowIsNeverOffered(@TempDir Path dir) throws Exception {
        RecoveryJournal one = RecoveryJournal.open(dir);
        one.update(snapshot("window one", null));
        one.flush();
        RecoveryJournal two = RecoveryJournal.open(dir);
        two.update(snapshot("window two", null));
        two.flush();
        assertEquals(List.of(), two.orphans(), "window one is still open");
        assertEquals(List.of(), one.orphans());
        assertEquals("window one", RecoveryJournal.read(one.file()).document().title(), "nobody clobbered it");
        assertEquals("window two", RecoveryJournal.read(two.file()).document().title());
        one.close();
        two.close();
    }

    @Test
    void anotherProcessHoldsItsJournalUntilItIsKilled(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dsed.data=" + dir.resolve("data"), JournalHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            RecoveryJournal mine = RecoveryJournal.open(dir);
            assertEquals(List.of(), mine.orphans(), "its program is running");
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no clean exit
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            List<RecoveryJournal.Orphan> orphans = mine.orphans();
            assertEquals(1, orphans.size(), "its program is gone");
            assertEquals("from another program", orphans.get(0).snapshot().document().title());
            assertEquals(8, orphans.get(0).snapshot().channels());
            RecoveryJournal third = RecoveryJournal.open(dir);
            assertEquals(List.of(), third.orphans(), "claimed while it is being offered");
            mine.discard(orphans.get(0));
            mine.close();
            third.close();
            assertEquals(List.of(), names(dir).stream().filter(n -> n.startsWith("editor-")).toList(), "nothing left");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void anUnreadableJournalIsMovedAsideNotOffered(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("editor-1-dead.json"), "{\"format\": \"sed-explorer-recovery\", \"version\": 1, \"docu");
        RecoveryJournal j = RecoveryJournal.open(dir);
        assertEquals(List.of(), j.orphans());
        j.close();
        assertEquals(List.of("editor-1-dead.json.unreadable"), names(dir));
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsLoggedNotThrown(@TempDir Path dir) throws Exception {
        Path notADir = Files.writeString(dir.resolve("file"), "");
        RecoveryJournal j = RecoveryJournal.open(notADir.resolve("recovery"));
        j.update(snapshot("edit", null));
        j.flush();
        assertFalse(j.enabled());
        assertEquals(List.of(), j.orphans());
        j.close();
    }

    @Test
    void theOfferNamesTheCellAndTheTimeOfTheLastEdit() {
        ZoneId utc = ZoneId.of("UTC");
        ZonedDateTime now = ZonedDateTime.of(2025, 3, 4, 18, 0, 0, 0, utc);
        RecoveryJournal.Snapshot s = snapshot("My \u001b[2Jcell", Path.of("/home/me/cells/mine.json"));
        assertEquals("“My \\u001b[2Jcell” from /home/me/cells/mine.json, last edited today at 10:15:30.\n"
                + "Restore opens it in the editor with its changes unsaved; Save writes them to that file. "
                + "Discard throws the changes away.", RecoveryOffer.describe(s, now));
        assertEquals("yesterday at 10:15:30", RecoveryOffer.when(s.editedAt(), now.plusDays(1)));
        assertEquals("4 March 2025 at 10:15:30", RecoveryOffer.when(s.editedAt(), now.plusDays(5)));
        RecoveryJournal.Snapshot untitled = new RecoveryJournal.Snapshot(edited(""), null, "sed-path", 16, s.editedAt());
        assertTrue(RecoveryOffer.describe(untitled, now).startsWith("An untitled NAS-Bench-201 cell (never saved to a file), last edited today"),
                RecoveryOffer.describe(untitled, now));
        assertNull(untitled.file());
    }
}
