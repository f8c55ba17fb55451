package io.github.sedexplorer.ui;

import io.github.sedexplorer.cell.CellDocument;
import io.github.sedexplorer.cell.Op;
import io.github.sedexplorer.ui.common.Dialogs;
import io.github.sedexplorer.ui.common.Dialogs.FileKind;
import io.github.sedexplorer.ui.common.Notifier;
import io.github.sedexplorer.ui.compare.CompareViewModel;
import io.github.sedexplorer.ui.editor.EditorViewModel;
import io.github.sedexplorer.ui.editor.OpKeys;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/** The Edit menu: the named, undoable edits, and the cells kept to compare with the editor's. */
final class EditActions {

    private final EditorViewModel vm;
    private final CompareViewModel compare;
    private final FileActions files;
    private final Dialogs dialogs;
    private final Notifier notifier;
    private final Runnable showCompare;

    private final OpKeys keys = new OpKeys();
    private final PauseTransition flush = new PauseTransition(Duration.millis(OpKeys.WAIT_MS));

    EditActions(EditorViewModel vm, CompareViewModel compare, FileActions files, Dialogs dialogs, Notifier notifier, Runnable showCompare) {
        this.vm = vm;
        this.compare = compare;
        this.files = files;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.showCompare = showCompare;
        flush.setOnFinished(e -> {
            if (vm.getDocument() != null) {
                keys.flush(vm.getDocument().architecture().space().ops()).ifPresent(vm::applyOp);
            }
        });
    }

    /** @param copyImage Edit → Copy image and {@code copyAs} Edit → Copy as ▸, which the exports own */
    Menu menu(MenuItem copyImage, Menu copyAs) {
        MenuItem undo = Menus.item("Undo", "Shortcut+Z", "undo", vm::undo);
        undo.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        undo.textProperty().bind(Bindings.concat("Undo ", vm.undoStack().undoNameProperty()));
        MenuItem redo = Menus.item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        redo.textProperty().bind(Bindings.concat("Redo ", vm.undoStack().redoNameProperty()));
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), copyImage, copyAs, new SeparatorMenuItem(),
                Menus.item("Delete selection", null, vm::deleteSelection), Menus.item("Auto-layout", "Shortcut+L", vm::autoLayout),
                new SeparatorMenuItem(), Menus.item("Keep this cell for comparison", "Shortcut+K", "keepForCompare", this::keep),
                Menus.item("Compare with files…", null, this::compareWithFiles), Menus.item("Clear the comparison", null, compare::clear));
    }

    /** Puts the editor's cell aside: the Compare tab shows it beside whatever the editor holds next. */
    void keep() {
        int n = compare.keep(vm.getDocument());
        notifier.info("Kept for comparison (" + n + "): open or edit another cell, then see the Compare tab");
    }

    private void compareWithFiles() {
        List<Path> chosen = dialogs.openFiles("Compare with", FileKind.CELL, vm.fileProperty().get());
        List<CellDocument> docs = files.readCells(chosen);
        if (!docs.isEmpty()) {
            compare.keepAll(docs);
            showCompare.run();
        }
    }

    /** Digits pick the space's n-th op for the selection ({@link OpKeys}); Delete removes it (not while typing in a field). */
    void shortcut(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || vm.getDocument() == null) {
            return;
        }
        if (e.getCode().isDigitKey() && !e.getText().isEmpty() && Character.isDigit(e.getText().charAt(0))) {
            List<Op> ops = vm.getDocument().architecture().space().ops();
            Optional<Op> op = keys.digit(ops, e.getText().charAt(0) - '0', System.currentTimeMillis());
            op.ifPresent(vm::applyOp);
            if (op.isEmpty() && !keys.waiting()) {
                notifier.warn("No operation " + keys.typed() + " in " + vm.getDocument().architecture().space().displayName()
                        + ": keys 1–" + ops.size());
            }
            if (keys.waiting()) {
                flush.playFromStart();
            } else {
                flush.stop();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            vm.deleteSelection();
            e.consume();
        }
    }
}
