package io.github.sedexplorer.ui.microscope;

import javafx.css.PseudoClass;
import javafx.scene.layout.Region;

/** How the tab's and the strip's node cards look, the one the editor has selected marked (pseudo-class {@code :marked}). */
final class MicroscopeStyle {

    static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");

    private MicroscopeStyle() {
    }

    static void card(Region card, boolean marked, double radius) {
        card.pseudoClassStateChanged(MARKED, marked);
        String r = "-fx-border-radius: " + radius + "; -fx-background-radius: " + radius + ";";
        card.setStyle(marked ? "-fx-border-color: #0969da; -fx-border-width: 2; -fx-background-color: #eef5ff; " + r
                : "-fx-border-color: #c8c8c8; -fx-border-width: 1; -fx-background-color: #fafafa; " + r);
    }
}
