package io.github.sedexplorer.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items from actions: one place that sets text, shortcut and id. */
final class Menus {

    private Menus() {
    }

    /** @param accelerator a {@link KeyCombination} text ("Shortcut+S"), or null; {@code id} may be null */
    static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        return item(text, accelerator, null, action);
    }
}
