package io.github.sedexplorer.ui.editor;

import io.github.sedexplorer.cell.CellDocument;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Unlimited undo and redo of named edits; each edit keeps the immutable documents before and after it. */
public final class UndoStack {

    /** One named, undoable edit. */
    public record Edit(String name, CellDocument before, CellDocument after) {
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");

    void push(Edit edit) {
        undo.push(edit);
        redo.clear();
        update();
    }

    /** The edit undone, or null when there is nothing to undo. */
    Edit undo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        update();
        return e;
    }

    Edit redo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        update();
        return e;
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
