package io.github.sedexplorer.ui;

import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose view is built when it is first shown (or first asked for), not at start-up: a window
 * of eight tabs otherwise builds, styles and lays out seven views nobody has looked at before its
 * first frame. The view-models behind them are made at start-up, so nothing they do waits for a view.
 */
final class LazyTab<T extends Node> {

    private final Tab tab;
    private final Function<Tab, T> build;
    private final Function<T, Node> frame;
    private final TabDeck deck;
    private T view;

    /** @param build makes the view, given its tab (a view may follow whether its tab is shown) */
    LazyTab(TabDeck deck, String name, String id, Function<Tab, T> build) {
        this(deck, name, id, build, view -> view);
    }

    /** @param frame what the tab shows around the view (an offer in its place while there is nothing to show) */
    LazyTab(TabDeck deck, String name, String id, Function<Tab, T> build, Function<T, Node> frame) {
        this.deck = deck;
        this.build = build;
        this.frame = frame;
        tab = new Tab(name);
        tab.setId(id);
        tab.setClosable(false);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                get();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /** The view, built now if it was not yet. */
    T get() {
        if (view == null) {
            view = build.apply(tab);
            deck.put(tab, frame.apply(view));
        }
        return view;
    }
}
