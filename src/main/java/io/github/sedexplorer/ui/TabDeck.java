package io.github.sedexplorer.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The tabs' views, apart from their strip. The strip (a {@link TabPane} whose tabs hold no content) spans the window
 * above the side panels, so it keeps its place and its width when the palette and the SED panel come and go; the
 * views sit in one stack between the side panels, each shown while its tab is selected.
 */
final class TabDeck {

    private final TabPane strip;
    private final StackPane deck = new StackPane();

    TabDeck(TabPane strip) {
        this.strip = strip;
        deck.setId("tabDeck");
        strip.setMinHeight(Region.USE_PREF_SIZE);
        strip.setMaxHeight(Region.USE_PREF_SIZE);
        strip.getStyleClass().add("tab-strip");
    }

    /** The stack the views sit in. */
    StackPane node() {
        return deck;
    }

    /** Puts a tab's view in the deck, shown while the tab is selected (once per tab; a later view replaces it). */
    void put(Tab tab, Node view) {
        if (!Platform.isFxApplicationThread()) { // a view asked for by a test or a worker: it joins the scene on the FX thread
            Platform.runLater(() -> put(tab, view));
            return;
        }
        Object old = tab.getProperties().put(TabDeck.class, view);
        if (old instanceof Node n) {
            n.visibleProperty().unbind();
            deck.getChildren().remove(n);
        }
        view.visibleProperty().bind(tab.selectedProperty());
        deck.getChildren().add(view);
    }

    /**
     * The tab pane's own Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+Page Down and Ctrl+Page Up, wherever the focus is: the views
     * are no longer inside the tab pane, where its own keys would reach them.
     */
    void switchKeys(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean back = e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.TAB && e.isShiftDown();
        boolean forward = e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.TAB && !e.isShiftDown();
        if (!back && !forward || strip.getTabs().isEmpty()) {
            return;
        }
        int n = strip.getTabs().size();
        int i = strip.getSelectionModel().getSelectedIndex();
        strip.getSelectionModel().select(Math.floorMod(i + (back ? -1 : 1), n));
        e.consume();
    }
}
