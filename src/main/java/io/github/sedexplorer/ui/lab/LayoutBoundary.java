package io.github.sedexplorer.ui.lab;

import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Holds one region and keeps what changes inside it from laying out everything around it. A cell whose text changes
 * asks for a layout all the way up to the scene's root, so each new figure while C is dragged would lay out the whole
 * lab again (every wrapped caption's text measured anew). Here the region is unmanaged, so such a request stops at it
 * and only the region is laid out; the boundary takes the region's sizes as its own and asks its parent for a layout
 * only when one of {@code sizes} changes what the region wants.
 */
final class LayoutBoundary extends Region {

    private final Region child;
    private double lastPrefWidth = Double.NaN;
    private double lastPrefHeight = Double.NaN;

    /** @param sizes what the region's wanted size follows (its pref height, a label's text…) */
    LayoutBoundary(Region child, Observable... sizes) {
        this.child = child;
        child.setManaged(false);
        getChildren().add(child);
        for (Observable o : sizes) {
            o.addListener(x -> checkSize());
        }
        child.minWidthProperty().addListener(x -> requestLayout());
        child.minHeightProperty().addListener(x -> requestLayout());
        child.prefWidthProperty().addListener(x -> requestLayout());
        child.prefHeightProperty().addListener(x -> requestLayout());
        child.maxWidthProperty().addListener(x -> requestLayout());
        child.maxHeightProperty().addListener(x -> requestLayout());
    }

    /** Asks the parent for a layout only when the region's preferred size is no longer the one it was laid out at. */
    private void checkSize() {
        double w = getWidth() > 0 ? getWidth() : -1;
        double pw = child.prefWidth(-1);
        double ph = child.prefHeight(child.getContentBias() == Orientation.HORIZONTAL ? w : -1);
        if (pw != lastPrefWidth || ph != lastPrefHeight) {
            requestLayout();
        }
    }

    @Override
    public Orientation getContentBias() {
        return child.getContentBias();
    }

    @Override
    protected double computeMinWidth(double height) {
        return child.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return child.minHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return child.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return child.prefHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return child.maxWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return child.maxHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        child.resizeRelocate(0, 0, w, h);
        lastPrefWidth = child.prefWidth(-1);
        lastPrefHeight = child.prefHeight(child.getContentBias() == Orientation.HORIZONTAL ? w : -1);
    }
}
