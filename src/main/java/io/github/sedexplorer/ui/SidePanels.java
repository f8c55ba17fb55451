package io.github.sedexplorer.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The window's middle: the operations palette, the tabs and the SED panel in a split pane, so the side
 * panels can be dragged wider or narrower and hidden (View → Operations panel, SED panel). Until a
 * divider is dragged the side panels take a share of the window suited to its width (at 1024 px,
 * 190 and 260, so every tab's name fits); after that they keep the dragged widths. The panel a tab has no use for
 * (the palette outside the editor, the SED panel beside whole-table tabs) is left out.
 */
final class SidePanels {

    private final SplitPane split = new SplitPane();
    private final Region left;
    private final Node centre;
    private final Region right;
    private final BooleanProperty leftWanted = new SimpleBooleanProperty(true);
    private final BooleanProperty rightWanted = new SimpleBooleanProperty(true);
    private boolean leftUsed = true;
    private boolean rightUsed = true;
    /** The side panels' widths as last dragged: kept when a panel leaves and comes back. */
    private double leftWidth = -1;
    private double rightWidth = -1;
    private boolean dragged;
    private boolean placing;

    SidePanels(Region left, Node centre, Region right) {
        this.left = left;
        this.centre = centre;
        this.right = right;
        split.setId("mainSplit");
        left.setMinWidth(150);
        right.setMinWidth(250);
        leftWanted.addListener((o, a, b) -> rebuild());
        rightWanted.addListener((o, a, b) -> rebuild());
        // until the user drags a divider, the side panels take a share of the window suited to its width
        split.widthProperty().addListener((o, a, w) -> {
            if (!dragged) {
                Platform.runLater(this::place); // after the skin's own layout of the new width
            }
        });
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> {
            for (SplitPane.Divider d : split.getDividers()) {
                d.positionProperty().addListener((o, a, b) -> {
                    if (!placing && split.isPressed()) {
                        dragged = true; // the user's widths from now on
                    }
                });
            }
        });
        rebuild();
    }

    SplitPane node() {
        return split;
    }

    /** Which side panels the shown tab uses. */
    void use(boolean leftUsed, boolean rightUsed) {
        this.leftUsed = leftUsed;
        this.rightUsed = rightUsed;
        rebuild();
    }

    BooleanProperty leftWantedProperty() {
        return leftWanted;
    }

    BooleanProperty rightWantedProperty() {
        return rightWanted;
    }

    private void rebuild() {
        remember();
        List<Node> items = new ArrayList<>();
        if (leftUsed && leftWanted.get()) {
            items.add(left);
        }
        items.add(centre);
        if (rightUsed && rightWanted.get()) {
            items.add(right);
        }
        if (!split.getItems().equals(items)) {
            split.getItems().setAll(items);
            place();
        }
    }

    private void remember() {
        if (split.getWidth() <= 0 || !dragged) {
            return;
        }
        if (split.getItems().contains(left) && left.getWidth() > 0) {
            leftWidth = left.getWidth();
        }
        if (split.getItems().contains(right) && right.getWidth() > 0) {
            rightWidth = right.getWidth();
        }
    }

    /** Divider positions from the panels' widths: remembered ones, or a share of the window within bounds. */
    private void place() {
        double w = split.getWidth();
        if (w <= 0) {
            return;
        }
        double l = leftWidth > 0 ? leftWidth : clamp(w * 0.15, 190, 230);
        double r = rightWidth > 0 ? rightWidth : clamp(w * 0.24, 260, 380);
        boolean hasLeft = split.getItems().contains(left);
        boolean hasRight = split.getItems().contains(right);
        placing = true;
        if (hasLeft && hasRight) {
            split.setDividerPositions(l / w, 1 - r / w);
        } else if (hasLeft) {
            split.setDividerPositions(l / w);
        } else if (hasRight) {
            split.setDividerPositions(1 - r / w);
        }
        placing = false;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
