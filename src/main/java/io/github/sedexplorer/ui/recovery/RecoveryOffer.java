package io.github.sedexplorer.ui.recovery;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Quote;
import io.github.sedexplorer.ui.editor.EditorViewModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * At start-up, offers the unsaved work of programs that died (their orphaned journals), newest first: a dialog
 * names the cell and the time of its last journalled edit, with Restore and Discard. Restore opens it in the
 * editor, unsaved and with its original file (Save writes there); the journals not yet decided stay for the next
 * start. Discard deletes that journal and offers the next one.
 */
public final class RecoveryOffer {

    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private RecoveryOffer() {
    }

    /** On the FX thread: offers each orphan in turn until one is restored or none is left. */
    public static void offer(Window owner, BooleanSupplier confirmDiscard, EditorViewModel vm, RecoveryJournal journal,
            List<RecoveryJournal.Orphan> orphans) {
        for (int i = 0; i < orphans.size(); i++) {
            RecoveryJournal.Orphan o = orphans.get(i);
            Optional<ButtonType> choice = ask(owner, o.snapshot(), orphans.size() - i - 1);
            if (choice.isPresent() && choice.get() == RESTORE && confirmDiscard.getAsBoolean()) {
                String restored = restore(vm, o.snapshot());
                journal.adopt(o);
                int left = orphans.size() - i - 1;
                orphans.subList(i + 1, orphans.size()).forEach(RecoveryJournal.Orphan::release);
                if (left > 0) {
                    vm.notifier().info(restored + " · " + left + " more unsaved cell" + (left == 1 ? "" : "s")
                            + " will be offered at the next start");
                }
                return;
            }
            if (choice.isPresent() && choice.get() == DISCARD) {
                journal.discard(o);
            } else {
                o.release(); // closed some other way, or the current cell's changes were kept: ask again next time
            }
        }
    }

    private static Optional<ButtonType> ask(Window owner, RecoveryJournal.Snapshot s, int more) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, describe(s, ZonedDateTime.now())
                + (more > 0 ? "\n\n" + more + " more unsaved cell" + (more == 1 ? " follows." : "s follow.") : ""),
                RESTORE, DISCARD);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle("Recover unsaved changes");
        a.setHeaderText("SED Explorer closed without saving this cell");
        a.getDialogPane().setId("recoveryDialog");
        a.getDialogPane().setMinWidth(520);
        return a.showAndWait();
    }

    /** The dialog's text: which cell, from which file, edited when, and what Restore does. Escaped. */
    static String describe(RecoveryJournal.Snapshot s, ZonedDateTime now) {
        CellDocument d = s.document();
        String what = d.title().isBlank() ? "An untitled " + d.architecture().space().displayName() + " cell"
                : "“" + Quote.token(d.title()) + "”";
        String from = s.file() == null ? " (never saved to a file)" : " from " + Quote.token(s.file().toString(), 120);
        return Quote.safe(what + from + ", last edited " + when(s.editedAt(), now) + ".\n"
                + "Restore opens it in the editor with its changes unsaved" + (s.file() == null ? "" : "; Save writes them to that file")
                + ". Discard throws the changes away.");
    }

    /** "today at 14:03:07", "yesterday at …", or "3 March 2025 at …", in this computer's time zone. */
    static String when(Instant at, ZonedDateTime now) {
        ZonedDateTime t = at.atZone(now.getZone());
        LocalDate day = t.toLocalDate();
        String date = day.equals(now.toLocalDate()) ? "today" : day.equals(now.toLocalDate().minusDays(1)) ? "yesterday"
                : DATE.format(t);
        return date + " at " + TIME.format(t);
    }

    /** Opens the snapshot as unsaved work: its document, file, model (when this program knows it) and C; returns what it said. */
    public static String restore(EditorViewModel vm, RecoveryJournal.Snapshot s) {
        vm.restore(s.document(), s.file());
        if (s.model() != null && vm.models().contains(s.model())) {
            vm.modelIdProperty().set(s.model());
        }
        if (s.channels() >= 1) {
            vm.channelsProperty().set(s.channels());
        }
        String said = Quote.safe("Restored unsaved changes" + (s.file() == null ? "" : " of " + s.file().getFileName())
                + " (last edited " + when(s.editedAt(), ZonedDateTime.now(ZoneId.systemDefault())) + ")");
        vm.notifier().info(said);
        return said;
    }

    /** Journals the editor's state after every change (a snapshot while it has unsaved changes, else nothing). */
    public static void follow(EditorViewModel vm, RecoveryJournal journal) {
        Runnable changed = () -> journal.update(vm.isDirty() && vm.getDocument() != null
                ? new RecoveryJournal.Snapshot(vm.getDocument(), vm.fileProperty().get(), vm.modelIdProperty().get(),
                        vm.channelsProperty().get(), Instant.now())
                : null);
        vm.documentProperty().addListener((o, a, b) -> changed.run());
        vm.dirtyProperty().addListener((o, a, b) -> changed.run());
        vm.fileProperty().addListener((o, a, b) -> changed.run());
        vm.modelIdProperty().addListener((o, a, b) -> changed.run());
        vm.channelsProperty().addListener((o, a, b) -> changed.run());
    }
}
