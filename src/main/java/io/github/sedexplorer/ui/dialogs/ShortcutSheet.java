package io.github.sedexplorer.ui.dialogs;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts: every accelerator of the menu bar, read from its items when the sheet opens (so it
 * cannot go stale), then the editor's own keys and gestures.
 */
public final class ShortcutSheet {

    /** One line of the sheet: the keys, what they do, and where (a menu, or the editor). */
    public record Shortcut(String keys, String action, String where) {
    }

    /** The editor's keys (ui.EditActions#shortcut) and mouse gestures (editor.CellCanvas), which no menu item carries. */
    static final List<Shortcut> EDITOR = List.of(
            new Shortcut("1 … 9", "Give the selected edge (NB101: node) the palette's n-th operation", "Editor"),
            new Shortcut("Delete, Backspace", "Delete the selection (NB201, TransNAS: cut the edge to none)", "Editor"),
            new Shortcut("Drag from a node's dot", "Draw an edge with the palette's operation", "Editor"),
            new Shortcut("Double-click the canvas", "Add a node (NAS-Bench-101, free cells)", "Editor"),
            new Shortcut("Right-click an edge", "Pick its operation", "Editor"),
            new Shortcut("Mouse wheel", "Zoom around the pointer", "Editor"),
            new Shortcut("Drag the background", "Pan", "Editor"));

    private ShortcutSheet() {
    }

    /** The menus' accelerators, in menu order, then the editor's keys. */
    public static List<Shortcut> of(List<Menu> menus) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : menus) {
            collect(m, m.getText(), out);
        }
        out.addAll(EDITOR);
        return out;
    }

    private static void collect(Menu menu, String where, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, where + " → " + sub.getText(), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), item.getText(), where));
            }
        }
    }

    public static Stage show(Window owner, List<Menu> menus) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.getStyleClass().add("help-body");
        int row = 0;
        for (Shortcut s : of(menus)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("help-keys");
            Label action = new Label(s.action());
            action.setWrapText(true);
            Label where = new Label(s.where());
            where.getStyleClass().add("help-where");
            grid.addRow(row++, keys, action, where);
        }
        return HelpWindow.show(owner, "Keyboard shortcuts", "shortcutSheet", grid);
    }
}
